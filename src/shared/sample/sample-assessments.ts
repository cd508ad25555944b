/**
 * 示例评估: the default framework and FINAL assessments of every sample project for the quarters
 * the sample data covers, derived from that data so the numbers hang together — a data-backed
 * indicator takes the suggestion computed from the project's progress, sessions and follow-ups
 * (occasionally overridden by one step, with a 评分依据), the other indicators follow the level
 * the data shows, and the colour comes from the index core (overdue drop included). Pure and
 * deterministic: the same sample data and options give deep-equal output.
 */
import type { Assessment, AssessmentItem, IndexFramework } from '../model/framework'
import type { SampleData } from './generator'
import { addDays } from '../domain/dates'
import { overdueForProject } from '../domain/followups'
import { finalisedGrading } from '../domain/supervision-index/assessment-rules'
import { buildDefaultFramework, DEFAULT_FRAMEWORK_LINEAGE_ID, DEFAULT_HOURS_PER_MONTH, DEFAULT_OVERDUE_DROP_DAYS } from '../domain/supervision-index/default-framework'
import { COLOURS, gradeAssessment, type Colour } from '../domain/supervision-index/grading'
import { groupActivityByProject, projectSuggestions } from '../domain/supervision-index/suggestions'
import { comparePeriods, periodLabel, periodRange } from '../domain/period'
import { Rng } from './prng'

export interface SampleAssessmentOptions {
  /** Id the default framework has in the store (the app gives it a fixed one). */
  frameworkId: string
  /** No assessment is dated after it. */
  today: string
  seed?: number | string
  /** Periods to assess (quarter codes); default every quarter the sample's progress covers. */
  periods?: readonly string[]
  /** Who signs the assessments; default the first 督导者 of the sample. */
  assessor?: string
}

export interface SampleAssessments {
  /** The default "12345" framework v1, frozen (final assessments use it). */
  framework: IndexFramework
  assessments: Assessment[]
}

const clamp = (n: number) => Math.max(0, Math.min(5, n))

const OVERRIDE_UP = ['结合实地走访，服务质量好于数据反映，上调一级', '本期数据统计口径偏紧，参考服务记录上调一级']
const OVERRIDE_DOWN = ['数据虽达标，但抽查记录发现部分服务流于形式，下调一级', '部分服务人次为重复统计，实际完成情况下调一级']
const LOW_BASIS: Record<string, string> = {
  A1: '需求调研仅有零散记录，尚未形成完整需求清单',
  A2: '需求清单本期未更新，分类不清',
  B1: '目标表述笼统，产出与成效指标难以衡量',
  B2: '方案以常规活动为主，专业方法体现不足',
  B3: '资源整合有限，主要依靠项目自身力量',
  C1: '活动场次和服务人次明显落后于计划',
  C2: '服务记录不及时，档案缺项较多',
  C3: '志愿者招募不足，培训未按计划开展',
  D1: '团队人员变动较大，例会制度未坚持',
  D2: '本期督导时数不足，项目人员参与不稳定',
  D3: '多项督导意见未按期落实',
  D4: '激励措施零散，志愿者积分兑换未落实',
  E1: '服务对象满意度偏低，投诉有所增加',
  E2: '诉求办结率偏低，复杂诉求积压',
  E3: '服务持续性不足，依赖项目资金',
}

