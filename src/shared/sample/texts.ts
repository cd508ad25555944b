/**
 * Sentence templates for the text of sample 督导记录 and 跟进事项, filled with the session's
 * community, project, people and topics. Composed per record, so records read differently while
 * staying realistic.
 */
import type { SessionFunction, SessionMode } from '../model/constants'
import { DEFAULT_TOPICS } from '../model/constants'
import type { Rng } from './prng'

export type Topic = (typeof DEFAULT_TOPICS)[number]

export interface TextContext {
  community: string
  /** e.g. “共享儿女”项目, or 日常服务 when no project is linked. */
  projRef: string
  /** e.g. “共享儿女”, or 日常服务. */
  projShort: string
  target: string
  activity: string
  team: string
  /** First supervisee's name. */
  supervisee: string
  /** The supervisee, or 张三等4人 in a group. */
  who: string
  superviseeCount: number
  mode: SessionMode
  /** Why a 线上督导 was held online. */
  onlineReason: string
}

type T = (c: TextContext) => string

export interface FollowUpTemplate {
  content: T
  done: T
}

interface TopicBank {
  questions: readonly T[]
  process: readonly T[]
  advice: readonly T[]
  followUps: readonly FollowUpTemplate[]
}

const BANKS: Record<Topic, TopicBank> = {
  需求评估: {
    questions: [
      (c) => `${c.projRef}今年新增了一批服务对象，但需求评估表只有基本信息，${c.target}的真实需求说不清楚，不知道评估应从哪些维度入手。`,
      (c) => `${c.community}上一轮问卷回收了两百多份，“居民需求清单”的排序主要凭感觉，想知道怎样按轻重缓急分类并定期更新。`,
      (c) => `入户走访时${c.target}往往只说“都挺好”，很难收集到真实需求，担心需求评估流于形式。`,
      () => `居民通过热线、书记茶摊、微心愿等渠道反映的诉求比较分散，不清楚如何汇总成能用于项目设计的需求清单。`,
    ],
    process: [
      () => `督导者请被督导者逐项介绍现有的需求评估表，双方对照生理、心理、社会支持和居住环境四个维度查找缺项。`,
      (c) => `双方以一名${c.target}为例模拟入户访谈，督导者示范开放式提问和追问的技巧。`,
      () => `督导者引导被督导者把近三个月收集的诉求按“紧急—重要”两个维度重新归类，并讨论哪些可以转化为活动。`,
    ],
    advice: [
      () => `按生理、心理、社会支持、居住环境四个维度修订需求评估表，下月起统一使用。`,
      () => `需求清单每季度更新一次，标注来源渠道和处理状态，做到“收集—分类—回应”闭环。`,
      () => `入户访谈多用开放式提问，并结合观察以及邻里、网格员提供的信息交叉印证。`,
      (c) => `对排名靠前的需求先做小范围试点活动，再根据反馈决定是否纳入${c.projRef}年度计划。`,
    ],
    followUps: [
      { content: (c) => `修订${c.projShort}需求评估表并提交督导者审阅`, done: () => `评估表已修订，增加了社会支持和居住环境两个维度` },
      { content: (c) => `两周内完成${c.community}需求清单的分类更新`, done: () => `需求清单已按轻重缓急分为三类并在例会上通报` },
      { content: (c) => `完成10户${c.target}的补充入户评估`, done: () => `入户评估已完成，新发现3项需求纳入清单` },
    ],
  },
  个案工作: {
    questions: [
      (c) => `${c.target}中有一户家庭问题复杂，同时涉及照料、经济和家庭关系，不知道个案目标该如何排序。`,
      () => `服务对象对社工的依赖越来越强，经常在下班后打电话，担心专业关系的界限不清。`,
      () => `一个个案已服务半年，进展不明显，不确定是否到了结案或转介的时机。`,
      () => `独居老人探访中发现服务对象近期饮食不规律、药物管理混乱，子女又在外地，不知道介入重点放在哪里。`,
    ],
    process: [
      () => `督导者请被督导者呈报个案的基本情况、预估和服务计划，通过提问帮助其梳理服务对象的优势与资源。`,
      () => `双方绘制生态图分析服务对象的家庭和社区支持网络，找到邻里和社区卫生服务站两处可动员的资源。`,
      () => `针对个案推进中的难点，督导者结合伦理守则进行讨论，并通过角色扮演练习与服务对象的沟通。`,
    ],
    advice: [
      () => `按“安全—基本生活—情绪—关系”的顺序重新排列个案目标，每个目标设定可观察的指标。`,
      () => `与服务对象约定固定联络时间，非紧急情况在工作时段通过工作电话联系。`,
      () => `每月对个案进展做一次小结，连续三个月无明显进展时提交个案研讨。`,
      () => `联系家属和网格员建立定期关怀机制，必要时转介社区卫生服务站做用药指导。`,
    ],
    followUps: [
      { content: () => `两周内补齐本月个案记录`, done: () => `本月个案记录已补齐并交督导者审阅` },
      { content: () => `与服务对象家属电话沟通并建立照护联络群`, done: () => `已与家属建立联络群，约定每周反馈一次` },
      { content: () => `提交该个案的阶段评估及结案或转介建议`, done: () => `阶段评估已提交，决定继续服务两个月后再评估` },
    ],
  },
  小组工作: {
    questions: [
      (c) => `${c.projShort}小组已开展到第四节，但组员出席不稳定，每次都有新面孔，小组动力难以形成。`,
      () => `小组中有一位组员发言过多，其他组员越来越沉默，不知道怎样在不伤害他的情况下调整。`,
      () => `小组计划书的目标写得比较空泛，小组结束后不知道如何评估成效。`,
    ],
    process: [
      () => `督导者请被督导者回顾最近一节小组的过程记录，一起分析小组所处的发展阶段。`,
      () => `通过情景模拟，督导者示范如何运用“连接”“阻止”等技巧调动组员参与。`,
      () => `双方对照小组计划书逐节讨论目标与活动设计的对应关系。`,
    ],
    advice: [
      () => `开组前电话提醒组员，在第一节明确小组契约，改为封闭式小组。`,
      () => `可请发言较多的组员担任计时员等角色，并在小组外单独沟通，肯定其积极性。`,
      () => `将小组目标改写为可测量的指标，采用前后测问卷评估成效。`,
      () => `每节结束后当天完成过程记录，重点记录组员互动，而不只是活动流程。`,
    ],
    followUps: [
      { content: () => `修改小组计划书，补充前后测评估工具`, done: () => `已补充前后测问卷，计划书经督导者确认` },
      { content: () => `整理前四节小组过程记录`, done: () => `过程记录已整理归档` },
    ],
  },
  社区工作: {
    questions: [
      (c) => `${c.community}参与${c.projShort}活动的多是固定的几位老人，年轻家庭很少参与，想扩大参与面。`,
      () => `与居委会的协作中，社工经常被安排做台账和迎检材料，专业服务时间被挤占。`,
      () => `议事会上居民提出的停车、充电桩等问题不在项目范围内，但居民期待社工解决，感到压力很大。`,
    ],
    process: [
      (c) => `督导者引导被督导者绘制${c.community}的资源地图，梳理党组织、物业、商户和社会组织等可合作力量。`,
      (c) => `双方讨论“五社联动”在${c.community}的落地方式，明确社工在议事协商中的协调者角色。`,
      () => `督导者结合其他社区的经验，分析与居委会建立分工协作机制的做法。`,
    ],
    advice: [
      () => `利用周末和晚间时段开设亲子类活动，吸引年轻家庭参与。`,
      () => `与居委会每月召开一次联席会，明确社工专业服务与行政事务的边界，形成书面分工清单。`,
      () => `超出项目范围的诉求做好记录和转办，通过“接诉即办”渠道跟踪反馈，不做无法兑现的承诺。`,
    ],
    followUps: [
      { content: () => `与居委会约定联席会时间并形成分工清单`, done: () => `联席会已召开，分工清单经双方确认` },
      { content: (c) => `绘制${c.community}资源地图`, done: () => `资源地图已完成，梳理出12家可合作单位` },
    ],
  },
  志愿者管理: {
    questions: [
      (c) => `${c.team}近两个月志愿者流失明显，排班经常找不到人，担心影响${c.activity}。`,
      (c) => `部分志愿者热情高但方法欠缺，在${c.activity}中出现过和服务对象争执的情况。`,
      () => `志愿服务时长登记不及时，“时间银行”积分兑换时志愿者有意见。`,
      () => `志愿者骨干希望承担更多组织工作，社工不确定该如何放手。`,
    ],
    process: [
      () => `督导者请被督导者列出现有志愿者名单和近三个月的出勤情况，一起分析队伍的稳定性。`,
      () => `双方讨论“社工引领志愿者、志愿者协助社工”的分工，梳理招募、培训、激励各环节的短板。`,
      () => `督导者介绍志愿者分层管理的做法，协助被督导者设计骨干培养路径。`,
    ],
    advice: [
      () => `对流失的志愿者做简短回访，了解原因并据此调整排班方式。`,
      (c) => `每季度开展一次志愿者服务技巧培训，重点讲解与${c.target}沟通的注意事项。`,
      () => `服务时长当天登记、每月公示，积分兑换规则提前在志愿者群内公布。`,
      () => `建立志愿者分层管理：骨干负责排班和新人带教，社工负责培训与督导。`,
    ],
    followUps: [
      { content: (c) => `整理${c.team}花名册并更新服务时长`, done: () => `花名册和服务时长已更新并在群内公示` },
      { content: () => `组织一次志愿者服务技巧培训`, done: () => `培训已开展，23名志愿者参加` },
      { content: () => `回访近两个月未出勤的志愿者`, done: () => `已回访9名志愿者，其中4人恢复参与服务` },
    ],
  },
  项目管理: {
    questions: [
      (c) => `${c.projRef}本季度活动场次只完成了计划的一半左右，担心年底完不成指标。`,
      () => `项目预算中活动物资费用偏紧，部分活动只能压缩规模。`,
      () => `资金方要求的季度报告和项目实际节奏不一致，准备材料占用了大量时间。`,
    ],
    process: [
      () => `督导者和被督导者对照年度目标，逐项核对活动场次、服务人次和志愿者人数的完成情况。`,
      () => `双方用甘特图重新排定下阶段活动计划，并讨论如何把例行活动与品牌活动结合起来。`,
      () => `督导者从项目逻辑模型出发，帮助被督导者理清投入、活动、产出与成效之间的关系。`,
    ],
    advice: [
      () => `按月分解剩余指标，建立项目进度表，每月底对照检查。`,
      () => `优先保障核心服务，活动物资可通过爱心商家、联建单位等渠道补充。`,
      () => `日常做好活动记录和照片归档，季度报告直接从台账汇总，减少重复劳动。`,
    ],
    followUps: [
      { content: (c) => `下次督导前提交${c.projShort}下阶段活动计划`, done: () => `活动计划已提交，月度指标已分解` },
      { content: () => `更新项目进度表并报送项目负责人`, done: () => `进度表已更新并报送` },
      { content: () => `核对项目预算执行情况`, done: () => `预算执行情况已核对，物资缺口由联建单位补足` },
    ],
  },
  资源链接: {
    questions: [
      (c) => `${c.target}需要康复器具和上门康复指导，社区内缺乏相关资源。`,
      (c) => `想为${c.projShort}引入爱心商家和医疗资源，但不知道如何对接，也担心合作难以持续。`,
      () => `街道有相关帮扶政策，但服务对象不了解申请流程，社工对具体要求也不熟悉。`,
    ],
    process: [
      () => `督导者引导被督导者列出服务对象的需求与已有资源，逐项找出缺口。`,
      () => `双方梳理街道、残联、社区卫生服务站、联建单位等可对接的渠道，并讨论对接时的沟通要点。`,
    ],
    advice: [
      () => `通过街道残联和社区卫生服务站链接康复器具租借和上门康复指导。`,
      () => `与合作单位签订简要的合作备忘，明确服务频次和双方责任。`,
      () => `整理常用帮扶政策清单，协助服务对象准备申请材料。`,
      (c) => `建立${c.community}资源台账，记录联系人、资源类型和对接情况。`,
    ],
    followUps: [
      { content: () => `联系街道残联链接康复资源`, done: () => `已与街道残联对接，2名服务对象纳入康复服务名单` },
      { content: (c) => `建立${c.community}资源台账`, done: () => `资源台账已建立，收录合作单位15家` },
      { content: () => `协助服务对象准备临时救助申请材料`, done: () => `申请材料已提交街道` },
    ],
  },
  伦理困境: {
    questions: [
      () => `服务对象请求社工不要把家庭矛盾告诉子女，但其中涉及照护安全，不知道保密的边界在哪里。`,
      () => `服务对象多次送来自家种的菜表示感谢，拒绝怕伤感情，收下又担心违反规定。`,
      (c) => `拍摄活动宣传照片时，有${c.target}不愿露脸，但项目宣传需要照片。`,
    ],
    process: [
      () => `督导者引导被督导者按伦理决策步骤，逐一分析其中的价值冲突和各方利益。`,
      () => `双方结合社会工作者职业道德指引，讨论保密原则的例外情形。`,
    ],
    advice: [
      () => `保密以服务对象安全为前提，涉及人身安全时应先告知服务对象，再与相关方沟通。`,
      () => `礼品以婉拒为原则，确实无法推辞的小额物品登记并在机构内公开。`,
      () => `宣传照片须事先取得书面同意，不同意的以背影或打码方式处理。`,
    ],
    followUps: [
      { content: () => `完善活动照片使用的知情同意书`, done: () => `知情同意书已修订并在活动中使用` },
      { content: () => `将该伦理个案整理成案例提交机构督导会讨论`, done: () => `已在机构督导会上讨论并形成处理意见` },
    ],
  },
  危机干预: {
    questions: [
      (c) => `探访中发现一名${c.target}情绪低落，曾说过“活着没意思”，不知道如何评估风险。`,
      () => `服务对象在家中摔倒，子女指责社工探访不到位，社工感到委屈和自责。`,
      () => `一名青少年服务对象与家长冲突激烈，流露出离家出走的想法。`,
    ],
    process: [
      () => `督导者首先确认服务对象当前的安全状况，再与被督导者按危机评估要点逐项核查。`,
      () => `双方梳理危机干预流程和转介渠道，明确需要通知的家属、社区和专业机构。`,
    ],
    advice: [
      () => `立即与家属和网格员建立联络，必要时陪同服务对象就医或转介心理咨询机构。`,
      () => `按机构危机事件处理流程做好记录和报告，不由社工个人承担风险。`,
      () => `三天内再次探访评估风险变化，督导者保持电话跟进。`,
    ],
    followUps: [
      { content: () => `三天内再次入户评估服务对象安全状况`, done: () => `已再次入户，服务对象情绪趋于平稳` },
      { content: () => `联系心理咨询机构完成转介`, done: () => `转介已完成，首次咨询已进行` },
      { content: () => `按流程补写危机事件报告`, done: () => `危机事件报告已报送机构` },
    ],
  },
  情绪支持: {
    questions: [
      (c) => `近期${c.activity}、台账整理和迎检同时推进，感到很疲惫，对工作的意义产生了怀疑。`,
      () => `服务过的一位老人去世了，心里一直放不下，影响了后续的探访工作。`,
      () => `在社区工作中经常受到个别居民的指责，担心自己做得不够好。`,
    ],
    process: [
      () => `督导者营造安全、接纳的谈话氛围，邀请被督导者讲述近期的工作感受。`,
      () => `督导者运用同理和正常化回应被督导者的情绪，帮助其识别压力来源。`,
      () => `双方一起回顾近期服务中的成功片段，帮助被督导者重新看到自己的专业成长。`,
    ],
    advice: [
      () => `合理安排工作节奏，每周留出固定时间处理台账，避免长时间加班。`,
      () => `遇到服务对象离世等情况，可在团队中进行哀伤处理，不必独自承受。`,
      () => `必要时申请调休，并参加机构组织的减压团体。`,
    ],
    followUps: [
      { content: () => `与机构负责人沟通调整近期工作量`, done: () => `已与机构负责人沟通，部分台账工作由同事分担` },
      { content: () => `参加机构减压团体活动`, done: () => `已参加减压团体活动` },
    ],
  },
  文书记录: {
    questions: [
      () => `个案记录不规范，多是流水账，缺少评估和分析。`,
      () => `活动签到表、照片和过程记录分散保存，迎检时经常找不到。`,
      () => `服务记录和项目台账要重复填写，花费时间多。`,
    ],
    process: [
      () => `督导者抽查了近一个月的个案记录和活动记录，逐份指出需要补充的要素。`,
      () => `双方讨论记录的SOAP格式，并以一份记录为例现场修改。`,
    ],
    advice: [
      () => `个案记录采用统一模板，包括主观资料、客观观察、评估和计划四部分。`,
      () => `活动结束后三个工作日内完成记录，签到表、照片和记录按月归档。`,
      () => `建立电子台账，一次录入、多处汇总，减少重复填写。`,
    ],
    followUps: [
      { content: () => `两周内补齐本月个案记录`, done: () => `个案记录已按统一模板补齐` },
      { content: (c) => `按月整理${c.projShort}活动档案`, done: () => `活动档案已整理归档` },
    ],
  },
  政策法规: {
    questions: [
      () => `服务对象咨询高龄津贴和居家养老服务补贴的申请条件，社工对最新政策不熟悉。`,
      () => `帮扶社区矫正对象时，不清楚社工可以介入的范围和法律边界。`,
      () => `项目涉及未成年人服务，想了解未成年人保护法对强制报告的要求。`,
    ],
    process: [
      () => `督导者与被督导者一起查阅相关政策文件，梳理适用条件和办理流程。`,
      () => `双方结合具体个案讨论政策执行中的难点，以及社工可以发挥的作用。`,
    ],
    advice: [
      () => `整理常用政策清单并每季度更新，放在服务点方便查阅。`,
      () => `涉及法律问题时及时链接社区法律顾问，不替代专业法律意见。`,
      () => `发现未成年人遭受侵害或面临危险时，须依法立即向公安、民政或教育部门报告，并做好记录。`,
    ],
    followUps: [
      { content: () => `整理常用惠民政策清单`, done: () => `政策清单已整理并张贴在服务点` },
      { content: () => `联系社区法律顾问开展一次政策解读`, done: () => `政策解读活动已开展` },
    ],
  },
}

