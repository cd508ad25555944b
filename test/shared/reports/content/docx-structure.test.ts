/**
 * The four reports through the real renderer: unzip the .docx and check the text, the tables
 * (rows × columns), the East-Asian font on every run, the page setup and the embedded charts.
 */
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { A4_TWIPS, MARGINS_TWIPS, renderReport } from '../../../../src/shared/reports/render-docx'
import type { Report } from '../../../../src/shared/reports/report-model'
import {
  buildProjectReport,
  buildSessionRecord,
  buildStudioSummary,
  buildSuperviseeArchive,
  type ChartImages,
} from '../../../../src/shared/reports/content'
import { generateSampleData } from '../../../../src/shared/sample/generator'
import { generateSampleAssessments } from '../../../../src/shared/sample/sample-assessments'
import { tinyPng } from '../sample-report'
import * as F from './fixture'
import { archiveInput, projectReportInput, sessionRecordInput, studioSummaryInput } from './inputs'
import { docxText } from '../docx-text'

interface Docx {
  zip: JSZip
  document: string
  text: string
}

async function open(report: Report, fontSet: 'windows' | 'official' = 'windows'): Promise<Docx> {
  const bytes = await renderReport(report, { fontSet })
  const zip = await JSZip.loadAsync(bytes)
  const document = await zip.file('word/document.xml')!.async('string')
  const text = docxText(document)
  return { zip, document, text }
}

/** Top-level tables with their rows' texts and their grid. */
function tables(document: string): { rows: string[][]; grid: number[] }[] {
  return (document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((t) => ({
    grid: [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
    rows: (t.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) =>
        docxText(cell),
      ),
    ),
  }))
}

function tableStartingWith(doc: Docx, firstCell: string) {
  const found = tables(doc.document).find((t) => t.rows[0]?.[0] === firstCell)
  if (!found) throw new Error(`no table starting with ${firstCell}`)
  return found
}

/** Every run's fonts: the eastAsia font is set, and equals ascii/hAnsi. */
function runFonts(document: string): { eastAsia: string; ascii: string }[] {
  return [...document.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)]
    .map((m) => /<w:rFonts ([^>]*)\/>/.exec(m[0])?.[1] ?? '')
    .filter((attrs) => attrs !== '')
    .map((attrs) => ({
      eastAsia: /w:eastAsia="([^"]*)"/.exec(attrs)?.[1] ?? '',
      ascii: /w:ascii="([^"]*)"/.exec(attrs)?.[1] ?? '',
    }))
}

const png = (): ChartImages[string] => ({ png: tinyPng(), widthMm: 150, heightMm: 70 })

