import { DEFAULT_SORT, type SessionFilter, type SessionSort } from '@shared/domain/session-filter'

/** What the 督导记录 list keeps while the user opens a record and comes back. */
export interface ListState {
  filter: SessionFilter
  sort: SessionSort
  scroll: number
}

let remembered: ListState = { filter: {}, sort: DEFAULT_SORT, scroll: 0 }

export const rememberedListState = (): ListState => remembered
export function rememberListState(patch: Partial<ListState>): void {
  remembered = { ...remembered, ...patch }
}