const TEXTS: Record<Colour, { achievements: string; problems: string; improvements: string }> = {
  绿色: {
    achievements: '服务按计划推进并超额完成，志愿者队伍稳定，需求收集—办理—反馈形成闭环，服务对象满意度高，已形成可复制的服务做法。',
    problems: '服务档案的分类归档仍可更规范；个别活动的成效评估以满意度为主，缺少前后测数据。',
    improvements: '总结提炼服务模式，争取在街道范围推广；增加成效评估工具，做好案例积累。',
  },
  蓝色: {
    achievements: '主要服务指标基本完成，社工引领志愿者开展常态化服务，督导意见大多得到落实。',
    problems: '需求清单更新不够及时；部分志愿者培训未按计划开展；少数诉求办理周期较长。',
    improvements: '每季度更新需求清单并据此调整服务计划；固定志愿者培训时间；建立诉求办理时限提醒。',
  },
  黄色: {
    achievements: '项目服务能够持续开展，服务对象对日常服务总体认可。',
    problems: '活动场次和服务人次落后于计划，志愿者参与不足，部分跟进事项逾期未落实，档案存在补记现象。',
    improvements: '对照年度目标制定月度推进表；加强志愿者招募和培训；督导意见逐项明确责任人和期限，下季度重点复查。',
  },
  红色: {
    achievements: '项目保持了基本服务，部分骨干志愿者参与稳定。',
    problems: '计划完成率明显偏低，诉求办结率和满意度不高，跟进事项长期逾期，项目管理和过程记录薄弱。',
    improvements: '列为重点督导项目：每月至少一次现场督导，制定整改清单并限期完成；承接机构调整项目人员配置，下季度复评。',
  },
}

/** Assessment date of a period: ten days after it ends, never after `today`. */
function assessDateFor(period: string, today: string): string {
  const d = addDays(periodRange(period).end, 10)
  return d > today ? today : d
}

