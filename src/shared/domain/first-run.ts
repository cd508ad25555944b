/** What a new studio has entered so far (live records only). */
export interface FirstRunCounts {
  studioName: string
  persons: number
  supervisors: number
  projects: number
  sessions: number
}

export type FirstRunStepKey = 'studio' | 'persons' | 'projects' | 'session'

export interface FirstRunStep {
  key: FirstRunStepKey
  title: string
  done: boolean
  /** What is there, or what is still needed. */
  note: string
}

/**
 * The four steps before the app is of use — 工作室信息 (it heads every report), 人员 (a record needs a
 * 督导者 and someone supervised: two people, one of them a 督导者), 服务项目, 第一条督导记录 — each
 * with whether it is done and a line that says what is there or what is missing.
 */
export function firstRunSteps(c: FirstRunCounts): FirstRunStep[] {
  const name = c.studioName.trim()
  const others = c.persons - c.supervisors
  const personsDone = c.supervisors >= 1 && others >= 1
  const missing = c.supervisors === 0 ? '一名督导者' : '一名被督导者'
  return [
    { key: 'studio', title: '工作室信息', done: name !== '', note: name ? `已填写：${name}` : '工作室名称、领衔人和联系方式，印在每一份报告的抬头' },
    {
      key: 'persons',
      title: '人员',
      done: personsDone,
      note: c.persons === 0 ? '登记督导者和被督导的社工' : personsDone ? `已有 ${c.persons} 人，其中督导者 ${c.supervisors} 人` : `已有 ${c.persons} 人；还需要${missing}`,
    },
    { key: 'projects', title: '服务项目', done: c.projects > 0, note: c.projects > 0 ? `已有 ${c.projects} 个项目` : '工作室督导的项目' },
    {
      key: 'session',
      title: '第一条督导记录',
      done: c.sessions > 0,
      note: c.sessions > 0 ? `已有 ${c.sessions} 条督导记录` : '尚未登记的人员和项目可以在记录里直接新增',
    },
  ]
}
