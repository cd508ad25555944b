/** The sample's 服务项目: the eight seed projects, then community × theme combinations, with their tiers. */
import type { FundingSource, ProjectStatus } from '../model/constants'
import type { Project } from '../model/project'
import { fromDayNumber } from '../domain/dates'
import { isoAt, monthStartShift, officeMinute } from './calendar'
import type { PersonInfo } from './persons'
import { PROJECT_THEMES, SAMPLE_COMMUNITIES, SEED_PROJECTS, type ProjectKind } from './places'
import type { Rng } from './prng'
import { TIERS } from './tiers'

const CHINESE_ORDINALS = ['', '', '二', '三', '四', '五', '六', '七', '八', '九', '十']

function phaseSuffix(round: number): string {
  if (round === 0) return ''
  const n = round + 1
  return n < CHINESE_ORDINALS.length ? `（${CHINESE_ORDINALS[n] as string}期）` : `（第${n}期）`
}

/** The project kinds: the eight of the seeds first, then community × theme combinations. */
export function planProjects(rng: Rng, n: number): ProjectKind[] {
  const out = SEED_PROJECTS.slice(0, Math.min(n, SEED_PROJECTS.length))
  if (n <= out.length) return out
  const combos: [number, number][] = []
  for (let ci = 0; ci < SAMPLE_COMMUNITIES.length; ci++) {
    for (let ti = 0; ti < PROJECT_THEMES.length; ti++) combos.push([ci, ti])
  }
  rng.shuffle(combos)
  for (let round = 0; out.length < n; round++) {
    for (const [ci, ti] of combos) {
      if (out.length >= n) break
      const community = SAMPLE_COMMUNITIES[ci]!
      const theme = PROJECT_THEMES[ti]!
      out.push({
        name: `${community.name}${theme.label}项目${phaseSuffix(round)}`,
        community: ci,
        field: theme.field,
        beneficiaries: theme.beneficiaries,
        short: theme.label,
        target: theme.target,
        activity: theme.activity,
      })
    }
  }
  return out
}

export interface ProjectInfo {
  project: Project
  kind: ProjectKind
  tier: number
}

export function buildProjects(
  rng: Rng,
  kinds: readonly ProjectKind[],
  people: readonly PersonInfo[],
  rangeStart: number,
  rangeEnd: number,
): ProjectInfo[] {
  const socialWorkers = people.filter((p) => p.person.role === '社工')
  const swByCommunity = new Map<number, PersonInfo[]>()
  for (const p of socialWorkers) {
    const list = swByCommunity.get(p.community) ?? []
    list.push(p)
    swByCommunity.set(p.community, list)
  }
  const tiers = kinds.map((_, i) => i % TIERS.length)
  rng.shuffle(tiers)

  return kinds.map((kind, i) => {
    const place = SAMPLE_COMMUNITIES[kind.community]!
    const startDay = monthStartShift(rangeStart, rng.int(0, 11))
    const years = rng.weighted([
      [1, 5],
      [2, 3],
      [3, 2],
    ])
    let endDay = monthStartShift(startDay, -12 * years) - 1
    while (endDay < rangeEnd) endDay = monthStartShift(endDay + 1, -12) - 1
    const status = rng.weighted<ProjectStatus>([
      ['进行中', 85],
      ['已结项', 10],
      ['暂停', 5],
    ])
    if (status === '已结项') endDay = rangeEnd
    const fundingSource = rng.weighted<FundingSource>([
      ['政府购买服务', 55],
      ['公益创投', 30],
      ['自筹', 10],
      ['其他', 5],
    ])
    const local = swByCommunity.get(kind.community)
    const leader = local && local.length > 0 ? rng.pick(local) : socialWorkers.length > 0 ? rng.pick(socialWorkers) : null
    const r = rng.next()
    const startYear = fromDayNumber(startDay).slice(0, 4)
    const note =
      r < 0.15
        ? `${place.district}“专业社工+志愿服务”融合试点项目`
        : r < 0.3
          ? '与社区联合实施，按季度报送进展'
          : r < 0.4
            ? `${startYear}年度${fundingSource === '公益创投' ? '公益创投' : '购买服务'}项目`
            : ''
    const createdDay = startDay - rng.int(1, 20)
    const createdAt = isoAt(createdDay, officeMinute(rng))
    const updatedDay = rng.chance(0.5) ? Math.min(rangeEnd, createdDay + rng.int(10, 200)) : createdDay
    const project: Project = {
      id: rng.uuid(),
      name: kind.name,
      organization: place.centre,
      street: place.street,
      community: place.name,
      field: kind.field,
      beneficiaries: kind.beneficiaries,
      fundingSource,
      startDate: fromDayNumber(startDay),
      endDate: fromDayNumber(endDay),
      leaderId: leader ? leader.person.id : null,
      targets: {
        activities: rng.int(24, 60),
        serviceCount: 50 * rng.int(12, 60),
        volunteers: rng.int(20, 80),
      },
      status,
      note,
      createdAt,
      updatedAt: updatedDay === createdDay ? createdAt : isoAt(updatedDay, officeMinute(rng)),
      deletedAt: null,
      rev: 1,
    }
    return { project, kind, tier: tiers[i] as number }
  })
}
