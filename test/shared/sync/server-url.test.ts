import { describe, expect, it } from 'vitest'
import { checkServerUrl, serverOrigin } from '@shared/sync/server-url'

describe('checkServerUrl', () => {
  it.each([
    ['https://couch.linquan.example:6984', 'https://couch.linquan.example:6984'],
    ['couch.linquan.example:6984', 'https://couch.linquan.example:6984'],
    [' https://192.168.1.10:6984/ ', 'https://192.168.1.10:6984'],
    ['http://10.0.0.5:5984', 'http://10.0.0.5:5984'],
    ['https://[fe80::1]:6984', 'https://[fe80::1]:6984'],
    ['HTTPS://Couch.Example', 'https://couch.example'],
    ['https://工作室.example', 'https://xn--2qq421aovb.example'],
  ])('takes %s as the origin %s', (input, origin) => {
    expect(checkServerUrl(input)).toEqual({ ok: true, origin })
  })

  it.each([
    ['', '请填写服务器地址'],
    ['ftp://couch.example', '服务器地址应以 https:// 或 http:// 开头'],
    ['javascript:alert(1)//', '服务器地址格式不正确，例如 https://192.168.1.10:6984'],
    ['https://admin:pw@couch.example', '服务器地址中不要写用户名和密码，请填在下面的栏目中'],
    ['https://couch.example/studio-linquan', '服务器地址只写到端口为止，不要带路径，例如 https://192.168.1.10:6984'],
    ['https://couch.example/?x=1', '服务器地址只写到端口为止，不要带路径，例如 https://192.168.1.10:6984'],
    ['https://*', '服务器地址的主机名不正确'],
    ['https://a.example:99999', '服务器地址格式不正确，例如 https://192.168.1.10:6984'],
  ])('refuses %s: %s', (input, message) => {
    expect(checkServerUrl(input)).toEqual({ ok: false, message })
  })

  it('gives null for what is not an origin', () => {
    expect(serverOrigin(null)).toBeNull()
    expect(serverOrigin("https://a.example 'unsafe-eval'")).toBeNull()
    expect(serverOrigin('https://a.example')).toBe('https://a.example')
  })
})
