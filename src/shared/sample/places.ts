/**
 * Places and project kinds of the seed reports: the pilot communities of the
 * "专业社工+志愿服务" reports and the projects they run. The 社会工作服务中心 names and the studio
 * name are invented.
 */
import type { ServiceField } from '../model/constants'

export interface SampleCommunity {
  /** 社区 as entered on a project. */
  name: string
  /** 街道 / 镇. */
  street: string
  /** City and district, for notes. */
  district: string
  /** What a 社区工作者 or 志愿者骨干 enters as 所在机构或社区. */
  orgLabel: string
  /** The 社会工作服务中心 that takes on projects there (invented). */
  centre: string
  /** Meeting rooms for 个别/团体/朋辈督导. */
  rooms: readonly string[]
  /** Service sites for 现场督导. */
  sites: readonly string[]
  /** The community's volunteer team. */
  team: string
  /** Telephone area code for landline numbers. */
  areaCode: string
}

export const SAMPLE_STUDIO = '薛家岛街道高级社会工作师工作室'
export const STUDIO_ROOM = '薛家岛街道高级社会工作师工作室督导室'

/** Index 0..6 are the communities of the seed projects; 7.. are used when more are asked for. */
export const SAMPLE_COMMUNITIES: readonly SampleCommunity[] = [
  {
    name: '林泉社区',
    street: '草庙子镇',
    district: '威海市临港区',
    orgLabel: '林泉社区',
    centre: '临港区益邻社会工作服务中心',
    rooms: ['林泉社区党群服务中心二楼会议室', '林泉社区社工室'],
    sites: ['林泉社区老年人家中（入户）', '林泉社区党群服务中心活动室'],
    team: '林泉社区“共享儿女”志愿服务队',
    areaCode: '0631',
  },
  {
    name: '福鼎社区',
    street: '蔄山镇',
    district: '威海市临港区',
    orgLabel: '福鼎社区',
    centre: '临港区益邻社会工作服务中心',
    rooms: ['福鼎社区党群服务中心会议室', '福鼎社区新时代文明实践站'],
    sites: ['福鼎社区党群服务中心理疗室', '福鼎社区文化广场'],
    team: '福鼎社区“益”家人志愿服务队',
    areaCode: '0631',
  },
  {
    name: '古街社区',
    street: '路桥街道',
    district: '台州市路桥区',
    orgLabel: '古街社区',
    centre: '路桥区安和社会工作服务中心',
    rooms: ['古街社区党群服务中心三楼会议室', '古街社区居家养老服务照料中心活动室'],
    sites: ['古街社区居家养老服务照料中心食堂', '古街社区老街送餐点'],
    team: '古街社区送餐志愿服务队',
    areaCode: '0576',
  },
  {
    name: '路东社区',
    street: '路北街道',
    district: '台州市路桥区',
    orgLabel: '路东社区',
    centre: '路桥区安和社会工作服务中心',
    rooms: ['路东社区党群服务中心议事厅', '路东社区志愿者之家'],
    sites: ['路东社区党群服务中心广场', '路东社区公益课堂教室'],
    team: '路东社区“安心合伙人”志愿服务队',
    areaCode: '0576',
  },
  {
    name: '双塔社区',
    street: '花果园街道',
    district: '贵阳市南明区',
    orgLabel: '双塔社区',
    centre: '南明区筑暖社会工作服务中心',
    rooms: ['双塔社区党群服务中心会议室', '双塔社区新时代文明实践站'],
    sites: ['双塔社区文化活动室', '双塔社区居民广场'],
    team: '双塔社区非洲鼓队',
    areaCode: '0851',
  },
  {
    name: '庠柄小区',
    street: '龙浔镇',
    district: '泉州市德化县',
    orgLabel: '德化县龙浔镇庠柄小区',
    centre: '德化县瓷乡社会工作服务中心',
    rooms: ['庠柄小区党群服务站', '庠柄小区“周五红色会客厅”'],
    sites: ['庠柄小区“近邻圩日”服务点', '庠柄小区中心广场'],
    team: '庠柄小区“瓷都好厝边”志愿服务队',
    areaCode: '0595',
  },
  {
    name: '新港山路社区',
    street: '薛家岛街道',
    district: '青岛西海岸新区',
    orgLabel: '新港山路社区',
    centre: '薛家岛街道社会工作服务站',
    rooms: ['新港山路社区党群服务中心二楼会议室', '新港山路社区“治理聊天室”'],
    sites: ['新港山路社区青少年活动室', '新港山路社区独居老人家中（入户）'],
    team: '新港山路社区青年志愿服务队',
    areaCode: '0532',
  },
  {
    name: '黄楼社区',
    street: '园艺街道',
    district: '菏泽市单县',
    orgLabel: '黄楼社区',
    centre: '单县同心社会工作服务中心',
    rooms: ['黄楼社区志愿者之家', '黄楼社区党群服务中心会议室'],
    sites: ['黄楼社区26度万家驿站', '黄楼社区文化广场'],
    team: '黄楼社区“菏美”志愿服务队',
    areaCode: '0530',
  },
  {
    name: '新城社区',
    street: '平襄镇',
    district: '定西市通渭县',
    orgLabel: '新城社区',
    centre: '通渭县陇原社会工作服务中心',
    rooms: ['新城社区党群服务中心会议室', '新城社区社工站'],
    sites: ['新城社区日间照料中心', '新城社区文化广场'],
    team: '新城社区文化惠民志愿服务队',
    areaCode: '0932',
  },
  {
    name: '北城社区',
    street: '平襄镇',
    district: '定西市通渭县',
    orgLabel: '北城社区',
    centre: '通渭县陇原社会工作服务中心',
    rooms: ['北城社区党群服务中心会议室', '北城社区儿童之家'],
    sites: ['北城社区儿童之家', '北城社区居民活动中心'],
    team: '北城社区红石榴志愿服务队',
    areaCode: '0932',
  },
]

