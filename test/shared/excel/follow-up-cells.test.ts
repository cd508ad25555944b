import { describe, expect, it } from 'vitest'
import { parseFollowUpItem, parseFollowUpStatus, splitFollowUpItems, splitFollowUps } from '@shared/excel'

describe('splitting a 跟进事项 cell into items', () => {
  it.each([
    ['1. 整理个案档案 2. 联系家属', ['整理个案档案', '联系家属']],
    ['1、整理个案档案；2、联系家属；3、提交月报', ['整理个案档案', '联系家属', '提交月报']],
    ['（1）整理个案档案（2）联系家属', ['整理个案档案', '联系家属']],
    ['①整理个案档案②联系家属', ['整理个案档案', '联系家属']],
    ['整理个案档案\n联系家属', ['整理个案档案', '联系家属']],
    ['整理个案档案；联系家属;', ['整理个案档案', '联系家属']],
    ['１．整理档案　２．联系家属', ['整理档案', '联系家属']],
    ['每周督导1.5小时，3.20前交计划', ['每周督导1.5小时，3.20前交计划']],
    ['无', []],
    ['', []],
    ['暂无', []],
  ])('%j → %j', (cell, items) => expect(splitFollowUpItems(cell)).toEqual(items))
})

describe('one item: 负责人, 期限, status', () => {
  it.each([
    ['整理个案档案（负责人：韩雨桐，3月20日前）', { content: '整理个案档案', owner: '韩雨桐', due: '3月20日', status: null, completed: null }],
    ['联系家属，由程思远负责，2025-04-01前完成', { content: '联系家属', owner: '程思远', due: '2025-04-01', status: null, completed: null }],
    ['提交月报（韩雨桐负责）期限：4月5日', { content: '提交月报', owner: '韩雨桐', due: '4月5日', status: null, completed: null }],
    ['整理档案（已完成）', { content: '整理档案', owner: null, due: null, status: '已完成', completed: null }],
    ['整理档案（已完成 3月18日）', { content: '整理档案', owner: null, due: null, status: '已完成', completed: '3月18日' }],
    ['整理档案——进行中', { content: '整理档案', owner: null, due: null, status: '进行中', completed: null }],
    ['完成结案报告', { content: '完成结案报告', owner: null, due: null, status: null, completed: null }],
    ['责任人：陆文静 跟进低保申请 截止 3/31', { content: '跟进低保申请', owner: '陆文静', due: '3/31', status: null, completed: null }],
  ])('%s', (item, parsed) => expect(parseFollowUpItem(item)).toEqual(parsed))

  it('a whole cell', () => {
    expect(splitFollowUps('1. 整理个案档案（负责人：韩雨桐，3月20日前）\n2. 联系家属（已完成）')).toEqual([
      { content: '整理个案档案', owner: '韩雨桐', due: '3月20日', status: null, completed: null },
      { content: '联系家属', owner: null, due: null, status: '已完成', completed: null },
    ])
  })

  it.each([
    ['已完成', '已完成'],
    ['完成', '已完成'],
    ['进行中', '进行中'],
    ['取消', '已取消'],
    ['未完成', '待办'],
    ['看情况', null],
  ])('状态 %s → %s', (text, status) => expect(parseFollowUpStatus(text)).toBe(status))
})

describe('a name before a colon', () => {
  it('is the 负责人 when it is a known person, else part of the task', () => {
    const known = (name: string) => name === '韩雨桐'
    expect(parseFollowUpItem('韩雨桐：联系家属', known)).toMatchObject({ content: '联系家属', owner: '韩雨桐' })
    expect(parseFollowUpItem('家访：了解情况', known)).toMatchObject({ content: '家访：了解情况', owner: null })
    expect(parseFollowUpItem('程思远：提交计划')).toMatchObject({ content: '程思远：提交计划', owner: null })
  })
})