/** The default framework, the sample assessments, all 已定稿. */
export function generateSampleAssessments(data: SampleData, options: SampleAssessmentOptions): SampleAssessments {
  const base = buildDefaultFramework(DEFAULT_FRAMEWORK_LINEAGE_ID)
  const periods = [...(options.periods ?? new Set(data.progress.map((r) => r.period)))]
    .filter((p) => periodRange(p).end < options.today)
    .sort(comparePeriods)
  const firstDay = periods[0] ? periodRange(periods[0]).start : options.today
  const framework: IndexFramework = {
    ...base,
    id: options.frameworkId,
    createdAt: `${firstDay}T00:00:00.000Z`,
    updatedAt: `${firstDay}T00:00:00.000Z`,
    deletedAt: null,
    rev: 1,
    frozen: periods.length > 0 && data.projects.length > 0 ? 1 : 0,
  }
  const assessor =
    options.assessor ??
    data.persons.find((p) => p.role === '督导者' && p.qualification === '高级社会工作师')?.name ??
    data.persons.find((p) => p.role === '督导者')?.name ??
    '工作室负责人'
  const indicators = base.dimensions.flatMap((d) => d.indicators)
  const activity = groupActivityByProject(data.sessions, data.followUps)
  const progressByProject = new Map<string, SampleData['progress']>()
  for (const r of data.progress) {
    const list = progressByProject.get(r.projectId)
    if (list) list.push(r)
    else progressByProject.set(r.projectId, [r])
  }

  interface Plan {
    project: SampleData['projects'][number]
    period: string
    assessDate: string
    set: ReturnType<typeof projectSuggestions>
    level: number
    bias: number
    /** Per indicator: a random roll (overrides) and a small step (manual indicators). */
    rolls: number[]
    steps: number[]
    overdue: ReturnType<typeof overdueForProject>
    shift: number
    uuid: string
  }

  const itemsOf = (plan: Plan): AssessmentItem[] =>
    indicators.map((ind, i) => {
      const suggestion = ind.dataSource ? plan.set.suggestions[ind.dataSource] : null
      let rating: number
      let basis = ''
      if (suggestion) {
        rating = suggestion.rating
        const roll = plan.rolls[i]!
        if (roll < 0.08 && rating < 5) {
          rating += 1
          basis = OVERRIDE_UP[Math.floor(roll * 100) % OVERRIDE_UP.length]!
        } else if (roll >= 0.08 && roll < 0.16 && rating > 1) {
          rating -= 1
          basis = OVERRIDE_DOWN[Math.floor(roll * 100) % OVERRIDE_DOWN.length]!
        }
      } else {
        // The parts the data does not show: a 合格 baseline moved by what the data shows.
        rating = clamp(Math.round(1.8 + 0.65 * plan.level + plan.bias + plan.steps[i]! + plan.shift))
        if (ind.dataSource) basis = `${plan.set.reasons[ind.dataSource] ?? '缺少数据'}，依据现场检查和服务记录评定`
      }
      if (rating < 3 && !basis) basis = LOW_BASIS[ind.code] ?? '未达到合格标准'
      return { indicatorCode: ind.code, rating, basis, suggestion: suggestion ?? null }
    })
  const gradeOf = (plan: Plan) => gradeAssessment(base, itemsOf(plan), { overdue: plan.overdue, overdueDropDays: DEFAULT_OVERDUE_DROP_DAYS })

  const plans: Plan[] = []
  for (const project of data.projects) {
    const rng = new Rng(options.seed ?? 1, `assessment:${project.id}`)
    /** How the studio sees the parts the data does not show, steady across periods. */
    const bias = rng.pick([-0.5, 0, 0, 0.5])
    const acts = activity.get(project.id) ?? { sessions: [], followUps: [] }
    for (const period of periods) {
      const { start, end } = periodRange(period)
      if (project.startDate > end || project.endDate < start) continue
      const assessDate = assessDateFor(period, options.today)
      const set = projectSuggestions(
        { projectId: project.id, targets: project.targets, progress: progressByProject.get(project.id) ?? [], sessions: acts.sessions, followUps: acts.followUps },
        period,
        DEFAULT_HOURS_PER_MONTH,
      )
      const dataRatings = Object.values(set.suggestions).flatMap((x) => (x ? [x.rating] : []))
      plans.push({
        project,
        period,
        assessDate,
        set,
        level: dataRatings.length > 0 ? dataRatings.reduce((a, b) => a + b, 0) / dataRatings.length : 3,
        bias,
        rolls: indicators.map(() => rng.next()),
        steps: indicators.map(() => rng.pick([-0.5, 0, 0, 0, 0.5])),
        overdue: overdueForProject(acts.sessions, acts.followUps, assessDate),
        shift: 0,
        uuid: rng.uuid(),
      })
    }
  }

  // Every period shows all four colours where there are enough projects: a colour that the data
  // alone does not produce is reached by moving one project's manually rated indicators a step or
  // two (never a data-backed one, never a project that is the only one of its colour).
  for (const period of periods) {
    const inPeriod = plans.filter((p) => p.period === period)
    if (inPeriod.length < COLOURS.length) continue
    for (const wanted of COLOURS) {
      const colours = () => inPeriod.map((p) => gradeOf(p).grade.colour)
      if (colours().includes(wanted)) continue
      let done = false
      for (const shift of [1, -1, 2, -2, 3, -3]) {
        for (const plan of inPeriod) {
          const current = colours()
          const mine = gradeOf(plan).grade.colour
          if (current.filter((c) => c === mine).length < 2) continue
          plan.shift = shift
          if (gradeOf(plan).grade.colour === wanted) {
            done = true
            break
          }
          plan.shift = 0
        }
        if (done) break
      }
    }
  }

  const assessments: Assessment[] = plans.map((plan) => {
    const items = itemsOf(plan)
    const grading = gradeAssessment(base, items, { overdue: plan.overdue, overdueDropDays: DEFAULT_OVERDUE_DROP_DAYS })
    const texts = TEXTS[grading.grade.colour]
    const at = `${plan.assessDate}T08:00:00.000Z`
    return {
      id: plan.uuid,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      rev: 1,
      projectId: plan.project.id,
      frameworkId: options.frameworkId,
      period: plan.period,
      assessor,
      assessDate: plan.assessDate,
      items,
      veto: null,
      achievements: `${periodLabel(plan.period)}：${texts.achievements}`,
      problems: texts.problems,
      improvements: texts.improvements,
      ...finalisedGrading(grading, at),
    }
  })
  return { framework, assessments }
}
