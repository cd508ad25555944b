import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  A4_TWIPS,
  MARGINS_TWIPS,
  TEXT_WIDTH_TWIPS,
  mmToTwips,
  renderReport,
} from '../../../src/shared/reports/render-docx'
import type { Report } from '../../../src/shared/reports/report-model'
import { sampleRecordForm, sampleReport, tinyPng } from './sample-report'
import { docxText } from './docx-text'

type Unzipped = { zip: JSZip; document: string; styles: string; footer: string; contentTypes: string; rels: string }

async function unzip(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes)
  const read = async (path: string) => {
    const file = zip.file(path)
    if (!file) throw new Error(`missing ${path}`)
    return file.async('string')
  }
  const footerPath = Object.keys(zip.files).find((p) => /^word\/footer\d*\.xml$/.test(p))
  return {
    zip,
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    footer: footerPath ? await read(footerPath) : '',
    contentTypes: await read('[Content_Types].xml'),
    rels: await read('word/_rels/document.xml.rels'),
  }
}

/** The top-level tables of document.xml (the renderer never nests tables). */
function tables(xml: string): string[] {
  return xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
}
function rows(table: string): string[] {
  return table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []
}
function count(xml: string, pattern: RegExp): number {
  return (xml.match(pattern) ?? []).length
}
function gridCols(table: string): number[] {
  return [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
}
/** The plain text of every paragraph, in order. */
function paragraphTexts(xml: string): string[] {
  return (xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    docxText(p),
  )
}
/** The paragraph (<w:p>…</w:p>) whose text is exactly `text`. */
function paragraphWithText(xml: string, text: string): string | undefined {
  return (xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).find(
    (p) => docxText(p) === text,
  )
}

describe('renderReport (windows fonts)', () => {
  let bytes: Uint8Array
  let doc: Unzipped

  beforeAll(async () => {
    bytes = await renderReport(sampleReport(), { fontSet: 'windows' })
    doc = await unzip(bytes)
  })

  it('returns the bytes of a zip package', () => {
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(bytes[0]).toBe(0x50) // P
    expect(bytes[1]).toBe(0x4b) // K
  })

  it('writes the texts of the report', () => {
    for (const text of [
      '林泉社区“共享儿女”项目督导评估报告',
      '（2025年第1季度）',
      '青岛市某高级社工师工作室',
      '某社会工作服务中心',
      '总分 92.4 分，等级为绿色（优秀）。',
      'DD-2025-0001',
      'DD-2025-0060',
      '注：得分 = 权重 × 评分 ÷ 5；颜色按四色分级阈值。',
    ]) {
      expect(docxText(doc.document)).toContain(text)
    }
  })

  it('numbers the headings from their order', () => {
    const texts = paragraphTexts(doc.document)
    const headings = paragraphTexts(
      (doc.document.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading[123]"\/>[\s\S]*?<\/w:p>/g) ?? []).join(''),
    )
    expect(headings).toEqual([
      '一、基本信息',
      '二、指数得分',
      '（一）总体情况',
      '（二）督导开展情况',
      '三、存在问题与改进建议',
      '（一）存在问题',
      '（二）改进建议',
      '1.建立月度需求复盘机制',
      '附件',
    ])
    // An unnumbered heading keeps its bare text.
    expect(texts).toContain('附件')
    expect(doc.document).not.toContain('四、附件')
  })

  it('uses named paragraph styles', () => {
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'TableText', 'Caption', 'Footer']) {
      expect(doc.styles).toContain(`w:styleId="${id}"`)
    }
    expect(paragraphWithText(doc.document, '一、基本信息')).toContain('<w:pStyle w:val="Heading1"/>')
    expect(paragraphWithText(doc.document, '（一）总体情况')).toContain('<w:pStyle w:val="Heading2"/>')
    expect(paragraphWithText(doc.document, '林泉社区“共享儿女”项目督导评估报告')).toContain('<w:pStyle w:val="Title"/>')
  })

  it('lays out the styles after GB/T 9704', () => {
    const style = (id: string) => doc.styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? ''
    // Body: 16 pt, fixed 28 pt lines, first-line indent of two characters.
    expect(style('Normal')).toContain('<w:sz w:val="32"/>')
    expect(style('Normal')).toMatch(/w:line="560" w:lineRule="exact"/)
    expect(style('Normal')).toMatch(/w:firstLine="640" w:firstLineChars="200"/)
    // Title 22 pt centred.
    expect(style('Title')).toContain('<w:sz w:val="44"/>')
    expect(style('Title')).toContain('<w:jc w:val="center"/>')
    // Headings 16 pt, kept with the next paragraph.
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      expect(style(id)).toContain('<w:sz w:val="32"/>')
      expect(style(id)).toContain('<w:keepNext/>')
    }
    expect(style('Heading1')).toContain('w:eastAsia="SimHei"')
    expect(style('Heading2')).toContain('w:eastAsia="KaiTi"')
    // Tables: 宋体 10.5 pt, single spacing, no indent.
    expect(style('TableText')).toContain('w:eastAsia="SimSun"')
    expect(style('TableText')).toContain('<w:sz w:val="21"/>')
    expect(style('TableText')).toMatch(/w:line="240" w:lineRule="auto"/)
    expect(style('TableText')).toMatch(/w:firstLine="0"/)
  })

  it('sets zh-CN as the East Asian language and FangSong as the default font', () => {
    const defaults = doc.styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? ''
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/)
    expect(defaults).toContain('w:eastAsia="FangSong"')
  })

  it('sets ascii, hAnsi, eastAsia and cs fonts on every run', () => {
    const runFonts = [...doc.document.matchAll(/<w:rFonts [^>]*\/>/g)].map((m) => m[0])
    expect(runFonts.length).toBeGreaterThan(100)
    for (const tag of runFonts) {
      const names = ['ascii', 'hAnsi', 'eastAsia', 'cs'].map((a) => tag.match(new RegExp(`w:${a}="([^"]*)"`))?.[1])
      expect(names.every((n) => n !== undefined && n.length > 0 && n.length <= 31), tag).toBe(true)
      expect(new Set(names).size, tag).toBe(1)
    }
    // Each run outside a paragraph mark carries fonts.
    const runs = doc.document.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []
    for (const run of runs.filter((r) => r.includes('<w:t'))) expect(run).toContain('<w:rFonts ')

    expect(paragraphWithText(doc.document, '一、基本信息')).toContain('w:eastAsia="SimHei"')
    expect(paragraphWithText(doc.document, '（一）总体情况')).toContain('w:eastAsia="KaiTi"')
    expect(paragraphWithText(doc.document, '需求清单更新频次不足，部分楼栋的探访记录未及时归档。')).toContain('w:eastAsia="FangSong"')
    expect(paragraphWithText(doc.document, 'DD-2025-0001')).toContain('w:eastAsia="SimSun"')
    expect(paragraphWithText(doc.document, '林泉社区“共享儿女”项目督导评估报告')).toContain('w:eastAsia="SimHei"')
  })

  it('sets an A4 page with the GB/T 9704 margins in twips', () => {
    expect(A4_TWIPS).toEqual({ width: 11906, height: 16838 })
    expect(MARGINS_TWIPS).toEqual({
      top: Math.round((37 * 1440) / 25.4),
      bottom: Math.round((35 * 1440) / 25.4),
      left: Math.round((28 * 1440) / 25.4),
      right: Math.round((26 * 1440) / 25.4),
    })
    expect(MARGINS_TWIPS).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 })
    expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    const pgMar = doc.document.match(/<w:pgMar [^>]*\/>/)?.[0] ?? ''
    expect(pgMar).toContain('w:top="2098"')
    expect(pgMar).toContain('w:bottom="1984"')
    expect(pgMar).toContain('w:left="1587"')
    expect(pgMar).toContain('w:right="1474"')
  })

  it('puts "— N —" page numbers in the footer', () => {
    expect(doc.document).toMatch(/<w:footerReference w:type="default"/)
    expect(doc.footer).toContain('— ')
    expect(doc.footer).toContain(' —')
    expect(doc.footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
    expect(doc.footer).toContain('<w:fldChar w:fldCharType="begin"/>')
    expect(doc.footer).toContain('<w:pStyle w:val="Footer"/>')
    expect(doc.footer).toContain('w:eastAsia="SimSun"')
  })

  it('gives every table explicit DXA widths that sum to the text width', () => {
    expect(TEXT_WIDTH_TWIPS).toBe(11906 - 1587 - 1474)
    const all = tables(doc.document)
    expect(all.length).toBe(4) // form, scores, sessions, signatures
    for (const table of all) {
      expect(table).toContain(`<w:tblW w:type="dxa" w:w="${TEXT_WIDTH_TWIPS}"/>`)
      expect(table).toContain('<w:tblLayout w:type="fixed"/>')
      expect(gridCols(table).reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_TWIPS)
      // Every cell has a DXA width.
      expect(count(table, /<w:tc>/g)).toBe(count(table, /<w:tcW w:type="dxa" w:w="\d+"\/>/g))
    }
  })

  it('renders a 60-row table with a repeated header row and rows that do not split', () => {
    const sessions = tables(doc.document).find((t) => docxText(t).includes('DD-2025-0001'))!
    expect(sessions).toBeDefined()
    const trs = rows(sessions)
    expect(trs.length).toBe(61)
    expect(gridCols(sessions).length).toBe(7)
    // 28 mm, or wider when the codes need more (they never wrap).
    expect(gridCols(sessions)[0]).toBeGreaterThanOrEqual(mmToTwips(28))
    expect(trs[0]).toContain('<w:tblHeader/>')
    expect(trs[0]).toContain('编号')
    expect(count(sessions, /<w:tblHeader\/>/g)).toBe(1)
    for (const tr of trs) {
      expect(tr).toContain('<w:cantSplit/>')
      expect(count(tr, /<w:tc>/g)).toBe(7)
    }
  })

  it('merges cells with rowSpan and colSpan', () => {
    const scores = tables(doc.document).find((t) => t.includes('A 需求评估'))!
    expect(count(scores, /<w:vMerge w:val="restart"\/>/g)).toBe(1)
    expect(count(scores, /<w:vMerge(?: w:val="continue")?\/>/g)).toBe(1)
    // Header + 4 rows; the continued row still has one cell per column.
    const trs = rows(scores)
    expect(trs.length).toBe(5)
    expect(count(trs[2]!, /<w:tc>/g)).toBe(6)
    const form = tables(doc.document).find((t) => t.includes('项目名称'))!
    expect(form).toContain('<w:gridSpan w:val="3"/>')
  })

  it('renders the form variant as a label/value grid without header row', () => {
    const form = tables(doc.document).find((t) => t.includes('项目名称'))!
    expect(form).not.toContain('<w:tblHeader/>')
    expect(gridCols(form).length).toBe(4)
    expect(rows(form).length).toBe(6)
    const labelCell = form.match(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*?项目名称[\s\S]*?<\/w:tc>/)?.[0] ?? ''
    expect(labelCell).toContain('w:fill="F2F2F2"')
    expect(labelCell).toContain('<w:b/>')
    // Forms use 12 pt.
    expect(labelCell).toContain('<w:sz w:val="24"/>')
    // minHeightMm → at-least row height; the two lines of 督导过程 are two paragraphs.
    expect(form).toContain(`<w:trHeight w:val="${mmToTwips(25)}" w:hRule="atLeast"/>`)
    expect(form).toContain('围绕独居老人需求清单的更新方式展开讨论。</w:t>')
    expect(form).toContain('督导者示范了分级回访表的使用。</w:t>')
  })

  it('fills colour cells lightly and names the colour in the cell', () => {
    expect(doc.document).toContain('w:fill="DDEBF7"')
    expect(doc.document).toContain('w:fill="FFF2CC"')
    expect(doc.document).toContain('w:fill="E2F0D9"')
    expect(doc.document).toContain('w:fill="F8CBAD"')
    const cellOf = (fill: string) =>
      (doc.document.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).filter((c) => c.includes(`w:fill="${fill}"`)).map((c) => paragraphTexts(c).join(''))
    expect(cellOf('DDEBF7')).toEqual(['蓝色'])
    expect(cellOf('FFF2CC')).toEqual(['黄色 合格'])
    expect(cellOf('E2F0D9')).toEqual(['绿色 优秀', '绿色 优秀'])
    expect(cellOf('F8CBAD')).toEqual(['红色 预警'])
  })

  it('numbers table and figure captions and keeps table captions with their table', () => {
    const texts = paragraphTexts(doc.document)
    expect(texts).toContain('表1　项目基本信息')
    expect(texts).toContain('表2　各维度得分')
    expect(texts).toContain('表3　本期督导记录')
    expect(texts).toContain('图1　各维度得分率')
    expect(paragraphWithText(doc.document, '表3　本期督导记录')).toContain('<w:keepNext/>')
  })

  it('embeds the PNG with its type', async () => {
    const media = Object.keys(doc.zip.files).filter((p) => p.startsWith('word/media/'))
    expect(media.length).toBe(1)
    expect(media[0]).toMatch(/^word\/media\/[^/]+\.png$/)
    expect(doc.contentTypes).toMatch(/<Default ContentType="image\/png" Extension="png"\/>|Extension="png"[^>]*ContentType="image\/png"/)
    expect(doc.rels).toMatch(/Target="media\/[^"]+\.png"/)
    const stored = await doc.zip.file(media[0]!)!.async('uint8array')
    expect(Array.from(stored)).toEqual(Array.from(tinyPng()))
    // 150 mm × 80 mm at 914400 EMU per inch.
    expect(doc.document).toMatch(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/)
    const [, cx, cy] = doc.document.match(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/)!
    expect(Math.abs(Number(cx) / 36000 - 150)).toBeLessThan(0.5)
    expect(Math.abs(Number(cy) / 36000 - 80)).toBeLessThan(0.5)
    expect(doc.document).toContain('descr="各维度得分率"')
  })

  it('writes signature lines', () => {
    const texts = paragraphTexts(doc.document)
    expect(texts).toContain('督导者签名：')
    expect(texts).toContain('被督导者签名：')
    expect(texts).toContain('日期：')
    expect(texts.some((t) => /^年　+月　+日$/.test(t))).toBe(true)
    const signatureTable = tables(doc.document).find((t) => t.includes('督导者签名：'))!
    expect(signatureTable).toContain('<w:tblBorders><w:top w:val="none"')
    expect(signatureTable).toMatch(/<w:bottom w:val="single"/)
  })

  it('starts the block after a page break on a new page', () => {
    expect(paragraphWithText(doc.document, '附件')).toContain('<w:pageBreakBefore/>')
    expect(count(doc.document, /<w:pageBreakBefore\/>/g)).toBe(1)
  })
})

