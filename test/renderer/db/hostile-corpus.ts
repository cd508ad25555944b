/**
 * The hostile-input corpus: backup files and workbooks a studio's computer may meet — damaged,
 * hand-edited, written by a laptop with a wrong clock, or built to hurt — each with the exact
 * Chinese sentence the app must answer with. Generated, not stored: every case is a small edit
 * of one valid file, so what it tests is plain from its name and its edit.
 */
import JSZip from 'jszip'
import ExcelJS from 'exceljs'
import { encryptBackup, MANIFEST_NAME, sha256Hex, writeBackup, type BackupManifest } from '@shared/backup'
import { TABLE_LABELS, type BackupTable } from '@shared/model/stored'
import { describeRecord } from '@shared/model/record-labels'
import { generateSampleData } from '@shared/sample/generator'
import { generateSampleAssessments } from '@shared/sample/sample-assessments'
import { DEFAULT_FRAMEWORK_ID } from '@renderer/db/frameworks'
import { SCHEMA_VERSION } from '@renderer/db/schema'
import { NO_HEADER_MESSAGE } from '@renderer/db/excel-import'
import { makeXlsx } from '../../shared/excel/xlsx'

/** The clock of the laptop that opens the corpus (the data layer's clock is pinned to it). */
export const CORPUS_NOW = new Date('2025-07-20T02:00:00.000Z')
const CREATED = '2025-07-16T01:00:00.000Z'

export interface HostileCase {
  name: string
  bytes: Uint8Array
  /** What the app says, word for word. */
  message: string
}

type Rows = Record<string, unknown>[]
type Tables = Record<BackupTable, Rows>

/** A valid studio: the sample data, its assessments and framework, a revision, a draft and an open conflict. */
function baseTables(): Tables {
  const data = generateSampleData({ seed: 22, today: '2025-07-15', persons: 8, projects: 3, sessions: 12 })
  const sample = generateSampleAssessments(data, { frameworkId: DEFAULT_FRAMEWORK_ID, today: '2025-07-15', seed: 22 })
  const session = data.sessions[0]!
  const at = '2025-07-15T03:00:00.000Z'
  return {
    settings: [{ key: 'studio', value: { name: '林泉高级社工师工作室', lead: '', unit: '', address: '', phone: '' }, updatedAt: at }],
    persons: data.persons as unknown as Rows,
    projects: data.projects as unknown as Rows,
    progress: data.progress as unknown as Rows,
    sessions: data.sessions as unknown as Rows,
    followUps: data.followUps as unknown as Rows,
    frameworks: [sample.framework] as unknown as Rows,
    assessments: sample.assessments as unknown as Rows,
    revisions: [{ id: 'rev-1', entity: 'session', recordId: session.id, at, by: '周晓岚', action: '定稿', reason: '', changes: [] }],
    drafts: [{ id: `session:${session.id}`, kind: 'session', recordId: session.id, data: { process: '未保存的一段' }, updatedAt: at }],
    conflicts: [
      {
        id: 'conflict-1', table: 'sessions', recordId: session.id, title: String(session.code), source: '合并导入', peer: '另一台电脑',
        reason: '两台电脑都修改了这条记录', at, provisional: 'local', fields: [{ field: 'advice', label: '督导意见与建议', local: '甲', remote: '乙' }],
        resolved: 0, resolvedAt: null, resolvedBy: '',
      },
    ],
    agreements: data.agreements as unknown as Rows,
  }
}

const meta = { appVersion: '0.1.0', schemaVersion: SCHEMA_VERSION, deviceId: 'laptop-hostile', studioName: '林泉高级社工师工作室', createdAt: CREATED }

/** A valid backup of `tables`, then `edit` on its zip and manifest (checksums fixed only where `fix`). */
async function backup(tables: Tables, edit?: (zip: JSZip, manifest: BackupManifest) => Promise<void> | void): Promise<Uint8Array> {
  const bytes = await writeBackup({ ...meta, tables })
  if (!edit) return bytes
  const zip = await JSZip.loadAsync(bytes)
  const manifest = JSON.parse(await zip.file(MANIFEST_NAME)!.async('string')) as BackupManifest
  await edit(zip, manifest)
  if (zip.file(MANIFEST_NAME)) zip.file(MANIFEST_NAME, JSON.stringify(manifest))
  return zip.generateAsync({ type: 'uint8array' })
}

