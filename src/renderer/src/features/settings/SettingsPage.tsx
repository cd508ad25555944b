import { db } from '../../db/connection'
import { getAppLock } from '../../db/app-lock'
import { getPreferences, getStudioInfo, isDatabaseEmpty } from '../../db/settings'
import { screen } from '../../app/screen-data'
import { StudioInfoForm } from './StudioInfoForm'
import { SampleDataCard } from './SampleDataCard'
import { BackupCard } from '../data/BackupCard'
import { StorageCard } from '../data/StorageCard'
import { ExcelCard } from '../data/ExcelCard'
import { ImportSynonymsCard } from './ImportSynonymsCard'
import { AppLockCard } from '../lock/AppLockCard'
import { SyncCard } from '../sync/SyncCard'
import { ReportFontCard } from './ReportFontCard'

/** 设置's data: whether the studio is still empty, its details, the last backup, the report fonts and the app lock. */
export const settingsScreen = screen(['settings', 'persons', 'projects', 'sessions'], async () => {
  const [empty, studio, prefs, appLock] = await Promise.all([isDatabaseEmpty(db), getStudioInfo(db), getPreferences(db), getAppLock(db)])
  return { empty, studio, lastBackupAt: prefs.lastBackupAt, reportFonts: prefs.reportFonts, appLock }
})

export function SettingsPage() {
  const { empty, studio, lastBackupAt, reportFonts, appLock } = settingsScreen.useData()
  return (
    <section aria-labelledby="settings-title">
      <h1 className="page-title" id="settings-title">设置</h1>
      <SampleDataCard empty={empty} />
      <StudioInfoForm studio={studio} />
      <SyncCard />
      <BackupCard lastBackupAt={lastBackupAt} />
      <ReportFontCard fonts={reportFonts} />
      <ExcelCard />
      <ImportSynonymsCard />
      <StorageCard />
      <AppLockCard config={appLock} />
    </section>
  )
}
