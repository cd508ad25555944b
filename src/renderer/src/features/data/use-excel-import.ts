import { useCallback, useEffect, useRef, useState } from 'react'
import {
  buildPreview,
  choose,
  findHeaderRow,
  fixRow,
  headerSignature,
  importReport,
  initialPlan,
  prepareImport,
  sheetColumns,
  type ColumnChoice,
  type ImportContext,
  type ImportDefaults,
  type ImportOutcome,
  type ImportReport,
  type ImportSetup,
  type ProjectDecision,
  type ReadProgress,
  type RowFix,
  type SheetColumn,
  type SheetData,
  type SheetPreview,
  type SynonymEntry,
  type SheetYear,
} from '@shared/excel'
import { db } from '../../db/connection'
import { firstSetup, ledgerSheets, loadImportContext, writeExcelImport } from '../../db/excel-import'
import { getRememberedMapping, rememberMapping } from '../../db/excel-import-settings'
import { readExcelOffThread } from './excel-reader'
import { useBulkRun } from './BulkProgress'

export type ImportPhase = 'reading' | 'mapping' | 'preview' | 'done'

export interface SheetChoice {
  index: number
  columns: SheetColumn[]
  setup: ImportSetup
  signature: string
  /** The choices came from the last file with these headers. */
  remembered: boolean
  /** No row looked like a header: the user says which one is. */
  noHeader: boolean
}

/** Every project name of the preview that is not an exact match gets the decision `kind` (candidates: their first match). */
function decideAll(sp: SheetPreview, decisions: Record<string, ProjectDecision>, kind: 'confirm' | 'create' | 'none'): Record<string, ProjectDecision> {
  const out = { ...decisions }
  for (const p of sp.preview.projects) {
    if (p.match.kind === 'exact' || out[p.name]) continue
    if (kind === 'confirm') {
      if (p.match.kind === 'candidates' && p.match.projects.length === 1) out[p.name] = { kind: 'link', projectId: p.match.projects[0]!.id }
    } else out[p.name] = { kind }
  }
  return out
}

/**
 * The state of 导入旧督导记录 from the file's bytes to the summary: reading in a worker, the
 * column plan of the chosen sheet (remembered per header signature), the preview with its
 * corrections, project decisions and the year, the one write, and the next ledger sheet.
 */
