import { StudioInfoForm } from './StudioInfoForm'
import { SampleDataCard } from './SampleDataCard'
import { BackupCard } from '../data/BackupCard'
import { StorageCard } from '../data/StorageCard'
import { ExcelCard } from '../data/ExcelCard'
import { AppLockCard } from '../lock/AppLockCard'

export function SettingsPage() {
  return (
    <section aria-labelledby="settings-title">
      <h1 className="page-title" id="settings-title">设置</h1>
      <SampleDataCard />
      <StudioInfoForm />
      <BackupCard />
      <ExcelCard />
      <StorageCard />
      <AppLockCard />
    </section>
  )
}