describe('the four reports as .docx', () => {
  let session: Docx
  let project: Docx
  let summary: Docx
  let archive: Docx

  beforeAll(async () => {
    session = await open(
      buildSessionRecord(sessionRecordInput('s2')),
    )
    project = await open(
      buildProjectReport(
        projectReportInput(),
        { radar: png(), trend: png() },
      ),
    )
    summary = await open(
      buildStudioSummary(
        studioSummaryInput(),
        { months: png(), modes: png(), colours: png(), ranking: png() },
      ),
      'official',
    )
    archive = await open(
      buildSuperviseeArchive(archiveInput('pa', '2025H1')),
    )
  })

  it('督导记录表: the form, the follow-ups table and the signature lines', () => {
    expect(session.text).toContain('督导记录表')
    const form = tableStartingWith(session, '工作室')
    expect(form.grid).toHaveLength(4)
    expect(form.rows).toHaveLength(14)
    expect(form.rows[2]).toEqual(['时间', '14:00—16:30（2.5 小时）', '地点', '古街社区党群服务中心'])
    expect(form.rows[5]).toEqual(['关联项目', '古街社区助老送餐服务项目、林泉社区“共享儿女”服务项目'])
    const followUps = tableStartingWith(session, '序号')
    expect(followUps.grid).toHaveLength(5)
    expect(followUps.rows).toEqual([
      ['序号', '跟进事项', '负责人', '期限', '完成情况'],
      ['1', '组织一次志愿者沟通技巧培训', '李若鹏', '2025-05-31', '待办，逾期 45 天'],
      ['2', '补齐五月个案记录', '谢国铭', '2025-06-10', '已完成 2025-07-02'],
    ])
    expect(session.text).toContain('督导者签名：')
    expect(session.text).toContain('被督导者签名：')
    expect(session.text).toContain('日期：')
    // Label cells are shaded; the header row repeats on each page.
    expect(session.document).toContain('w:fill="F2F2F2"')
    expect(session.document).toContain('<w:tblHeader/>')
  })

  it('项目督导评估报告: indicator table 6 × 17, the colour fill, both charts embedded as PNG', async () => {
    expect(project.text).toContain('古街社区助老送餐服务项目督导评估报告')
    expect(project.text).toContain('本期总分 79.6 分，等级为红色（预警），较2025年第1季度（80.0 分，蓝色）下降 0.4 分。')
    const scores = tableStartingWith(project, '维度')
    expect(scores.grid).toHaveLength(6)
    expect(scores.rows).toHaveLength(17) // header + 15 indicators + 合计
    expect(scores.rows[0]).toEqual(['维度', '指标', '权重', '评分', '得分', '评分依据'])
    expect(scores.rows[16]).toEqual(['合计', '100', '', '79.6', '红色 预警'])
    expect(project.document).toContain('w:fill="F8CBAD"') // 红色 print fill
    expect(project.document).toContain('<w:vMerge w:val="restart"/>')
    // Two pictures in the text (the test PNGs are identical bytes, so docx stores the media once).
    expect(project.document.match(/<w:drawing>/g)).toHaveLength(2)
    const media = Object.keys(project.zip.files).filter((p) => p.startsWith('word/media/'))
    expect(media.length).toBeGreaterThan(0)
    expect(media.every((p) => p.endsWith('.png'))).toBe(true)
    expect(await project.zip.file('[Content_Types].xml')!.async('string')).toContain('Extension="png"')
    expect(project.text).toContain('图1　各维度得分率（实线：2025年第2季度；虚线：2025年第1季度）')
    expect(project.text).toContain('图2　历次评估总分趋势')
  })

  it('工作室督导工作总结: sentences, the project table and four charts, in the official fonts', () => {
    expect(summary.text).toContain('本季度共开展督导 3 次，累计 5.0 小时，覆盖被督导者 2 人')
    const ranking = tableStartingWith(summary, '排名')
    expect(ranking.grid).toHaveLength(7)
    expect(ranking.rows.slice(1)).toEqual([
      ['1', '林泉社区“共享儿女”服务项目', '100.0', '绿色 优秀', '—', '2', '3.5'],
      ['2', '古街社区助老送餐服务项目', '79.6', '红色 预警', '↓ 0.4', '2', '4.0'],
      ['—', '福鼎社区中医理疗项目', '—', '未评估', '—', '0', '0.0'],
    ])
    expect(summary.document.match(/<w:drawing>/g)).toHaveLength(4)
    const fonts = new Set(runFonts(summary.document).map((f) => f.eastAsia))
    expect(fonts.has('仿宋_GB2312')).toBe(true)
    expect(fonts.has('宋体')).toBe(true)
  })

  it('被督导者督导档案: the sessions table, two lines in the code cell', () => {
    const list = tableStartingWith(archive, '编号与日期')
    expect(list.grid).toHaveLength(6)
    expect(list.rows).toHaveLength(4)
    expect(list.rows[1]).toEqual(['DD-2025-00042025-03-18', '个别督导', '刘辉', '古街社区助老送餐服务项目', '情绪支持', '2.0'])
    expect(archive.text).toContain('2025年上半年共接受督导 3 次，累计 6.0 小时')
  })

  it('every report: A4 with the GB/T 9704 margins, and an East-Asian font on every run', () => {
    for (const doc of [session, project, summary, archive]) {
      expect(doc.document).toContain(`<w:pgSz w:w="${A4_TWIPS.width}" w:h="${A4_TWIPS.height}"`)
      expect(doc.document).toContain(`w:top="${MARGINS_TWIPS.top}"`)
      expect(doc.document).toContain(`w:left="${MARGINS_TWIPS.left}"`)
      const runs = runFonts(doc.document)
      expect(runs.length).toBeGreaterThan(20)
      for (const r of runs) {
        expect(r.eastAsia).not.toBe('')
        expect(r.eastAsia).toBe(r.ascii)
      }
    }
    expect(new Set(runFonts(session.document).map((f) => f.eastAsia))).toEqual(new Set(['SimHei', 'SimSun']))
  })

  it('every table has explicit column widths that fill the text width', () => {
    for (const doc of [session, project, summary, archive]) {
      for (const t of tables(doc.document)) {
        expect(t.grid.every((w) => w > 0)).toBe(true)
        expect(t.grid.reduce((a, b) => a + b, 0)).toBe(8845)
      }
    }
  })
})

describe('reports from the sample data', () => {
  it('render for every project and period the sample assesses, with no empty section', async () => {
    const today = '2025-07-15'
    const data = generateSampleData({ seed: 7, today })
    const { framework, assessments } = generateSampleAssessments(data, { frameworkId: 'fw', today, seed: 7 })
    let rendered = 0
    for (const a of assessments.slice(0, 6)) {
      const project = data.projects.find((p) => p.id === a.projectId)!
      const sessions = data.sessions.filter((s) => s.projectIds.includes(project.id))
      const report = buildProjectReport({
        project,
        period: a.period,
        assessment: a,
        frameworks: [framework],
        assessments,
        sessions,
        followUps: data.followUps,
        progress: data.progress,
        persons: data.persons,
        studio: F.STUDIO,
        hoursPerMonth: 2,
        overdueDropDays: 30,
      })
      report.blocks.forEach((b, i) => {
        if (b.kind !== 'heading') return
        const next = report.blocks[i + 1]
        expect(next && (next.kind !== 'heading' || next.level > b.level)).toBe(true)
      })
      const doc = await open(report)
      expect(doc.text).toContain(`本期总分 ${(a.totalTenths! / 10).toFixed(1)} 分，等级为${a.colour}（${a.grade}）`)
      rendered += 1
    }
    expect(rendered).toBe(6)
  })
})
