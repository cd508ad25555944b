/** The sample's people: 督导者 of the studio and from outside, 社工, 社区工作者 and 志愿者骨干 of the projects' communities. */
import type { Qualification, Role, ServiceField } from '../model/constants'
import type { Person } from '../model/person'
import { isoAt, officeMinute } from './calendar'
import { NameMaker } from './names'
import { SAMPLE_COMMUNITIES, SAMPLE_STUDIO } from './places'
import type { Rng } from './prng'

export interface PersonInfo {
  person: Person
  /** Community index; -1 for supervisors. */
  community: number
  /** A supervisor from outside (协会专家库): sessions are 外部督导. */
  external: boolean
}

const MOBILE_PREFIXES = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '177', '180', '182', '186', '187', '188', '189', '199']

function digits(rng: Rng, k: number): string {
  let s = ''
  for (let i = 0; i < k; i++) s += String(rng.int(0, 9))
  return s
}

function phoneNumber(rng: Rng, areaCode: string): string {
  const r = rng.next()
  if (r < 0.15) return ''
  if (r < 0.2) return `${areaCode}-${rng.int(2, 8)}${digits(rng, 7)}`
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8)
}

export function buildPersons(
  rng: Rng,
  n: number,
  usedCommunities: readonly number[],
  fieldsByCommunity: ReadonlyMap<number, ServiceField[]>,
  rangeStart: number,
  rangeEnd: number,
): PersonInfo[] {
  const names = new NameMaker(rng)
  let nSup = n <= 1 ? n : n < 6 ? 1 : n <= 40 ? rng.int(3, 4) : Math.round(n * 0.04)
  if (n >= 2) nSup = Math.min(nSup, n - 1)
  const rest = n - nSup
  const nSw = rest > 0 ? Math.max(1, Math.round(rest * 0.55)) : 0
  const nCw = Math.min(rest - nSw, Math.round(rest * 0.25))
  const roles: Role[] = []
  for (let i = 0; i < nSup; i++) roles.push('督导者')
  for (let i = 0; i < nSw; i++) roles.push('社工')
  for (let i = 0; i < nCw; i++) roles.push('社区工作者')
  while (roles.length < n) roles.push('志愿者骨干')

  const m = usedCommunities.length
  const offsets: Record<Role, number> = {
    督导者: 0,
    社工: rng.int(0, m - 1),
    社区工作者: rng.int(0, m - 1),
    志愿者骨干: rng.int(0, m - 1),
  }
  const seenOfRole: Record<Role, number> = { 督导者: 0, 社工: 0, 社区工作者: 0, 志愿者骨干: 0 }
  const out: PersonInfo[] = []

  for (let i = 0; i < n; i++) {
    const role = roles[i] as Role
    const k = seenOfRole[role]++
    let community = -1
    let external = false
    let org: string
    let qualification: Qualification
    let field: ServiceField | null
    let note = ''
    if (role === '督导者') {
      qualification = k === 0 || rng.chance(0.55) ? '高级社会工作师' : '社会工作师'
      const r = rng.next()
      if (k === 0 || r < 0.6) org = SAMPLE_STUDIO
      else if (r < 0.8) {
        org = '西海岸新区社会工作协会督导专家库'
        external = true
      } else org = SAMPLE_COMMUNITIES[rng.pick(usedCommunities)]!.centre
      field = rng.chance(0.4) ? null : rng.pick<ServiceField>(['社区治理', '养老', '青少年', '志愿服务', '儿童'])
      const years = rng.int(8, 22)
      const focus = rng.pick(['养老服务', '社区治理', '青少年服务', '个案管理', '志愿者管理'])
      note = k === 0 ? `工作室领衔人，从事社会工作${years}年，擅长${focus}督导` : `从事社会工作${years}年，擅长${focus}督导`
    } else {
      community = usedCommunities[(offsets[role] + k) % m] as number
      const place = SAMPLE_COMMUNITIES[community]!
      const fields = fieldsByCommunity.get(community) ?? ['社区治理']
      if (role === '社工') {
        org = place.centre
        qualification = rng.chance(0.6) ? '助理社会工作师' : '社会工作师'
        field = rng.pick(fields)
        const r = rng.next()
        if (r < 0.15) note = `${rng.int(2019, 2024)}年取得${qualification}证书`
        else if (r < 0.3) note = `驻${place.name}社工，负责日常服务`
        else if (r < 0.38) note = '兼任机构项目主管'
      } else if (role === '社区工作者') {
        org = place.orgLabel
        qualification = rng.weighted<Qualification>([
          ['无', 40],
          ['助理社会工作师', 45],
          ['社会工作师', 15],
        ])
        field = rng.chance(0.5) ? '社区治理' : rng.pick(fields)
        if (rng.chance(0.4)) note = rng.pick(['社区网格员', '社区党委委员', '居委会委员', '负责社区志愿服务站日常管理'])
      } else {
        org = rng.chance(0.6) ? place.orgLabel : place.team
        qualification = '无'
        field = rng.chance(0.6) ? '志愿服务' : null
        if (rng.chance(0.5)) note = rng.pick([`${place.team}队长`, '退休教师，负责新志愿者带教', '在职党员志愿者', '“时间银行”积分管理员'])
      }
    }
    const createdDay = rangeStart - 365 - rng.int(0, 120)
    const createdMin = officeMinute(rng)
    const updatedDay = rng.chance(0.3) ? Math.min(rangeEnd, createdDay + rng.int(1, 300)) : createdDay
    const createdAt = isoAt(createdDay, createdMin)
    const person: Person = {
      id: rng.uuid(),
      name: names.next(),
      role,
      org,
      qualification,
      field,
      phone: phoneNumber(rng, community >= 0 ? SAMPLE_COMMUNITIES[community]!.areaCode : '0532'),
      note,
      createdAt,
      updatedAt: updatedDay === createdDay ? createdAt : isoAt(updatedDay, officeMinute(rng)),
      deletedAt: null,
      rev: 1,
    }
    out.push({ person, community, external })
  }
  return out
}