/** How often each topic comes up (个案、志愿者、项目 and 文书 most, 危机 least). */
export const TOPIC_WEIGHTS: readonly (readonly [Topic, number])[] = [
  ['个案工作', 14],
  ['志愿者管理', 14],
  ['项目管理', 12],
  ['文书记录', 11],
  ['需求评估', 10],
  ['社区工作', 10],
  ['小组工作', 8],
  ['资源链接', 8],
  ['情绪支持', 7],
  ['政策法规', 4],
  ['伦理困境', 4],
  ['危机干预', 3],
]

export const ONLINE_REASONS: readonly string[] = ['督导者外出参加培训', '社区会议室临时用于活动', '被督导者当天在外入户探访', '雨天出行不便', '双方日程难以协调']

const OPENERS: Record<SessionMode, readonly T[]> = {
  个别督导: [
    (c) => `督导者与${c.supervisee}进行一对一面谈，首先回顾了上次督导意见的落实情况。`,
    (c) => `本次为个别督导，${c.supervisee}提前提交了近期服务记录，督导者先就记录中的疑问逐一了解情况。`,
  ],
  团体督导: [
    (c) => `本次团体督导共${c.superviseeCount}名成员参加，督导者先请各成员简要分享近期工作，再聚焦共性问题展开讨论。`,
    (c) => `团体督导以案例研讨形式进行，由${c.supervisee}呈报，其余成员提问补充，督导者引导讨论。`,
  ],
  朋辈督导: [
    (c) => `本次采用朋辈督导形式，由${c.supervisee}呈报案例，其他成员轮流提问和回应，督导者负责引导和总结。`,
  ],
  现场督导: [
    (c) => `督导者到${c.community}${c.activity}现场观察服务过程，活动结束后与${c.who}进行复盘。`,
    (c) => `督导者全程跟随${c.who}开展${c.activity}，现场记录服务中的沟通细节，结束后当场反馈。`,
  ],
  线上督导: [
    (c) => `因${c.onlineReason}，本次督导通过线上视频进行，督导者请${c.who}共享服务记录后逐项讨论。`,
  ],
}

