/** A small studio built through the real data layer, for backup, restore and merge tests. */
import type { SessionInput } from '@shared/model'
import { createBackup, openBackupFile } from '@renderer/db/backup'
import { setClockForTests } from '@renderer/db/clock'
import { createPerson } from '@renderer/db/persons'
import { createProject, saveProgress } from '@renderer/db/projects'
import { saveSession } from '@renderer/db/sessions'
import { saveStudioInfo } from '@renderer/db/settings'
import type { StudioDatabase } from '@renderer/db/schema'

let tick = Date.parse('2025-06-01T01:00:00.000Z')
/** Moves the data layer's clock forward one minute (every write gets a distinct, later time). */
export function step(minutes = 1): void {
  tick += minutes * 60_000
  setClockForTests(new Date(tick))
}

/** A backup of `db` a minute later, read back as 恢复 and 合并导入 read a chosen file. */
export async function backupOf(db: StudioDatabase) {
  step()
  return openBackupFile((await createBackup(db, { appVersion: '0.1.0' })).bytes)
}

export function sessionInput(overrides: Partial<SessionInput> & Pick<SessionInput, 'supervisorIds' | 'superviseeIds'>): SessionInput {
  return {
    date: '2025-05-06',
    startTime: '14:00',
    endTime: '15:30',
    location: '林泉社区服务站',
    mode: '个别督导',
    functions: ['教育'],
    topics: ['个案工作'],
    questions: '独居老人拒绝上门服务',
    advice: '先建立信任关系',
    ...overrides,
  }
}

export async function buildStudio(db: StudioDatabase) {
  step()
  await saveStudioInfo(db, { name: '林泉高级社工师工作室', lead: '周晓岚' })
  const sup = await createPerson(db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })
  step()
  const w1 = await createPerson(db, { name: '韩雨桐', role: '社工', qualification: '社会工作师' })
  step()
  const w2 = await createPerson(db, { name: '程思远', role: '社工', qualification: '助理社会工作师' })
  step()
  const project = await createProject(db, {
    name: '“共享儿女”独居老人关爱服务', community: '林泉社区', field: '养老', fundingSource: '政府购买服务',
    startDate: '2025-01-01', endDate: '2025-12-31', targets: { activities: 36, serviceCount: 1200, volunteers: 40 }, status: '进行中',
  })
  step()
  await saveProgress(db, {
    projectId: project.id, period: '2025Q1', activities: 9, serviceCount: 310, volunteers: 22, volunteerHours: 120,
    needsCollected: 40, needsResolved: 35, satisfaction: 96,
  })
  const sessions = []
  for (let i = 0; i < 3; i++) {
    step()
    const { session } = await saveSession(
      db,
      sessionInput({
        date: `2025-05-0${i + 1}`,
        supervisorIds: [sup.id],
        superviseeIds: [i === 1 ? w2.id : w1.id],
        projectIds: [project.id],
        followUps: [{ content: `整理第 ${i + 1} 次督导的个案记录`, ownerId: w1.id, dueDate: '2025-06-30' }],
      }),
    )
    sessions.push(session)
  }
  return { sup, w1, w2, project, sessions }
}