export interface ProjectKind {
  /** Full project name. */
  name: string
  community: number
  field: ServiceField
  beneficiaries: string
  /** Short label used in text: “共享儿女”, 助老送餐. */
  short: string
  /** Who the project serves, as said in a sentence. */
  target: string
  /** The project's typical activity. */
  activity: string
}

/** The eight projects of the seed reports, in this order for the default sample. */
export const SEED_PROJECTS: readonly ProjectKind[] = [
  {
    name: '林泉社区“共享儿女”服务项目',
    community: 0,
    field: '养老',
    beneficiaries: '社区高龄、独居及行动不便老人',
    short: '“共享儿女”',
    target: '行动不便的老人',
    activity: '入户探访',
  },
  {
    name: '福鼎社区“中医理疗惠民生”志愿服务项目',
    community: 1,
    field: '养老',
    beneficiaries: '社区60岁以上、有颈肩腰腿疼痛等慢性病的老人',
    short: '中医理疗',
    target: '患慢性病的老人',
    activity: '中医理疗义诊',
  },
  {
    name: '古街社区助老送餐服务项目',
    community: 2,
    field: '养老',
    beneficiaries: '高龄、腿脚不便的居家老人',
    short: '助老送餐',
    target: '高龄独居老人',
    activity: '送餐',
  },
  {
    name: '路东社区“安心合伙人”社区营造项目',
    community: 3,
    field: '社区治理',
    beneficiaries: '社区居民，重点关注“一老一小”和特殊困难群体',
    short: '“安心合伙人”',
    target: '社区居民',
    activity: '公益课程',
  },
  {
    name: '双塔社区“非洲鼓文化共融计划”',
    community: 4,
    field: '社区治理',
    beneficiaries: '社区居民及青少年',
    short: '“非洲鼓文化共融计划”',
    target: '参与活动的居民',
    activity: '非洲鼓排练',
  },
  {
    name: '德化“近邻圩日”志愿服务项目',
    community: 5,
    field: '志愿服务',
    beneficiaries: '小区居民，重点为老年人、困境儿童及残障人士',
    short: '“近邻圩日”',
    target: '小区老年居民',
    activity: '圩日志愿服务',
  },
  {
    name: '新港山路社区“青少年心理辅导”项目',
    community: 6,
    field: '青少年',
    beneficiaries: '辖区12—18岁青少年及其家长',
    short: '“青少年心理辅导”',
    target: '青少年',
    activity: '心理辅导小组',
  },
  {
    name: '新港山路社区“独居老人照护”项目',
    community: 6,
    field: '养老',
    beneficiaries: '辖区独居、空巢老人',
    short: '“独居老人照护”',
    target: '独居老人',
    activity: '入户探访',
  },
]

