/** Each report builder's input over the fixture studio (fixture.ts): what a test changes, it passes as `over`. */
import type {
  ProjectReportInput,
  SessionRecordInput,
  StudioSummaryInput,
  SuperviseeArchiveInput,
} from '../../../../src/shared/reports/content'
import * as F from './fixture'

/** 工作室督导工作总结 of 2025Q2 with the fixture framework's thresholds. */
export const studioSummaryInput = (over: Partial<StudioSummaryInput> = {}): StudioSummaryInput => ({
  period: F.PERIOD,
  studio: F.STUDIO,
  persons: F.persons,
  projects: F.projects,
  sessions: F.sessions,
  followUps: F.followUps,
  assessments: F.assessments,
  frameworks: F.frameworks,
  thresholds: F.framework.thresholds,
  today: F.TODAY,
  hoursPerMonth: 2,
  overdueDropDays: 30,
  ...over,
})

/** 项目督导评估报告 of P1 for 2025Q2: the worked-example assessment a2 and P1's sessions. */
export const projectReportInput = (over: Partial<ProjectReportInput> = {}): ProjectReportInput => ({
  project: F.projects[0]!,
  period: F.PERIOD,
  assessment: F.assessments.find((a) => a.id === 'a2')!,
  frameworks: F.frameworks,
  assessments: F.assessments,
  sessions: F.sessions.filter((s) => s.projectIds.includes('p1')),
  followUps: F.followUps,
  progress: F.progress,
  persons: F.persons,
  studio: F.STUDIO,
  hoursPerMonth: 2,
  overdueDropDays: 30,
  ...over,
})

/** What the 督导记录表 and the 档案 read besides the session or person they are about. */
const studioRecords = { followUps: F.followUps, persons: F.persons, projects: F.projects, studio: F.STUDIO, today: F.TODAY }

/** 督导记录表 of the session `sessionId`. */
export const sessionRecordInput = (sessionId: string, over: Partial<SessionRecordInput> = {}): SessionRecordInput => ({
  session: F.sessions.find((s) => s.id === sessionId)!,
  ...studioRecords,
  ...over,
})

/** 被督导者督导档案 of the person `personId` over `period`. */
export const archiveInput = (personId: string, period: string, over: Partial<SuperviseeArchiveInput> = {}): SuperviseeArchiveInput => ({
  person: F.persons.find((p) => p.id === personId)!,
  period,
  sessions: F.sessions,
  ...studioRecords,
  ...over,
})
