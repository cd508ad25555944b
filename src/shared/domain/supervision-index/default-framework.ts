/**
 * The default 社工督导指数 framework ("12345" framework, v1) of docs/domain.md ("The default framework"). The structure follows
 * the seeds (3 processes 需求评估–项目设计–服务实施, 4 guarantees, results); the weights and
 * thresholds are a proposal, which is why the framework is labelled 参考模板 and a studio can
 * edit it (an edit makes a new version once it is frozen).
 */
import type { DataSource, Dimension, FrameworkData, Indicator, Thresholds } from '../../model/framework'

/** Lineage id of the built-in template, used when the caller does not give one. */
export const DEFAULT_FRAMEWORK_LINEAGE_ID = 'default-12345-v1'
export const DEFAULT_FRAMEWORK_NAME = '社工督导指数（"12345"参考模板）'
export const DEFAULT_THRESHOLDS: Thresholds = { green: 90, blue: 80, yellow: 60 }
/** Default D2 target: supervision hours per project per month (a setting, see Preferences). */
export const DEFAULT_HOURS_PER_MONTH = 2
/** Default number of days a follow-up may be overdue before the colour drops one step. */
export const DEFAULT_OVERDUE_DROP_DAYS = 30

const NOT_DONE = '未开展相关工作'

type Rubric = [string, string, string, string, string, string]

function indicator(
  code: string,
  name: string,
  weight: number,
  description: string,
  /** Levels 5 (优秀) down to 1 (差); level 0 is always 未开展. */
  levels5to1: [string, string, string, string, string],
  dataSource: DataSource | null = null,
  level0 = NOT_DONE,
): Indicator {
  const [l5, l4, l3, l2, l1] = levels5to1
  const rubric: Rubric = [level0, l1, l2, l3, l4, l5]
  return { code, name, weight, description, rubric, dataSource }
}

/** Rubric lines of a ratio-backed indicator, matching the suggestion rule (≥100/90/75/60 %). */
function ratioLevels(what: string, extra5: string): [string, string, string, string, string] {
  return [
    `${what}达到 100%，${extra5}`,
    `${what}为 90%～不足 100%，基本达到目标`,
    `${what}为 75%～不足 90%，部分完成`,
    `${what}为 60%～不足 75%，差距较大`,
    `${what}低于 60%，明显未达目标`,
  ]
}