/** Further project kinds, combined with a community when more than eight projects are asked for. */
export interface ProjectTheme {
  label: string
  field: ServiceField
  beneficiaries: string
  target: string
  activity: string
}

export const PROJECT_THEMES: readonly ProjectTheme[] = [
  { label: '“四点半课堂”课后托管', field: '儿童', beneficiaries: '双职工家庭小学生', target: '放学后无人照看的孩子', activity: '课后托管' },
  { label: '困境儿童关爱', field: '儿童', beneficiaries: '困境儿童及其家庭', target: '困境儿童', activity: '入户探访' },
  { label: '亲子共读', field: '儿童', beneficiaries: '3—12岁儿童及家长', target: '亲子家庭', activity: '亲子共读' },
  { label: '“一老一小”助餐', field: '养老', beneficiaries: '辖区老年人和学龄儿童', target: '用餐老人', activity: '助餐' },
  { label: '八段锦健康打卡', field: '养老', beneficiaries: '社区中老年居民', target: '中老年居民', activity: '八段锦晨练' },
  { label: '居家适老化改造', field: '养老', beneficiaries: '高龄、失能半失能老人家庭', target: '失能半失能老人', activity: '入户评估' },
  { label: '“银龄”互助', field: '养老', beneficiaries: '低龄老人与高龄独居老人', target: '高龄独居老人', activity: '结对探访' },
  { label: '残疾人康复支持', field: '残疾人', beneficiaries: '持证残疾人及其家属', target: '残疾人', activity: '康复训练' },
  { label: '“微心愿”帮扶', field: '困难群体', beneficiaries: '低保、低边及临时困难家庭', target: '困难家庭', activity: '微心愿认领' },
  { label: '家门口的职教培训', field: '困难群体', beneficiaries: '有就业意愿的失业、待业居民', target: '待业居民', activity: '技能培训' },
  { label: '禁毒宣传进社区', field: '禁毒', beneficiaries: '社区居民及戒毒康复人员', target: '戒毒康复人员', activity: '禁毒宣传' },
  { label: '社区矫正对象帮扶', field: '司法矫正', beneficiaries: '社区矫正对象及其家庭', target: '社区矫正对象', activity: '个别帮教' },
  { label: '医务社工陪诊', field: '医务', beneficiaries: '就医不便的高龄老人和慢病患者', target: '就医不便的老人', activity: '陪诊' },
  { label: '校园心理支持', field: '学校', beneficiaries: '辖区中小学生及教师', target: '中小学生', activity: '心理团辅' },
  { label: '青少年成长营', field: '青少年', beneficiaries: '辖区青少年', target: '青少年', activity: '成长小组' },
  { label: '楼道议事会', field: '社区治理', beneficiaries: '社区居民、业委会和物业', target: '居民代表', activity: '议事协商' },
  { label: '防范电信诈骗宣传', field: '社区治理', beneficiaries: '社区老年居民', target: '老年居民', activity: '反诈宣讲' },
  { label: '新就业群体暖“新”驿站', field: '社区治理', beneficiaries: '快递员、外卖骑手等新就业群体', target: '快递员和外卖骑手', activity: '驿站服务' },
  { label: '“时间银行”志愿激励', field: '志愿服务', beneficiaries: '社区志愿者', target: '志愿者', activity: '志愿服务积分兑换' },
  { label: '“五车进社区”便民服务', field: '志愿服务', beneficiaries: '社区居民', target: '社区居民', activity: '义剪义诊' },
  { label: '腰鼓队孵化', field: '志愿服务', beneficiaries: '社区文艺爱好者', target: '腰鼓队队员', activity: '腰鼓排练' },
  { label: '新市民融入', field: '其他', beneficiaries: '新迁入社区的外来务工家庭', target: '新市民家庭', activity: '融入小组' },
]
