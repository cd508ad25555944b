/** Small hand-made stored records for the pure backup tests (the generator feeds the big ones). */
const at = '2025-03-06T06:00:00.000Z'
const meta = (id: string) => ({ id, createdAt: at, updatedAt: at, deletedAt: null, rev: 1 })

export const P1 = '11111111-1111-4111-8111-111111111111'
export const P2 = '22222222-2222-4222-8222-222222222222'
export const S1 = '33333333-3333-4333-8333-333333333333'

export function smallTables() {
  return {
    settings: [{ key: 'studio', value: { name: '林泉高级社工师工作室', lead: '', unit: '', address: '', phone: '' }, updatedAt: at }],
    persons: [
      { ...meta(P1), name: '周晓岚', role: '督导者', org: '林泉社区', qualification: '高级社会工作师', field: null, phone: '', note: '' },
      { ...meta(P2), name: '韩雨桐', role: '社工', org: '林泉社区', qualification: '社会工作师', field: '养老', phone: '', note: '' },
    ],
    sessions: [
      {
        ...meta(S1),
        date: '2025-03-06', startTime: '14:00', endTime: '15:30', location: '林泉社区服务站', mode: '个别督导', functions: ['教育'],
        kind: '内部督导', supervisorIds: [P1], superviseeIds: [P2], projectIds: [], topics: ['个案工作'], questions: '独居老人拒绝服务',
        process: '回顾个案', advice: '先建立关系', supervisorReflection: '', superviseeReflection: '', feedbackScore: 5, riskLevel: '无',
        riskNote: '', sensitive: 0, nextDate: null, confirmation: null, code: 'DD-2025-0001', year: 2025, seq: 1, durationMinutes: 90,
        status: '草稿', finalizedAt: null,
      },
    ],
    followUps: [
      {
        ...meta('44444444-4444-4444-8444-444444444444'), sessionId: S1, content: '整理个案记录', ownerId: P2, dueDate: '2025-03-20',
        status: '待办', completedDate: null, completionNote: '',
      },
    ],
  }
}

export const backupMeta = {
  appVersion: '0.1.0',
  schemaVersion: 1,
  deviceId: 'device-a',
  studioName: '林泉高级社工师工作室',
  createdAt: '2025-03-07T02:00:00.000Z',
}