const CLOSERS: readonly T[] = [
  () => `最后督导者总结本次讨论要点，与被督导者共同确定了下一步行动计划。`,
  () => `督导结束前，被督导者复述了下一步工作安排，督导者予以确认。`,
  () => `最后双方约定了下次督导的时间和需要准备的材料。`,
]

const REFLECTIONS: Record<SessionFunction, readonly T[]> = {
  教育: [
    (c) => `${c.supervisee}对专业方法的掌握还不够扎实，后续督导可多采用案例示范和角色扮演。`,
    () => `本次讨论偏重具体技巧，对理论框架的引导不够，下次可结合生态系统视角分析。`,
    () => `被督导者准备充分，能主动反思自身做法，专业成长明显。`,
  ],
  支持: [
    () => `被督导者近期压力较大，本次以支持为主，后续需关注其职业倦怠风险。`,
    () => `注意到自己在倾听时急于给建议，下次应给被督导者更多表达空间。`,
  ],
  行政: [
    () => `项目进度和台账问题需要与机构负责人同步，避免督导意见无法落地。`,
    () => `本次行政事务讨论占用时间较多，下次应提前收集材料，把时间留给专业讨论。`,
  ],
}

const GROUP_REFLECTIONS: readonly T[] = [
  () => `团体成员参与积极，但个别成员发言较少，下次可采用轮流发言的方式。`,
  () => `成员之间的经验分享很有价值，可考虑把典型案例整理成机构内部学习材料。`,
]

