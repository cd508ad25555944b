/**
 * A ledger's 项目 names → the studio's 服务项目. Exact names link at once; names written
 * differently (quotes 「」“”, a 社区/街道 in front, spaces, full-width letters, 项目 at the end)
 * find their candidate, which the user confirms in the preview; the rest can be created or left
 * unlinked, by choice.
 */
import { toHalfWidth } from './text'

export interface ProjectLike {
  id: string
  name: string
  community?: string
  street?: string
}

export type ProjectMatch<P extends ProjectLike = ProjectLike> =
  | { kind: 'exact'; project: P }
  | { kind: 'candidates'; projects: P[] }
  | { kind: 'none' }

const QUOTES = /[「」『』“”‘’"'《》〈〉<>【】[\]]/g
// One place in front of a project's name (威海市 / 临港区 / 林泉社区): at least two characters
// before the suffix, so 社区治理… is not a place.
const PLACE = /^[\u4e00-\u9fa5]{2,8}?(?:省|市|区|县|街道|镇|乡|社区|村|居委会)/

const norm = (s: string) => toHalfWidth(s).replace(QUOTES, '').replace(/\s+/g, '').toLowerCase()

/** The places a name starts with (威海市临港区林泉社区共享儿女 → 威海市, 临港区, 林泉社区) and the rest. */
export function placesInFront(name: string): { places: string[]; rest: string } {
  let rest = norm(name)
  const places: string[] = []
  for (let m = PLACE.exec(rest); m && rest.length - m[0].length >= 2; m = PLACE.exec(rest)) {
    places.push(m[0])
    rest = rest.slice(m[0].length)
  }
  return { places, rest }
}

/** A name as the forgiving match compares it: no quotes, spaces, places in front or 项目 at the end. */
export function projectKey(name: string, places: readonly string[] = []): string {
  let k = norm(name)
  for (const p of places.map(norm).filter((p) => p.length >= 2)) if (k.startsWith(p) && k.length > p.length + 1) k = k.slice(p.length)
  k = placesInFront(k).rest.replace(/(服务)?项目$/, '')
  return k || norm(name)
}

/** Prepared once per preview: each live project's keys. */
export function projectMatcher<P extends ProjectLike>(projects: readonly P[]): (name: string) => ProjectMatch<P> {
  const keyed = projects.map((p) => ({ p, exact: p.name.trim(), key: projectKey(p.name, [p.street ?? '', p.community ?? '']) }))
  return (name: string) => {
    const written = name.trim()
    if (!written) return { kind: 'none' }
    const exact = keyed.filter((k) => k.exact === written)
    if (exact.length === 1) return { kind: 'exact', project: exact[0]!.p }
    const key = projectKey(written)
    let hits = keyed.filter((k) => k.key === key)
    // A short name for a longer one (共享儿女 → “共享儿女”独居老人关爱服务), or the reverse.
    if (hits.length === 0 && key.length >= 3) hits = keyed.filter((k) => k.key.length >= 3 && (k.key.includes(key) || key.includes(k.key)))
    return hits.length > 0 ? { kind: 'candidates', projects: hits.map((h) => h.p) } : { kind: 'none' }
  }
}

/** The community (or else street) a new project's name starts with (林泉社区“共享儿女” → 林泉社区), or ''. */
export function communityInName(name: string): string {
  const { places } = placesInFront(name)
  return [...places].reverse().find((p) => /(社区|村|居委会)$/.test(p)) ?? [...places].reverse().find((p) => /(街道|镇|乡)$/.test(p)) ?? ''
}
