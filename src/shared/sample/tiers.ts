/**
 * Performance tiers: how well a sample project does, so that projects later fall into all four
 * colours. A project's tier shapes its progress figures, how often sessions pick it and how its
 * follow-ups end.
 */

export interface TierProfile {
  act: readonly [number, number]
  svc: readonly [number, number]
  vol: readonly [number, number]
  resolve: readonly [number, number]
  sat: readonly [number, number]
  /** Relative weight of the project when sessions pick projects (D2 hours). */
  link: number
  /** Probability that a follow-up past its due date was done (D3). */
  completeP: number
  /** Whether follow-ups may stay open more than 30 days past due (the colour drop). */
  allowOld: boolean
}

export const TIERS: readonly TierProfile[] = [
  { act: [1.02, 1.35], svc: [1.0, 1.4], vol: [0.98, 1.3], resolve: [0.9, 1.0], sat: [95, 99], link: 4, completeP: 0.97, allowOld: false },
  { act: [0.9, 1.06], svc: [0.92, 1.12], vol: [0.85, 1.0], resolve: [0.8, 0.92], sat: [89, 95.5], link: 3, completeP: 0.9, allowOld: false },
  { act: [0.68, 0.9], svc: [0.7, 0.92], vol: [0.62, 0.85], resolve: [0.64, 0.82], sat: [78, 89], link: 2, completeP: 0.75, allowOld: true },
  { act: [0.3, 0.62], svc: [0.32, 0.66], vol: [0.35, 0.6], resolve: [0.35, 0.6], sat: [65, 78], link: 1, completeP: 0.55, allowOld: true },
]

/** Sessions linked to no project. */
export const UNLINKED: TierProfile = { ...(TIERS[2] as TierProfile), completeP: 0.8 }
