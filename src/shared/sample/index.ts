/** 示例数据: deterministic sample records for 载入示例数据, tests and benchmarks. */
export { generateSampleData, samplePeriods, SAMPLE_DEFAULTS, type SampleData, type SampleOptions } from './generator'
export { Rng } from './prng'
export { REAL_NAMES_IN_SEEDS, NameMaker } from './names'
export { SAMPLE_COMMUNITIES, SEED_PROJECTS, PROJECT_THEMES, SAMPLE_STUDIO } from './places'
