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
import { getDistrictConfig } from '../../db/district-config'
import { DistrictCard } from '../district/DistrictCard'

/** 设置's data: whether the studio is still empty, its details, the last backup, the report fonts and the app lock. */
export const settingsScreen = screen(['settings', 'persons', 'projects', 'sessions'], async () => {
  const [empty, studio, prefs, appLock, district] = await Promise.all([isDatabaseEmpty(db), getStudioInfo(db), getPreferences(db), getAppLock(db), getDistrictConfig(db)])
  return { empty, studio, lastBackupAt: prefs.lastBackupAt, reportFonts: prefs.reportFonts, appLock, district }
})

export function SettingsPage() {
  const { empty, studio, lastBackupAt, reportFonts, appLock, district } = settingsScreen.useData()
  // District mode (区级汇总): the studio's own data cards are not the point on this computer.
  if (district) {
    return (
      <section aria-labelledby="settings-title">
        <h1 className="page-title" id="settings-title">设置</h1>
        <DistrictCard config={district} />
        <StudioInfoForm studio={studio} />
        <ReportFontCard fonts={reportFonts} />
        <StorageCard />
        <AppLockCard config={appLock} />
      </section>
    )
  }
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
      <DistrictCard config={null} />
    </section>
  )
}
