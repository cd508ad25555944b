import { useMemo } from 'react'
import { ROLES, type Person, type Role } from '@shared/model'
import { db } from '../db/connection'
import { allPersons } from '../db/persons'
import { useLive } from '../db/use-live'
import { PersonFormModal } from '../features/persons/PersonFormModal'
import { AddingPicker, type RecordPickerProps } from './AddingPicker'

type Props = RecordPickerProps & {
  /** Only people of these roles are offered. */
  roles?: readonly string[]
  /** The role of a person added from here (督导者 in the 督导者 field); else the first of `roles`, else 社工. */
  addAs?: Role
}

const byName = new Intl.Collator('zh-CN')

/** Picks people by name or pinyin initials (输入 "zxm" 找到 张晓明), or adds one in place. */
export function PersonSelect({ roles, addAs, ...rest }: Props) {
  const persons = useLive(() => allPersons(db), [])
  const value = rest.value
  const selectedKey = (Array.isArray(value) ? value : value ? [value] : []).join('\u0001')
  const rolesKey = roles?.join('\u0001') ?? null
  // The form re-renders on every keystroke; the options change only with the people or the choice.
  const options = useMemo(() => {
    const selected = new Set(selectedKey ? selectedKey.split('\u0001') : [])
    const allowed = rolesKey === null ? null : rolesKey.split('\u0001')
    return (persons ?? [])
      // Keep people already chosen even if they were deleted or changed role since.
      .filter((p: Person) => selected.has(p.id) || (p.deletedAt === null && (!allowed || allowed.includes(p.role))))
      .sort((a, b) => byName.compare(a.name, b.name))
      .map((p) => ({ value: p.id, label: p.name, desc: `${p.role}${p.org ? ` · ${p.org}` : ''}` }))
  }, [persons, selectedKey, rolesKey])
  const role = addAs ?? roles?.find((r): r is Role => (ROLES as readonly string[]).includes(r))
  return (
    <AddingPicker
      {...rest}
      options={options}
      loaded={persons !== undefined}
      noun="人员"
      what="人员"
      renderAdd={(name, done) => <PersonFormModal open person={null} initial={{ name, ...(role ? { role } : {}) }} onClose={(saved) => done(saved?.id)} />}
    />
  )
}