describe('renderReport (official fonts)', () => {
  it('uses the 公文 font names', async () => {
    const doc = await unzip(await renderReport(sampleReport(), { fontSet: 'official' }))
    expect(paragraphWithText(doc.document, '林泉社区“共享儿女”项目督导评估报告')).toContain('w:eastAsia="方正小标宋简体"')
    expect(paragraphWithText(doc.document, '一、基本信息')).toContain('w:eastAsia="黑体"')
    expect(paragraphWithText(doc.document, '（一）总体情况')).toContain('w:eastAsia="楷体_GB2312"')
    expect(paragraphWithText(doc.document, '需求清单更新频次不足，部分楼栋的探访记录未及时归档。')).toContain('w:eastAsia="仿宋_GB2312"')
    expect(paragraphWithText(doc.document, 'DD-2025-0001')).toContain('w:eastAsia="宋体"')
    expect(doc.styles).toContain('w:eastAsia="仿宋_GB2312"')
  })
})

describe('renderReport edge cases', () => {
  const base: Report = { title: '测试', blocks: [] }

  it('renders a report with only a title, defaulting to the Windows fonts', async () => {
    const doc = await unzip(await renderReport(base))
    expect(paragraphTexts(doc.document)).toContain('测试')
    expect(doc.document).toContain('w:eastAsia="SimHei"')
  })

  it('splits multi-line text into paragraphs and removes characters Word cannot open', async () => {
    const doc = await unzip(
      await renderReport({
        ...base,
        blocks: [{ kind: 'paragraph', runs: '第一行\u000B第二行\u0001\n\n第三行' }],
      }),
    )
    const texts = paragraphTexts(doc.document)
    expect(texts).toContain('第一行')
    expect(texts).toContain('第二行')
    expect(texts).toContain('第三行')
    // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what this test looks for
    expect(doc.document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
  })

  it('restarts level-2 numbering under each level-1 heading', async () => {
    const doc = await unzip(
      await renderReport({
        ...base,
        blocks: [
          { kind: 'heading', level: 1, text: '甲' },
          { kind: 'heading', level: 2, text: '子' },
          { kind: 'heading', level: 2, text: '丑' },
          { kind: 'heading', level: 1, text: '乙' },
          { kind: 'heading', level: 2, text: '寅' },
          ...Array.from({ length: 9 }, (_, i) => ({ kind: 'heading' as const, level: 1 as const, text: `第${i + 3}` })),
        ],
      }),
    )
    const texts = paragraphTexts(doc.document)
    expect(texts).toEqual(expect.arrayContaining(['一、甲', '（一）子', '（二）丑', '二、乙', '（一）寅', '十一、第11']))
  })

  it('pads short rows and rejects rows wider than the table', async () => {
    const doc = await unzip(
      await renderReport({
        ...base,
        blocks: [{ kind: 'table', columns: [{ header: 'A' }, { header: 'B' }, { header: 'C' }], rows: [['1']] }],
      }),
    )
    const table = tables(doc.document)[0]!
    expect(count(rows(table)[1]!, /<w:tc>/g)).toBe(3)
    await expect(
      renderReport({ ...base, blocks: [{ kind: 'table', columns: [{ header: 'A' }], rows: [['1', '2']] }] }),
    ).rejects.toThrow(/多于/)
  })

  it('rejects image bytes that are not a PNG', async () => {
    await expect(
      renderReport({ ...base, blocks: [{ kind: 'image', png: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), widthMm: 10, heightMm: 10 }] }),
    ).rejects.toThrow(/PNG/)
  })

  it('shrinks an image wider than the text block', async () => {
    const doc = await unzip(
      await renderReport({ ...base, blocks: [{ kind: 'image', png: tinyPng(), widthMm: 312, heightMm: 100 }] }),
    )
    const [, cx, cy] = doc.document.match(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/)!
    const textWidthMm = (TEXT_WIDTH_TWIPS * 25.4) / 1440
    expect(Number(cx) / 36000).toBeLessThanOrEqual(textWidthMm + 0.3)
    expect(Math.abs(Number(cx) / Number(cy) - 3.12)).toBeLessThan(0.02)
  })

  it('puts a page break before a table through a paragraph of its own', async () => {
    const doc = await unzip(
      await renderReport({
        ...base,
        blocks: [{ kind: 'paragraph', runs: '前' }, { kind: 'pageBreak' }, { kind: 'table', columns: [{ header: 'A' }], rows: [['1']] }],
      }),
    )
    const breakAt = doc.document.indexOf('<w:pageBreakBefore/>')
    expect(breakAt).toBeGreaterThan(doc.document.indexOf('前'))
    expect(breakAt).toBeLessThan(doc.document.indexOf('<w:tbl>'))
  })

  it('lays out signatures for a form in 宋体 12 pt, several to a row', async () => {
    const doc = await unzip(
      await renderReport({ ...base, blocks: [{ kind: 'signatures', labels: ['督导者签名', '被督导者签名', '日期'], size: 'table' }] }),
    )
    const table = tables(doc.document)[0]!
    expect(rows(table).length).toBe(2)
    expect(table).toContain('w:eastAsia="SimSun"')
    expect(table).toContain('<w:sz w:val="24"/>')
  })
})

