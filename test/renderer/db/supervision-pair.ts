/** The two sides of a 督导记录, for data-layer tests of sessions and what is read from them. */
import type { SessionInput } from '@shared/model'
import { createPerson } from '@renderer/db/persons'
import type { StudioDatabase } from '@renderer/db/schema'

export interface SupervisionPair {
  /** 周晓岚, 督导者 */
  sup: string
  /** 张晓明, 社工 */
  sw: string
}

/** 周晓岚 (督导者, 高级社会工作师) and 张晓明 (社工, 社会工作师), created through the data layer. */
export async function createSupervisionPair(db: StudioDatabase): Promise<SupervisionPair> {
  const sup = (await createPerson(db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })).id
  const sw = (await createPerson(db, { name: '张晓明', role: '社工', qualification: '社会工作师' })).id
  return { sup, sw }
}

/** A 90-minute 个别督导 (教育) of the pair on 2025-07-10, 09:30–11:00, as the form sends it. */
export const individualSession = ({ sup, sw }: SupervisionPair, over: Partial<SessionInput> = {}): SessionInput => ({
  date: '2025-07-10',
  startTime: '09:30',
  endTime: '11:00',
  mode: '个别督导',
  functions: ['教育'],
  supervisorIds: [sup],
  superviseeIds: [sw],
  ...over,
})
