import { describe, expect, it } from 'vitest'
import { firstRunSteps, type FirstRunCounts } from '@shared/domain/first-run'

const none: FirstRunCounts = { studioName: '', persons: 0, supervisors: 0, projects: 0, sessions: 0 }
const view = (c: FirstRunCounts) => firstRunSteps(c).map((s) => [s.title, s.done, s.note])

describe('firstRunSteps', () => {
  it('an empty studio: four steps, none done, each saying what it asks for', () => {
    expect(view(none)).toEqual([
      ['工作室信息', false, '工作室名称、领衔人和联系方式，印在每一份报告的抬头'],
      ['人员', false, '登记督导者和被督导的社工'],
      ['服务项目', false, '工作室督导的项目'],
      ['第一条督导记录', false, '尚未登记的人员和项目可以在记录里直接新增'],
    ])
  })

  it('人员 needs a 督导者 and someone else, and says which is missing', () => {
    expect(view({ ...none, persons: 1, supervisors: 1 })[1]).toEqual(['人员', false, '已有 1 人；还需要一名被督导者'])
    expect(view({ ...none, persons: 3, supervisors: 0 })[1]).toEqual(['人员', false, '已有 3 人；还需要一名督导者'])
    expect(view({ ...none, persons: 2, supervisors: 2 })[1]).toEqual(['人员', false, '已有 2 人；还需要一名被督导者'])
    expect(view({ ...none, persons: 2, supervisors: 1 })[1]).toEqual(['人员', true, '已有 2 人，其中督导者 1 人'])
  })

  it('all entered: every step done, with its figure; a name of spaces is no name', () => {
    expect(view({ studioName: '林泉工作室', persons: 5, supervisors: 1, projects: 2, sessions: 1 })).toEqual([
      ['工作室信息', true, '已填写：林泉工作室'],
      ['人员', true, '已有 5 人，其中督导者 1 人'],
      ['服务项目', true, '已有 2 个项目'],
      ['第一条督导记录', true, '已有 1 条督导记录'],
    ])
    expect(firstRunSteps({ ...none, studioName: '  ' })[0]?.done).toBe(false)
  })
})
