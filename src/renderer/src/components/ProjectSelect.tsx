import { db } from '../db/connection'
import { allProjects } from '../db/projects'
import { useLive } from '../db/use-live'
import { ProjectFormModal } from '../features/projects/ProjectFormModal'
import { AddingPicker, type RecordPickerProps } from './AddingPicker'

/** Picks service projects by name or pinyin initials, or adds one in place. */
export function ProjectSelect(props: RecordPickerProps) {
  const loaded = useLive(() => allProjects(db), [])
  const value = props.value
  const selected = new Set(Array.isArray(value) ? value : value ? [value] : [])
  const options = (loaded ?? [])
    .filter((p) => selected.has(p.id) || p.deletedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .map((p) => ({ value: p.id, label: p.name, desc: p.community }))
  return (
    <AddingPicker
      {...props}
      options={options}
      loaded={loaded !== undefined}
      noun="项目"
      what="服务项目"
      renderAdd={(name, done) => <ProjectFormModal open project={null} initial={{ name }} onClose={(saved) => done(saved?.id)} />}
    />
  )
}