export function useExcelImport(fileName: string, bytes: Uint8Array, onError: (e: unknown) => void) {
  const [phase, setPhase] = useState<ImportPhase>('reading')
  const [progress, setProgress] = useState<ReadProgress | null>(null)
  const [sheets, setSheets] = useState<SheetData[] | null>(null)
  const [done, setDone] = useState<number[]>([])
  const [choice, setChoice] = useState<SheetChoice | null>(null)
  const [ctx, setCtx] = useState<ImportContext | null>(null)
  const [sp, setSp] = useState<SheetPreview | null>(null)
  const [fixes, setFixes] = useState<Map<number, RowFix>>(new Map())
  const [decisions, setDecisions] = useState<Record<string, ProjectDecision>>({})
  const [yearConfirmed, setYearConfirmed] = useState(false)
  const [outcome, setOutcome] = useState<{ result: ImportOutcome; report: ImportReport } | null>(null)
  const [busy, setBusy] = useState(false)
  const cancelRead = useRef<() => void>(() => undefined)
  const writing = useBulkRun()

  const openSheet = useCallback(
    async (all: SheetData[], index: number) => {
      const sheet = all[index]!
      const noHeader = findHeaderRow(sheet.rows) === null
      const { setup, columns } = firstSetup(sheet, fileName, { headerRow: 0 })
      const signature = headerSignature(columns.map((c) => c.header))
      const memo = await getRememberedMapping(db, signature)
      const width = setup.plan.length
      const remembered = memo !== null && memo.plan.length === width
      if (remembered) {
        setup.plan = initialPlan(columns, memo.plan)
        setup.valueChoices = memo.valueChoices
        setup.defaults = { ...setup.defaults, ...memo.defaults }
        if (!setup.year && memo.year !== null) setup.year = { year: memo.year, source: 'remembered', text: '' }
      }
      setChoice({ index, columns, setup, signature, remembered, noHeader })
      setSp(null)
      setFixes(new Map())
      setDecisions({})
      setYearConfirmed(false)
      setOutcome(null)
      setPhase('mapping')
    },
    [fileName],
  )

  useEffect(() => {
    const read = readExcelOffThread(bytes, setProgress)
    cancelRead.current = read.cancel
    let live = true
    read.sheets
      .then(async (all) => {
        if (!live) return
        setSheets(all)
        await openSheet(all, ledgerSheets(all)[0] ?? 0)
      })
      .catch((e: unknown) => live && onError(e))
    return () => {
      live = false
      read.cancel()
    }
  }, [bytes, openSheet, onError])

  const sheet = sheets && choice ? sheets[choice.index]! : null

  const changeSetup = (patch: Partial<ImportSetup>) => setChoice((c) => (c ? { ...c, setup: { ...c.setup, ...patch } } : c))

  const actions = {
    cancelReading: () => cancelRead.current(),
    /** Stops the import's write before its next chunk: nothing of it is kept. */
    cancelWriting: writing.cancel,
    chooseSheet: (index: number) => sheets && openSheet(sheets, index).catch(onError),
    setHeaderRow: (headerRow: number) =>
      setChoice((c) => {
        if (!c || !sheet) return c
        const columns = sheetColumns(sheet.rows, headerRow)
        return { ...c, columns, setup: { ...c.setup, headerRow, plan: initialPlan(columns) }, signature: headerSignature(columns.map((x) => x.header)), remembered: false, noHeader: false }
      }),
    chooseColumn: (index: number, next: ColumnChoice) => setChoice((c) => (c ? { ...c, setup: { ...c.setup, plan: choose(c.setup.plan, c.columns, index, next) } } : c)),
    setDefaults: (patch: Partial<ImportDefaults>) => choice && changeSetup({ defaults: { ...choice.setup.defaults, ...patch } }),
    setValueChoice: (entry: SynonymEntry, meaning: string | null) =>
      choice &&
      changeSetup({
        valueChoices: [...choice.setup.valueChoices.filter((v) => !(v.field === entry.field && v.word === entry.word)), ...(meaning ? [{ ...entry, value: meaning }] : [])],
      }),
    setYear: (year: SheetYear | null) => changeSetup({ year }),
    toPreview: async () => {
      if (!sheet || !choice) return
      setBusy(true)
      try {
        const context = await loadImportContext(db)
        setCtx(context)
        const built = buildPreview(sheet, choice.columns, choice.setup, context, fixes)
        setSp(built)
        setDecisions((d) => Object.fromEntries(Object.entries(d).filter(([name]) => built.preview.projects.some((p) => p.name === name))))
        setPhase('preview')
      } catch (e) {
        onError(e)
      } finally {
        setBusy(false)
      }
    },
    backToMapping: () => setPhase('mapping'),
    applyFix: (rowNumber: number, fix: RowFix) => {
      if (!sheet || !choice || !sp || !ctx) return
      setFixes((f) => new Map(f).set(rowNumber, fix))
      setSp(fixRow(sp, sheet, choice.setup, ctx, rowNumber, fix))
    },
    decide: (name: string, decision: ProjectDecision | null) =>
      setDecisions((d) => {
        const next = { ...d }
        if (decision) next[name] = decision
        else delete next[name]
        return next
      }),
    decideAll: (kind: 'confirm' | 'create' | 'none') => sp && setDecisions((d) => decideAll(sp, d, kind)),
    confirmYear: () => setYearConfirmed(true),
    commit: async () => {
      if (!sheet || !choice || !sp) return
      setBusy(true)
      try {
        const batch = prepareImport(sp.preview, decisions, { yearConfirmed })
        const result = await writing.run((options) => writeExcelImport(db, batch, options))
        const year = choice.setup.year
        await rememberMapping(db, choice.signature, {
          plan: choice.setup.plan,
          columns: choice.columns,
          valueChoices: choice.setup.valueChoices,
          year: year && (year.source === 'user' || year.source === 'remembered') ? year.year : null,
          // Not the default supervisor: a person of this database, not a habit of the file.
          defaults: (({ supervisorId: _s, ...habit }) => habit)(choice.setup.defaults),
        })
        const report = importReport({ fileName, sheetName: sheet.name, preview: sp.preview, columns: choice.columns, plan: choice.setup.plan, decisions, year, valueChoices: choice.setup.valueChoices, outcome: result })
        setOutcome({ result, report })
        setDone((d) => [...d, choice.index])
        setPhase('done')
      } catch (e) {
        onError(e)
      } finally {
        setBusy(false)
      }
    },
  }

  const ledgers = sheets ? ledgerSheets(sheets) : []
  const nextLedger = choice ? ledgers.find((i) => i !== choice.index && !done.includes(i)) : undefined
  return { phase, progress, writeProgress: writing.progress, sheets, sheet, choice, sp, fixes, decisions, yearConfirmed, outcome, busy, ledgers, doneSheets: done, nextLedger, actions }
}
