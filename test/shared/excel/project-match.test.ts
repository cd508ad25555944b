import { describe, expect, it } from 'vitest'
import { communityInName, placesInFront, projectKey, projectMatcher } from '@shared/excel'

const projects = [
  { id: 'p-share', name: '“共享儿女”独居老人关爱服务', community: '林泉社区', street: '草庙子镇' },
  { id: 'p-tcm', name: '福鼎社区中医理疗惠民生', community: '福鼎社区', street: '蔄山镇' },
  { id: 'p-drum', name: '「非洲鼓」文化共融计划', community: '双塔社区', street: '' },
  { id: 'p-meal1', name: '助老送餐', community: '古街社区', street: '' },
  { id: 'p-meal2', name: '古街社区助老送餐项目', community: '古街社区', street: '' },
]
const match = projectMatcher(projects)
const ids = (name: string) => {
  const m = match(name)
  return m.kind === 'exact' ? ['exact', m.project.id] : m.kind === 'candidates' ? ['candidates', ...m.projects.map((p) => p.id)] : ['none']
}

describe('project names in a ledger → 服务项目', () => {
  it.each([
    ['“共享儿女”独居老人关爱服务', ['exact', 'p-share']],
    ['  “共享儿女”独居老人关爱服务 ', ['exact', 'p-share']],
    ['「共享儿女」独居老人关爱服务', ['candidates', 'p-share']],
    ['共享儿女独居老人关爱服务', ['candidates', 'p-share']],
    ['林泉社区“共享儿女”独居老人关爱服务项目', ['candidates', 'p-share']],
    ['共享儿女', ['candidates', 'p-share']],
    ['福鼎社区 中医理疗惠民生', ['candidates', 'p-tcm']],
    ['中医理疗惠民生', ['candidates', 'p-tcm']],
    ['蔄山镇福鼎社区中医理疗惠民生', ['candidates', 'p-tcm']],
    ['非洲鼓文化共融计划', ['candidates', 'p-drum']],
    ['＂非洲鼓＂文化共融计划', ['candidates', 'p-drum']],
    ['助老送餐', ['exact', 'p-meal1']],
    ['古街社区助老送餐', ['candidates', 'p-meal1', 'p-meal2']],
    ['青少年心理辅导', ['none']],
    ['', ['none']],
  ])('%j → %j', (name, expected) => expect(ids(name)).toEqual(expected))

  it('keys without quotes, spaces, places in front and 项目 at the end', () => {
    expect(projectKey('威海市临港区林泉社区“共享儿女” 项目')).toBe('共享儿女')
    expect(projectKey('社区治理能力提升')).toBe('社区治理能力提升')
    expect(projectKey('ＡＢＣ 助残服务项目')).toBe('abc助残')
    expect(placesInFront('威海市临港区林泉社区共享儿女')).toEqual({ places: ['威海市', '临港区', '林泉社区'], rest: '共享儿女' })
  })

  it('a new project takes the community its name starts with', () => {
    expect(communityInName('林泉社区“共享儿女”')).toBe('林泉社区')
    expect(communityInName('草庙子镇林泉社区共享儿女')).toBe('林泉社区')
    expect(communityInName('德化县浔中镇近邻圩日')).toBe('浔中镇')
    expect(communityInName('青少年心理辅导')).toBe('')
  })
})