const SUPERVISEE_REFLECTIONS: readonly T[] = [
  () => `通过本次督导理清了思路，知道下一步先做什么了。`,
  () => `以前总觉得写记录是负担，现在明白记录也是专业反思的过程。`,
  () => `角色扮演让我意识到自己在沟通中说得太多、听得太少。`,
  () => `得到督导者的肯定和支持，心里轻松了很多，会按计划推进。`,
  (c) => `对${c.target}的需求有了新的认识，服务中要多从对方的角度考虑。`,
]

const GENERIC_FOLLOW_UPS: readonly FollowUpTemplate[] = [
  { content: () => `下次督导前提交近期服务小结`, done: () => `服务小结已提交` },
  { content: (c) => `与居委会沟通${c.projShort}下阶段活动安排`, done: () => `已与居委会沟通并确定活动安排` },
]

export const RISK_NOTES = {
  关注: [
    (c: TextContext) => `${c.target}中有一户近期多次跌倒，居家安全风险较高，需持续关注。`,
    () => `被督导者近期工作压力大，出现职业倦怠迹象，需关注其身心状态。`,
    () => `服务对象家庭矛盾有激化趋势，需关注是否存在家庭暴力风险。`,
    () => `涉及服务对象隐私信息，后续服务中需注意知情同意和信息保密。`,
    (c: TextContext) => `志愿者在${c.activity}中与服务对象发生争执，需关注后续关系修复。`,
  ],
  严重: [
    () => `服务对象流露轻生念头，已启动危机干预流程并告知家属和社区。`,
    () => `发现疑似家庭暴力线索，已按程序向街道和派出所报告。`,
    () => `服务对象独自在家摔伤入院，已通知家属并跟进后续照护安排。`,
  ],
} as const