describe('督导记录表 sample', () => {
  it('renders the form, an unnumbered follow-up table and three signatures on one row', async () => {
    const doc = await unzip(await renderReport(sampleRecordForm()))
    const texts = paragraphTexts(doc.document)
    expect(texts).toContain('跟进事项')
    expect(texts.some((t) => t.startsWith('表1'))).toBe(false)
    expect(texts).toContain('黄色 关注：一户老人独居且有跌倒史，已提示联系家属。')
    const all = tables(doc.document)
    expect(all.length).toBe(3)
    const signature = all[2]!
    expect(rows(signature).length).toBe(1)
    expect(gridCols(signature).length).toBe(6)
    // The date line is wider than the name lines so a year fits before 年.
    const cols = gridCols(signature)
    expect(cols[5]!).toBeGreaterThan(cols[1]!)
  })
})

describe('signature lines never stand alone on a page', () => {
  it('keeps the last line of the preceding paragraph, and the spacer, with the signatures', async () => {
    const report: Report = {
      title: '测试报告',
      blocks: [
        { kind: 'paragraph', runs: '第一段不需要跟随签名。' },
        { kind: 'paragraph', runs: '改进建议的第一行。\n改进建议的最后一行。' },
        { kind: 'spacer', heightPt: 20 },
        { kind: 'signatures', labels: ['评估人', '工作室负责人', '日期'] },
      ],
    }
    const { document } = await unzip(await renderReport(report))
    expect(paragraphWithText(document, '改进建议的最后一行。')).toContain('<w:keepNext/>')
    expect(paragraphWithText(document, '改进建议的第一行。')).not.toContain('<w:keepNext/>')
    expect(paragraphWithText(document, '第一段不需要跟随签名。')).not.toContain('<w:keepNext/>')
  })

  it('keeps the last row of a preceding table with the signatures', async () => {
    const report: Report = {
      title: '测试报告',
      blocks: [
        { kind: 'table', columns: [{ header: '内容' }], rows: [['第一行'], ['最后一行']] },
        { kind: 'signatures', labels: ['被督导者签名', '日期'] },
      ],
    }
    const { document } = await unzip(await renderReport(report))
    const body = rows(tables(document)[0]!)
    expect(body.at(-1)).toContain('<w:keepNext/>')
    expect(body[1]).not.toContain('<w:keepNext/>')
  })
})
