import { StudioInfoForm } from './StudioInfoForm'
import { SampleDataCard } from './SampleDataCard'

export function SettingsPage() {
  return (
    <section aria-labelledby="settings-title">
      <h1 className="page-title" id="settings-title">设置</h1>
      <SampleDataCard />
      <StudioInfoForm />
    </section>
  )
}
