/** A realistic sample report for the docx renderer tests (and for looking at the output by eye). */
import type { FillColour, Report, TableRowSpec } from '../../../src/shared/reports/report-model'

/** A 2×2 RGB PNG (valid: signature, IHDR, IDAT, IEND with correct CRCs). */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGNwKTry//9/BggFADkHCO/KCQ3YAAAAAElFTkSuQmCC'

export function tinyPng(): Uint8Array {
  return Uint8Array.from(atob(TINY_PNG_BASE64), (c) => c.charCodeAt(0))
}

const PROJECTS: [string, string, number, FillColour][] = [
  ['林泉社区“共享儿女”', '养老', 92.4, '绿色'],
  ['福鼎社区中医理疗', '养老', 86.0, '蓝色'],
  ['古街社区助老送餐', '养老', 79.6, '黄色'],
  ['路东社区“安心合伙人”', '社区治理', 83.2, '蓝色'],
  ['双塔社区“非洲鼓文化共融计划”', '青少年', 71.5, '黄色'],
  ['德化“近邻圩日”', '社区治理', 58.0, '红色'],
  ['新港山路社区“青少年心理辅导”', '青少年', 90.0, '绿色'],
  ['新港山路社区“独居老人照护”', '养老', 88.5, '蓝色'],
]

const SUPERVISEES = ['陈晓雯', '刘思远', '王静怡', '赵一鸣', '孙佳琪', '周海涛', '吴欣然', '郑可心', '冯子豪', '何雨桐']
const MODES = ['个别督导', '团体督导', '朋辈督导', '现场督导', '线上督导']
const TOPICS = ['需求评估', '个案工作', '小组工作', '志愿者管理', '项目管理', '伦理困境', '情绪支持', '文书记录']

/** 60 session rows: the table runs over more than one page. */
export function sessionRows(count = 60): TableRowSpec[] {
  const rows: TableRowSpec[] = []
  for (let i = 0; i < count; i++) {
    const month = 1 + Math.floor(i / 20)
    const day = 1 + ((i * 7) % 28)
    rows.push([
      `DD-2025-${String(i + 1).padStart(4, '0')}`,
      `2025-0${month}-${String(day).padStart(2, '0')}`,
      MODES[i % MODES.length]!,
      SUPERVISEES[i % SUPERVISEES.length]!,
      PROJECTS[i % PROJECTS.length]![0],
      TOPICS[i % TOPICS.length]!,
      { text: (1 + (i % 4) * 0.5).toFixed(1), align: 'center' },
    ])
  }
  return rows
}

export function sampleReport(png: Uint8Array = tinyPng()): Report {
  return {
    title: '林泉社区“共享儿女”项目督导评估报告',
    subtitle: '（2025年第1季度）',
    meta: ['青岛市某高级社工师工作室　2025年4月8日'],
    author: '李明华',
    blocks: [
      { kind: 'heading', level: 1, text: '基本信息' },
      {
        kind: 'table',
        variant: 'form',
        caption: '项目基本信息',
        columns: [{ width: { mm: 26 } }, { width: { weight: 1 } }, { width: { mm: 26 } }, { width: { weight: 1 } }],
        rows: [
          [{ text: '项目名称', label: true }, { text: '林泉社区“共享儿女”为老服务项目', colSpan: 3 }],
          [{ text: '承接机构', label: true }, '某社会工作服务中心', { text: '服务领域', label: true }, '养老'],
          [{ text: '资金来源', label: true }, '政府购买服务', { text: '起止日期', label: true }, '2025-01-01 至 2025-12-31'],
          [{ text: '项目负责人', label: true }, '陈晓雯', { text: '评估人', label: true }, '李明华'],
          [{ text: '总分', label: true }, { text: '92.4', bold: true }, { text: '等级', label: true }, { text: '优秀', fill: '绿色' }],
          {
            cells: [{ text: '督导过程', label: true }, { text: '围绕独居老人需求清单的更新方式展开讨论。\n督导者示范了分级回访表的使用。', colSpan: 3 }],
            minHeightMm: 25,
          },
        ],
      },
      { kind: 'heading', level: 1, text: '指数得分' },
      { kind: 'heading', level: 2, text: '总体情况' },
      {
        kind: 'paragraph',
        runs: [
          '本季度项目共开展活动 36 场次，服务 1,284 人次，参与志愿者 58 人，累计志愿服务时长 412.5 小时。',
          { text: '总分 92.4 分，等级为绿色（优秀）。', bold: true },
          '服务对象满意率 98.6%，诉求办结率 85.4%，闭环处置率 83.7%。',
        ],
      },
      {
        kind: 'paragraph',
        runs: '项目依托“共享儿女”志愿者队伍，与社区卫生服务站、物业、辖区商户形成五社联动机制。\n第二段：志愿者按楼栋结对独居老人，每周上门探访不少于一次。',
      },
      {
        kind: 'table',
        caption: '各维度得分',
        columns: [
          { header: '维度', width: { weight: 2 } },
          { header: '指标', width: { weight: 3 } },
          { header: '权重', width: { weight: 1 }, align: 'center' },
          { header: '评分', width: { weight: 1 }, align: 'center' },
          { header: '得分', width: { weight: 1 }, align: 'center' },
          { header: '颜色', width: { weight: 2 } },
        ],
        rows: [
          [{ text: 'A 需求评估', rowSpan: 2 }, 'A1 需求调研', '8', '4', '6.4', { text: '', fill: '蓝色' }],
          ['A2 需求动态更新', '7', '3', '4.2', { text: '合格', fill: '黄色' }],
          ['B 项目设计', 'B1 目标与指标', '5', '5', '5.0', { text: '绿色 优秀', fill: '绿色' }],
          ['D 保障机制', 'D4 激励保障', '5', '2', '2.0', { text: '预警', fill: '红色' }],
        ],
      },
      { kind: 'paragraph', style: 'note', runs: '注：得分 = 权重 × 评分 ÷ 5；颜色按四色分级阈值。' },
      { kind: 'image', png, widthMm: 150, heightMm: 80, caption: '各维度得分率' },
      { kind: 'heading', level: 2, text: '督导开展情况' },
      {
        kind: 'table',
        caption: '本期督导记录',
        columns: [
          { header: '编号', width: { mm: 28 } },
          { header: '日期', width: { mm: 24 } },
          { header: '方式', width: { mm: 18 } },
          { header: '被督导者', width: { mm: 16 } },
          { header: '关联项目', width: { weight: 1 } },
          { header: '议题', width: { mm: 18 } },
          { header: '时长（小时）', width: { mm: 14 } },
        ],
        rows: sessionRows(60),
      },
      { kind: 'heading', level: 1, text: '存在问题与改进建议' },
      { kind: 'heading', level: 2, text: '存在问题' },
      { kind: 'paragraph', runs: '需求清单更新频次不足，部分楼栋的探访记录未及时归档。' },
      { kind: 'heading', level: 2, text: '改进建议' },
      { kind: 'heading', level: 3, text: '建立月度需求复盘机制' },
      { kind: 'paragraph', runs: '每月末由项目负责人组织一次需求复盘，更新需求清单并在督导中报告。' },
      { kind: 'spacer', heightPt: 28 },
      { kind: 'signatures', labels: ['督导者签名', '被督导者签名', '日期'] },
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, text: '附件', numbered: false },
      { kind: 'paragraph', runs: '附件：督导记录表（略）。' },
    ],
  }
}