/** Replaces a part with these bytes, checksum and count made to match: only the content is wrong. */
async function setPart(zip: JSZip, manifest: BackupManifest, table: BackupTable, text: string, count?: number) {
  const data = new TextEncoder().encode(text)
  zip.file(`tables/${table}.json`, data)
  manifest.sha256[`tables/${table}.json`] = await sha256Hex(data)
  if (count !== undefined) manifest.counts[table] = count
}

const clone = (t: Tables): Tables => structuredClone(t)
const name = (table: BackupTable, record: unknown) => `${TABLE_LABELS[table]}“${describeRecord(table, record)}”`
const MISSING = '00000000-dead-4bad-8bad-000000000000'
const DAMAGED = '文件可能被改动或损坏，未导入任何数据。'

/** 2099-01-01 08:00 in this machine's time zone, as the messages write times. */
function local(iso: string): string {
  const d = new Date(iso)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

/** A JSON object `depth` levels deep, written as text (JSON.stringify would recurse). */
const deepJson = (depth: number) => `${'{"层":'.repeat(depth)}1${'}'.repeat(depth)}`

export async function hostileBackups(): Promise<HostileCase[]> {
  const base = baseTables()
  const cases: HostileCase[] = []
  const add = (name: string, bytes: Uint8Array, message: string) => cases.push({ name, bytes, message })
  const notOurs = '所选文件不是本软件的备份文件（.sgbak），无法打开。'

  // Not a backup at all.
  add('an empty file', new Uint8Array(0), notOurs)
  add('random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251), notOurs)
  add('a zip signature with garbage after it', Uint8Array.from([0x50, 0x4b, 3, 4, ...Array.from({ length: 200 }, (_, i) => i % 256)]), `${notOurs}文件可能已损坏。`)
  add('a workbook renamed .sgbak', await makeXlsx([{ rows: [['日期', '督导者']] }]), '备份文件缺少清单（manifest.json），可能不是本软件生成的备份，或文件已损坏，未导入。')
  {
    const zip = await JSZip.loadAsync(await backup(base))
    zip.file(MANIFEST_NAME, '{ 这不是 JSON')
    add('a manifest that is not JSON', await zip.generateAsync({ type: 'uint8array' }), '备份文件的清单（manifest.json）无法读取，文件可能已损坏，未导入。')
  }
  add('another program’s manifest', await backup(base, (_zip, m) => void Object.assign(m, { format: 'other' })), '备份文件的清单无法识别（format：不是本软件的备份格式），未导入。')
  add('a newer schema', await backup(base, (_zip, m) => void Object.assign(m, { schemaVersion: 99 })), `该备份由较新版本的软件生成（数据版本 99，本软件支持到版本 ${SCHEMA_VERSION}），请升级软件后再导入。`)
  add('an unknown table', await backup(base, (_zip, m) => void (m.counts.secrets = 1)), '备份文件的清单列出了本软件不认识的数据表“secrets”，未导入。')
  add('a missing part', await backup(base, (zip) => void zip.remove('tables/sessions.json')), '备份文件不完整：缺少“督导记录”部分，未导入。')
  add('a part edited without its checksum', await backup(base, (zip) => void zip.file('tables/persons.json', '[]')), '备份文件已损坏：“人员”部分的校验值不符，未导入任何数据。')
  add('a count that lies', await backup(base, (_zip, m) => void (m.counts.sessions = 13)), '备份文件内容与清单不符：“督导记录”清单记为 13 条，实际有 12 条，未导入任何数据。')
  add('a part that is not a list', await backup(base, (zip, m) => setPart(zip, m, 'persons', '{"name":"周晓岚"}')), '备份文件的“人员”部分格式不正确，未导入。')
  add('a part that is not UTF-8', await backup(base, async (zip, m) => {
    const data = Uint8Array.from([0x5b, 0xff, 0xfe, 0x5d])
    zip.file('tables/persons.json', data)
    m.sha256['tables/persons.json'] = await sha256Hex(data)
  }), '备份文件的“人员”部分无法读取，未导入。')
  {
    const t = clone(base)
    t.persons[0]!.role = '校长'
    add('a record with a value the app never writes', await backup(t), `备份中的人员第 1 条（${String(t.persons[0]!.name)}）无效：角色——请选择角色。未导入任何数据。`)
  }
  {
    const t = clone(base)
    t.persons.push({ ...t.persons[0]! })
    add('the same id twice', await backup(t), `备份中的人员有重复的记录（id ${String(t.persons[0]!.id)}），文件可能已损坏，未导入。`)
  }
  {
    const t = clone(base)
    const copy = { ...t.sessions[1]!, code: t.sessions[0]!.code, year: t.sessions[0]!.year, seq: t.sessions[0]!.seq }
    t.sessions[1] = copy
    add('the same 编号 twice', await backup(t), `备份中的督导记录有重复的编号（${describeRecord('sessions', copy)}），未导入。`)
  }
  add('a sealed backup opened without its password', await encryptBackup(await backup(base), '林泉工作室密码', 1000), '这是加密备份，请输入备份密码后再打开')

  // Well-formed, but pointing at records that are not there.
  const links: [string, BackupTable, (t: Tables) => Record<string, unknown>, string, BackupTable][] = [
    ['a 跟进事项 whose session does not exist', 'followUps', (t) => Object.assign(t.followUps[0]!, { sessionId: MISSING }), '所属督导记录', 'sessions'],
    ['a 跟进事项 owned by nobody', 'followUps', (t) => Object.assign(t.followUps[0]!, { ownerId: MISSING }), '负责人', 'persons'],
    ['a 督导者 matching no person', 'sessions', (t) => Object.assign(t.sessions[0]!, { supervisorIds: [MISSING] }), '督导者', 'persons'],
    ['a 被督导者 matching no person', 'sessions', (t) => Object.assign(t.sessions[0]!, { superviseeIds: [...(t.sessions[0]!.superviseeIds as string[]), MISSING] }), '被督导者', 'persons'],
    ['a session of a project that does not exist', 'sessions', (t) => Object.assign(t.sessions[0]!, { projectIds: [MISSING] }), '关联项目', 'projects'],
    ['a project led by nobody', 'projects', (t) => Object.assign(t.projects[0]!, { leaderId: MISSING }), '项目负责人', 'persons'],
    ['progress of a missing project', 'progress', (t) => Object.assign(t.progress[0]!, { projectId: MISSING }), '所属项目', 'projects'],
    ['an assessment of a missing project', 'assessments', (t) => Object.assign(t.assessments[0]!, { projectId: MISSING }), '所评项目', 'projects'],
    ['an assessment on a missing framework', 'assessments', (t) => Object.assign(t.assessments[0]!, { frameworkId: MISSING }), '指数框架', 'frameworks'],
    ['a revision of a missing record', 'revisions', (t) => Object.assign(t.revisions[0]!, { recordId: MISSING }), '所修订的记录', 'sessions'],
    ['a revision of a missing person', 'revisions', (t) => Object.assign(t.revisions[0]!, { entity: 'person', recordId: MISSING }), '所修订的记录', 'persons'],
    ['a conflict about a missing record', 'conflicts', (t) => Object.assign(t.conflicts[0]!, { recordId: MISSING }), '冲突的记录', 'sessions'],
    ['a draft of a missing record', 'drafts', (t) => Object.assign(t.drafts[0]!, { recordId: MISSING }), '草稿所属的记录', 'sessions'],
  ]
  for (const [title, table, edit, label, target] of links) {
    const t = clone(base)
    const record = edit(t)
    const who = describeRecord(table, record) ? name(table, record) : `${TABLE_LABELS[table]}第 ${t[table].indexOf(record) + 1} 条`
    add(title, await backup(t), `备份中的${who}的${label}（id ${MISSING}）不在备份的${TABLE_LABELS[target]}中。${DAMAGED}`)
  }

  // Times from a clock far ahead.
  const clockAdvice = '可能是生成备份的电脑日期或时间设置有误：请在那台电脑上核对日期和时间后重新备份。未导入任何数据。'
  add('a manifest dated 9999-12-31', await backup(base, (_zip, m) => void (m.createdAt = '9999-12-31T00:00:00.000Z')), `这份备份的生成时间是 ${local('9999-12-31T00:00:00.000Z')}，晚于本机当前时间一天以上。${clockAdvice}`)
  const ahead = '2099-01-01T00:00:00.000Z'
  const times: [string, BackupTable, (t: Tables) => Record<string, unknown>, string][] = [
    ['a session edited in 2099', 'sessions', (t) => Object.assign(t.sessions[0]!, { updatedAt: ahead }), '修改时间'],
    ['a person deleted in 2099', 'persons', (t) => Object.assign(t.persons[0]!, { deletedAt: ahead }), '删除时间'],
    ['an assessment finalised in 2099', 'assessments', (t) => Object.assign(t.assessments[0]!, { finalizedAt: ahead }), '定稿时间'],
    ['a revision made in 2099', 'revisions', (t) => Object.assign(t.revisions[0]!, { at: ahead }), '时间'],
    ['settings written in 2099', 'settings', (t) => Object.assign(t.settings[0]!, { updatedAt: ahead }), '修改时间'],
    ['automatic backups dated 2099', 'settings', (t) => (t.settings.push({ key: 'autoBackup', value: { lastAt: ahead, lastName: 'auto.sgbak' }, updatedAt: CREATED }), t.settings.at(-1)!), '值'],
    ['a last backup dated 2099', 'settings', (t) => (t.settings.push({ key: 'preferences', value: { lastBackupAt: ahead }, updatedAt: CREATED }), t.settings.at(-1)!), '值'],
  ]
  for (const [title, table, edit, label] of times) {
    const t = clone(base)
    const record = edit(t)
    add(title, await backup(t), `备份中的${name(table, record)}的“${label}”是 ${local(ahead)}，晚于本机当前时间一天以上。${clockAdvice}`)
  }

  // Shapes nothing in the app writes.
  const person = base.persons[0]!
  const withField = (text: string) =>
    backup(base, (zip, m) => {
      const json = JSON.stringify(base.persons)
      const at = json.indexOf('{') + 1
      return setPart(zip, m, 'persons', `${json.slice(0, at)}"x":${text},${json.slice(at)}`)
    })
  const deep = `备份中的${name('persons', person)}的“x”嵌套超过 32 层，不是本软件写出的内容。${DAMAGED}`
  add('an unknown field nested 33 deep', await withField(deepJson(33)), deep)
  add('an unknown field nested 5,000 deep', await withField(deepJson(5000)), deep)
  add('an unknown field nested 200,000 deep', await withField(deepJson(200_000)), deep)
  add('a text of 200,000 characters', await withField(JSON.stringify('长'.repeat(200_000))), `备份中的${name('persons', person)}的“x”长达 200000 个字符，超过本软件任何字段的上限。${DAMAGED}`)
  add('a list of 20,000 items', await withField(JSON.stringify(Array.from({ length: 20_000 }, () => 0))), `备份中的${name('persons', person)}的“x”有 20000 项，超过合理的上限。${DAMAGED}`)
  return cases
}

/** A file the app accepts whose per-laptop settings (backup times) must not be taken. */
export async function backupWithLaptopSettings(lastAt: string): Promise<Uint8Array> {
  const t = baseTables()
  t.settings.push({ key: 'autoBackup', value: { lastAt, lastName: 'auto-20990101-000000-daily.sgbak' }, updatedAt: CREATED })
  t.settings.push({ key: 'preferences', value: { lastBackupAt: lastAt, operatorName: '别人的电脑', deviceId: 'laptop-hostile', backupReminderSnoozedUntil: lastAt, firstRunHidden: true }, updatedAt: CREATED })
  return writeBackup({ ...meta, createdAt: lastAt, tables: t })
}

const header = ['序号', '督导日期', '开始时间', '结束时间', '地点', '方式', '督导者', '被督导者', '议题', '督导内容', '督导意见']

/** Workbooks an import must refuse, whole or row by row, writing nothing. */
export async function hostileWorkbooks(): Promise<HostileCase[]> {
  const notXlsx = '所选文件不是 Excel 表格（.xlsx），无法导入。如为 .csv 或 .xls，请在 Excel 或 WPS 中另存为 .xlsx。'
  const broken = '无法读取这个 Excel 文件，文件可能已损坏或加了密码。'
  const cases: HostileCase[] = []
  const add = (name: string, bytes: Uint8Array, message: string) => cases.push({ name, bytes, message })
  add('an empty file', new Uint8Array(0), notXlsx)
  add('a CSV file', new TextEncoder().encode('日期,督导者\n2025-03-06,周晓岚\n'), notXlsx)
  add('an old .xls file', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), '这是旧版 .xls 文件，暂不支持：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。')
  add('a zip that is not a workbook (a backup)', await backup(baseTables()), '这个 Excel 文件没有工作表。')
  add('a zip signature with garbage after it', Uint8Array.from([0x50, 0x4b, 3, 4, ...Array.from({ length: 300 }, (_, i) => (i * 31) % 256)]), broken)
  add('a workbook without a header', await makeXlsx([{ rows: [['林泉社区'], ['2025-03-06', '周晓岚', '韩雨桐']] }]), NO_HEADER_MESSAGE)
  add('a sheet of empty rows', await makeXlsx([{ rows: Array.from({ length: 50 }, () => [null, null, null]) }]), NO_HEADER_MESSAGE)
  {
    // A workbook whose only sheet is hidden behind a header row of numbers.
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('数据').addRow([1, 2, 3, 4])
    add('a header of numbers only', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), NO_HEADER_MESSAGE)
  }
  return cases
}

