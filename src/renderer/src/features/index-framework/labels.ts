import type { DataSource } from '@shared/model'
import { RATING_LABELS } from '@shared/model'

/** What each data source measures, for the framework screens and the assessment form. */
export const DATA_SOURCE_LABELS: Record<DataSource, string> = {
  A1: '本期收集需求条数，及以“需求评估”为议题的督导次数',
  A2: '各季度新增、办结需求的情况，及以“需求评估”为议题的督导次数',
  C1: '计划完成率：活动场次、服务人次 ÷ 按年度目标折算的本期目标（取较小值）',
  C2: '本期督导记录中已定稿并经被督导者确认的比例',
  C3: '志愿者人数 ÷ 年度目标',
  D2: '本期项目督导时数 ÷ 目标时数（设置中的每月督导小时数 × 月数）',
  D3: '本期到期跟进事项的完成率',
  E1: '服务对象满意度（%）',
  E2: '办结诉求 ÷ 收集需求',
}

export const DATA_SOURCE_SHORT: Record<DataSource, string> = {
  A1: '需求收集',
  A2: '需求更新',
  C1: '计划完成率',
  C2: '记录定稿与确认',
  C3: '志愿者人数',
  D2: '督导时数',
  D3: '跟进事项完成率',
  E1: '满意度',
  E2: '诉求办结率',
}

/** '5 优秀' … '0 未开展'. */
export const ratingText = (r: number) => `${r} ${RATING_LABELS[r] ?? ''}`

/** Levels from 5 down to 0, the order a rubric is read in. */
export const LEVELS_DESC = [5, 4, 3, 2, 1, 0] as const