/** A 督导记录表: one session as a form, follow-ups as a sub-table, compact signatures. */
export function sampleRecordForm(): Report {
  const label = (text: string) => ({ text, label: true })
  return {
    title: '督导记录表',
    meta: ['编号：DD-2025-0007'],
    blocks: [
      {
        kind: 'table',
        variant: 'form',
        columns: [{ width: { mm: 29 } }, { width: { weight: 1 } }, { width: { mm: 22 } }, { width: { weight: 1.15 } }],
        rows: [
          [label('督导日期'), '2025年3月15日', label('督导时间'), '14:00–16:00（120 分钟）'],
          [label('地点'), { text: '林泉社区党群服务中心', colSpan: 3 }],
          [label('督导方式'), '团体督导', label('督导功能'), '教育、支持'],
          [label('督导者'), '李明华', label('被督导者'), '陈晓雯、刘思远、王静怡'],
          [label('关联项目'), { text: '林泉社区“共享儿女”为老服务项目', colSpan: 3 }],
          [label('议题'), { text: '需求评估、志愿者管理、情绪支持', colSpan: 3 }],
          { cells: [label('被督导者提出的问题'), { text: '独居老人需求清单如何按轻重缓急分类？志愿者流失较多，如何稳定队伍？', colSpan: 3 }], minHeightMm: 14 },
          {
            cells: [
              label('督导过程'),
              {
                text: '1. 回顾上次督导跟进事项的完成情况。\n2. 社工分享三户独居老人的走访记录，督导者引导大家用需求评估框架重新梳理。\n3. 讨论志愿者激励方式，结合时间银行与积分制度。',
                colSpan: 3,
              },
            ],
            minHeightMm: 22,
          },
          { cells: [label('督导意见与建议'), { text: '建立需求分级台账，每月更新一次；志愿者实行楼栋结对，按季度表彰。', colSpan: 3 }], minHeightMm: 14 },
          { cells: [label('督导者反思'), { text: '本次讨论偏重技术，下次需留出时间处理社工的情绪压力。', colSpan: 3 }], minHeightMm: 14 },
          [label('风险/伦理提示'), { text: '关注：一户老人独居且有跌倒史，已提示联系家属。', colSpan: 3, fill: '黄色' }],
          [label('被督导者反馈'), '4 分（满分 5 分）', label('下次督导'), '2025年4月12日'],
        ],
      },
      {
        kind: 'table',
        caption: '跟进事项',
        captionNumbered: false,
        fontSizePt: 10.5,
        columns: [
          { header: '序号', width: { mm: 12 }, align: 'center' },
          { header: '内容', width: { weight: 1 } },
          { header: '负责人', width: { mm: 20 } },
          { header: '期限', width: { mm: 26 } },
          { header: '状态', width: { mm: 22 }, align: 'center' },
        ],
        rows: [
          ['1', '更新独居老人需求分级台账', '陈晓雯', '2025-03-31', '已完成'],
          ['2', '制定志愿者楼栋结对方案', '刘思远', '2025-04-10', '进行中'],
          ['3', '联系跌倒风险老人的家属', '王静怡', '2025-03-20', { text: '逾期', fill: '红色' }],
        ],
      },
      { kind: 'signatures', labels: ['督导者签名', '被督导者签名', '日期'], size: 'table', perRow: 3 },
    ],
  }
}