/** Workbooks whose every row is refused, each with the row's first problem. */
export async function hostileRows(): Promise<HostileCase[]> {
  const row = (cells: Partial<Record<(typeof header)[number], unknown>>) => header.map((h) => (cells[h] ?? null) as string | null)
  const ok = { 序号: 1, 督导日期: '2025-03-06', 开始时间: '14:00', 结束时间: '15:30', 督导者: '周晓岚', 被督导者: '韩雨桐', 督导内容: '回顾个案' }
  const sheet = (cells: Partial<Record<(typeof header)[number], unknown>>) => makeXlsx([{ rows: [header, row({ ...ok, ...cells })] }])
  return [
    { name: 'a date in the future', bytes: await sheet({ 督导日期: '2099-03-06' }), message: '督导日期不能晚于今天' },
    { name: 'an impossible date', bytes: await sheet({ 督导日期: '2025-02-30' }), message: '日期不存在：“2025-02-30”' },
    { name: 'an end before the start', bytes: await sheet({ 结束时间: '13:00' }), message: '结束时间须晚于开始时间' },
    { name: 'a meeting of 20 hours', bytes: await sheet({ 开始时间: '01:00', 结束时间: '21:00' }), message: '结束时间：督导时长不能超过 8 小时' },
    { name: 'no supervisor', bytes: await sheet({ 督导者: null }), message: '请至少选择一位督导者' },
    { name: 'a text of 30,000 characters', bytes: await sheet({ 督导内容: '长'.repeat(30_000) }), message: '督导过程不能超过 20,000 字（现为 30,000 字）' },
    {
      name: 'a formula without a saved value (written by a program, never opened in Excel)',
      bytes: await formulaSheet('督导意见', { formula: 'CONCAT(G2,"建议每月回访")' }),
      message: 'K 列“督导意见”是公式“=CONCAT(G2,"建议每月回访")”，文件中没有保存计算结果：请在 Excel 或 WPS 中打开、重新计算并保存后再导入，或在此改正',
    },
    {
      name: 'a formula whose saved value is an error',
      bytes: await formulaSheet('督导内容', { formula: 'A1&#REF!', result: { error: '#REF!' } }),
      message: 'J 列“督导内容”是公式“=A1&#REF!”，计算出错（#REF!）：请在 Excel 或 WPS 中打开、重新计算并保存后再导入，或在此改正',
    },
  ]

  /** The valid row with one cell a formula, as ExcelJS writes it (no cached value unless given). */
  async function formulaSheet(column: (typeof header)[number], value: ExcelJS.CellFormulaValue) {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('督导台账')
    ws.addRow([...header])
    const cells = ws.addRow(row(ok))
    cells.getCell(header.indexOf(column) + 1).value = value
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
  }
}