function dimensions(): Dimension[] {
  return [
    {
      code: 'A',
      name: '需求评估',
      indicators: [
        indicator('A1', '需求调研', 8, '通过问卷、走访、热线等多渠道收集需求并形成需求清单；建议评分参考本期收集需求条数和以“需求评估”为议题的督导', [
          '综合运用问卷、入户走访、热线、座谈等三种以上渠道开展调研，覆盖主要服务对象群体，形成分类清晰、有数据支撑的需求清单和调研报告',
          '运用两种以上渠道开展调研并形成需求清单，调研记录较完整，个别群体覆盖不足',
          '开展了基本的需求调研并形成需求清单，但渠道较单一或样本代表性一般',
          '调研流于形式，仅有零散记录，未形成完整的需求清单',
          '仅凭经验或上级安排确定需求，基本无调研记录',
        ], 'A1'),
        indicator('A2', '需求动态更新', 7, '按轻重缓急对需求分类并定期更新；建议评分参考各季度新增、办结需求和以“需求评估”为议题的督导', [
          '需求按轻重缓急分级分类管理，至少每季度更新一次，新增、办结、转介情况有据可查，并据此调整服务计划',
          '需求分类管理并定期更新，更新记录基本完整，能据此调整部分服务',
          '对需求做了初步分类，本期有更新，但更新不够及时或与服务调整衔接不足',
          '需求清单长期未更新，分类不清',
          '仅有初始需求清单，未分类、未更新',
        ], 'A2'),
      ],
    },
    {
      code: 'B',
      name: '项目设计',
      indicators: [
        indicator('B1', '目标与指标', 5, '项目目标明确，产出与成效指标可衡量', [
          '总目标与具体目标清晰且与需求清单对应，产出指标和成效指标量化可衡量，时间节点明确',
          '目标明确、与需求对应，大部分指标可衡量',
          '有项目目标和基本指标，但部分指标笼统、难以衡量',
          '目标表述笼统，指标缺失较多',
          '仅有活动安排，无明确目标和指标',
        ]),
        indicator('B2', '方案专业性', 5, '服务方案体现社会工作理论与方法', [
          '方案以社会工作理论为指导，个案、小组、社区工作方法运用恰当，服务流程、风险预案和评估方法完整',
          '方案有理论依据，专业方法运用较恰当，流程较完整',
          '方案基本可行，专业方法有所体现，但理论依据或风险预案不足',
          '方案以常规活动为主，专业性不强',
          '方案简单粗略，缺乏专业方法',
        ]),
        indicator('B3', '资源整合/五社联动', 5, '联动社区、社会组织、社会工作者、社区志愿者、社会慈善资源', [
          '有效联动“五社”力量，资源清单完整，有稳定的合作机制并取得明显成效',
          '联动三至四类资源，有合作记录和一定成效',
          '联动两类资源，合作以临时性为主',
          '资源整合有限，基本依靠项目自身力量',
          '仅有合作意向，无实际联动',
        ]),
      ],
    },
    {
      code: 'C',
      name: '服务实施',
      indicators: [
        indicator(
          'C1',
          '计划完成',
          10,
          '活动场次、服务人次与按年度目标折算的本期目标相比，取较小的完成率',
          ratioLevels('活动场次和服务人次完成率（取较小值）', '服务按计划推进'),
          'C1',
          '未开展相关工作（本期无活动或服务）',
        ),
        indicator('C2', '过程规范', 5, '服务记录、档案完整；建议评分参考本期督导记录已定稿并经被督导者确认的比例', [
          '服务记录及时规范，签到表、过程记录、照片、评估资料齐全，档案分类归档、可追溯',
          '记录和档案较完整，个别资料不够规范',
          '主要服务有记录，档案基本齐全，但存在补记、缺项',
          '记录不及时，档案缺失较多',
          '仅有零星记录，无档案管理',
        ], 'C2'),
        indicator(
          'C3',
          '社工引领志愿者',
          10,
          '志愿者招募、培训、协同；参与志愿者人数与年度目标相比',
          ratioLevels('参与志愿者人数占年度目标的比例', '社工定期组织志愿者培训并协同服务，分工明确'),
          'C3',
          '未开展相关工作（无志愿者参与）',
        ),
      ],
    },
    {
      code: 'D',
      name: '保障机制',
      indicators: [
        indicator('D1', '组织保障', 5, '项目团队、管理制度和工作机制健全', [
          '团队配置合理、分工明确，管理制度健全并有效执行，定期召开项目例会',
          '团队和制度较健全，执行较好',
          '有基本团队和制度，执行一般',
          '团队不稳定或制度缺失较多',
          '无明确团队分工和管理制度',
        ]),
        indicator(
          'D2',
          '人才保障',
          5,
          '本期项目人员接受督导时数达到目标（默认每月 2 小时，每季度 6 小时）',
          ratioLevels('本期接受督导时数占目标时数的比例', '督导记录完整'),
          'D2',
          '未开展相关工作（本期未接受督导）',
        ),
        indicator(
          'D3',
          '质量保障',
          5,
          '督导意见落实：本期到期的跟进事项在期末前完成的比例',
          ratioLevels('本期到期跟进事项完成率', '督导意见全部按时落实'),
          'D3',
          '未开展相关工作（到期跟进事项均未落实）',
        ),
        indicator('D4', '激励保障', 5, '时间银行、积分、表彰等激励措施', [
          '建立时间银行、积分兑换、评优表彰等激励机制并常态化运行，志愿者和社工认可度高',
          '有两项以上激励措施，运行较好',
          '有激励措施，但不够系统或落实不及时',
          '激励措施零散，效果不明显',
          '仅有口头表扬等非制度化激励',
        ]),
      ],
    },
    {
      code: 'E',
      name: '服务成效',
      indicators: [
        indicator(
          'E1',
          '服务对象满意度',
          10,
          '本期服务对象满意度（%）',
          [
            '满意度 ≥ 95%',
            '满意度为 90%～不足 95%',
            '满意度为 80%～不足 90%',
            '满意度为 70%～不足 80%',
            '满意度低于 70%',
          ],
          'E1',
          '未开展相关工作（无满意度数据或满意度为 0）',
        ),
        indicator(
          'E2',
          '诉求办结',
          10,
          '办结诉求条数占收集需求条数的比例',
          ratioLevels('诉求办结率', '形成需求收集—办理—反馈闭环'),
          'E2',
          '未开展相关工作（收集的诉求均未办结）',
        ),
        indicator('E3', '可持续与品牌', 5, '服务常态化、模式可复制', [
          '服务常态化运行，形成可复制的服务模式或品牌，获区级以上推广、报道或表彰',
          '服务常态化，有模式总结，在街道范围内推广',
          '服务较稳定，有初步经验总结',
          '服务持续性不足，主要依赖项目资金',
          '项目结束即服务中断，无经验总结',
        ]),
      ],
    },
  ]
}

/**
 * The default framework as FrameworkData (no record id/timestamps: the store adds those).
 * Each call returns a fresh object, so callers may mutate it.
 */
export function buildDefaultFramework(lineageId: string = DEFAULT_FRAMEWORK_LINEAGE_ID): FrameworkData {
  return {
    name: DEFAULT_FRAMEWORK_NAME,
    version: 1,
    lineageId,
    note:
      '参考模板：结构取自“12345”体系（需求评估—项目设计—服务实施，组织—人才—质量—激励保障，服务成效），' +
      '权重与分级阈值为建议值。尚无公开来源给出青岛社工督导指数的官方指标，工作室可按本地要求修改。',
    isTemplate: true,
    dimensions: dimensions(),
    thresholds: { ...DEFAULT_THRESHOLDS },
    frozen: 0,
  }
}