export const CANCEL_NOTES: readonly string[] = [
  '服务对象已搬离社区，事项取消',
  '项目计划调整，该事项不再推进',
  '已并入其他跟进事项处理',
]

function numbered(items: readonly string[]): string {
  if (items.length === 1) return items[0] as string
  let out = ''
  for (let i = 0; i < items.length; i++) out += `${i === 0 ? '' : '\n'}${i + 1}. ${items[i] as string}`
  return out
}

/** Distinct picks from `list`, at most `k`. */
function pickSome<X>(rng: Rng, list: readonly X[], k: number): X[] {
  return rng.sample(list, Math.min(k, list.length))
}

export interface SessionTexts {
  questions: string
  process: string
  advice: string
  supervisorReflection: string
  superviseeReflection: string
}

export function composeSessionTexts(
  rng: Rng,
  c: TextContext,
  topics: readonly Topic[],
  functions: readonly SessionFunction[],
  withSuperviseeReflection: boolean,
): SessionTexts {
  const [main, ...others] = topics
  const mainBank = BANKS[main ?? '个案工作']

  // Advice i answers question i of a bank, so a record's advice fits the questions raised.
  const nq = mainBank.questions.length
  const q0 = rng.int(0, nq - 1)
  const mainPicks = topics.length === 1 && nq > 1 && rng.chance(0.5) ? [q0, (q0 + rng.int(1, nq - 1)) % nq] : [q0]
  const questions = mainPicks.map((i) => (mainBank.questions[i] as T)(c))
  const adviceIdx = mainPicks.map((i) => i % mainBank.advice.length)
  if (adviceIdx.length < 3 && rng.chance(0.6)) {
    const extra = rng.int(0, mainBank.advice.length - 1)
    if (!adviceIdx.includes(extra)) adviceIdx.push(extra)
  }
  const advice = adviceIdx.map((i) => (mainBank.advice[i] as T)(c))
  for (const t of others) {
    const bank = BANKS[t]
    const i = rng.int(0, bank.questions.length - 1)
    questions.push((bank.questions[i] as T)(c))
    advice.push((bank.advice[i % bank.advice.length] as T)(c))
  }

  const process: string[] = [rng.pick(OPENERS[c.mode])(c)]
  for (const t of pickSome(rng, mainBank.process, rng.int(1, 2))) process.push(t(c))
  for (const t of others) process.push(rng.pick(BANKS[t].process)(c))
  process.push(rng.pick(CLOSERS)(c))


  const reflection = [rng.pick(REFLECTIONS[rng.pick(functions)])(c)]
  if (c.superviseeCount > 2 && rng.chance(0.5)) reflection.push(rng.pick(GROUP_REFLECTIONS)(c))

  return {
    questions: numbered(questions),
    process: process.join(''),
    advice: numbered(advice),
    supervisorReflection: reflection.join(''),
    superviseeReflection: withSuperviseeReflection ? rng.pick(SUPERVISEE_REFLECTIONS)(c) : '',
  }
}

/** Follow-up templates fitting the session's topics (plus a few general ones). */
export function followUpChoices(rng: Rng, topics: readonly Topic[], count: number): FollowUpTemplate[] {
  const pool: FollowUpTemplate[] = []
  for (const t of topics) pool.push(...BANKS[t].followUps)
  pool.push(...GENERIC_FOLLOW_UPS)
  return pickSome(rng, pool, count)
}

export function onlineLocation(rng: Rng): string {
  return rng.chance(0.7) ? '线上（腾讯会议）' : '线上（微信视频）'
}
