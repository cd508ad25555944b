/** The sample's 项目进展: one record per project and quarter, its figures shaped by the project's tier. */
import type { ProjectProgress } from '../model/project'
import { isoAt, officeMinute, type QuarterInfo } from './calendar'
import type { ProjectInfo } from './projects'
import type { Rng } from './prng'
import { TIERS, type TierProfile } from './tiers'

const PROGRESS_NOTES: readonly (readonly string[])[] = [
  ['本季度各项活动按计划推进，志愿者队伍稳定', '服务对象满意度持续较高，居民主动报名参与', '新增两个服务点，服务覆盖面扩大'],
  ['活动基本按计划开展，个别活动因天气顺延', '志愿者培训已完成，服务质量稳步提升'],
  ['部分活动因场地调整延期，下季度补齐', '志愿者出勤不稳定，正在调整排班'],
  ['项目社工岗位空缺一个月，活动场次明显不足', '受场地改造影响，多项活动暂停', '需求收集较多但办结较慢，需加强资源链接'],
]

export function buildProgress(rng: Rng, projects: readonly ProjectInfo[], quarters: readonly QuarterInfo[], todayDay: number): ProjectProgress[] {
  const out: ProjectProgress[] = []
  for (const { project, tier } of projects) {
    const profile = TIERS[tier] as TierProfile
    const drift = rng.float(-0.05, 0.05)
    const mid = (quarters.length - 1) / 2
    quarters.forEach((q, qi) => {
      const trend = 1 + drift * (qi - mid)
      const ratio = (range: readonly [number, number]) => rng.float(range[0], range[1]) * trend
      const { activities: tAct, serviceCount: tSvc, volunteers: tVol } = project.targets
      const activities = Math.max(0, Math.round((tAct / 4) * ratio(profile.act)))
      const serviceCount = Math.max(0, Math.round((tSvc / 4) * ratio(profile.svc)))
      const volunteers = Math.max(0, Math.round(tVol * ratio(profile.vol)))
      const volunteerHours = Math.round(volunteers * rng.float(3, 10) * 2) / 2
      const needsCollected = Math.max(5, Math.round(serviceCount / rng.float(12, 30)))
      const resolve = Math.min(1, rng.float(profile.resolve[0], profile.resolve[1]))
      const needsResolved = Math.min(needsCollected, Math.floor(needsCollected * resolve))
      const satisfaction = Math.min(99, Math.round(rng.float(profile.sat[0], profile.sat[1]) * 10) / 10)
      const note = rng.chance(0.4) ? rng.pick(PROGRESS_NOTES[tier] as readonly string[]) : ''
      const createdDay = Math.min(todayDay, q.end + rng.int(3, 12))
      const createdAt = isoAt(createdDay, officeMinute(rng))
      const updatedDay = rng.chance(0.2) ? Math.min(todayDay, createdDay + rng.int(1, 10)) : createdDay
      out.push({
        id: rng.uuid(),
        projectId: project.id,
        period: q.code,
        activities,
        serviceCount,
        volunteers,
        volunteerHours,
        needsCollected,
        needsResolved,
        satisfaction,
        note,
        createdAt,
        updatedAt: updatedDay === createdDay ? createdAt : isoAt(updatedDay, officeMinute(rng)),
        deletedAt: null,
        rev: 1,
      })
    })
  }
  return out
}
