/**
 * How long each text of a record may be, in characters: the one list the schemas enforce (on
 * every save, every backup restored or merged and every Excel import, through the stored-record
 * schemas) and the forms' counters show (1,234/5,000). A limit is generous for its field — a
 * 督导过程 of an afternoon's meeting is a few thousand characters — and exists so that a paste of
 * a whole document by mistake is seen before it is saved, never cut.
 */
export const TEXT_LIMITS = {
  studio: { name: 100, lead: 50, unit: 100, address: 200, phone: 30 },
  person: { name: 50, org: 100, phone: 20, note: 1000 },
  project: { name: 100, organization: 100, street: 50, community: 50, beneficiaries: 200, note: 2000 },
  progress: { note: 1000 },
  session: {
    location: 100,
    topic: 20,
    questions: 5000,
    process: 20000,
    advice: 5000,
    supervisorReflection: 5000,
    superviseeReflection: 5000,
    riskNote: 1000,
    confirmName: 50,
  },
  followUp: { content: 500, completionNote: 1000 },
  framework: { name: 100, note: 1000, code: 10, itemName: 50, description: 500, rubric: 500 },
  assessment: { assessor: 50, basis: 2000, vetoNote: 1000, achievements: 5000, problems: 5000, improvements: 5000 },
  /** 撤销定稿 的原因, kept in 修改历史. */
  undoReason: 500,
} as const
