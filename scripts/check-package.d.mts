// Types for scripts/check-package.mjs (used by test/main/package-config.test.ts).
export interface BuilderConfig {
  appId?: string
  productName?: string
  asar?: boolean
  publish?: unknown
  files?: unknown
  icon?: string
  beforeBuild?: unknown
  electronFuses?: Record<string, boolean> | null
  fileAssociations?: Array<{ ext: string | string[]; name?: string; description?: string; mimeType?: string; role?: string }>
  win?: { target?: unknown; icon?: string }
  nsis?: Record<string, unknown>
  mac?: { target?: unknown; icon?: string; [key: string]: unknown }
  linux?: { target?: unknown; icon?: string; [key: string]: unknown }
  directories?: { output?: string; buildResources?: string }
  [key: string]: unknown
}
export const REQUIRED_FUSES: Record<string, boolean>
export function readAppInfo(projectDir?: string): { appId: string | undefined; productName: string | undefined }
export function loadBuilderConfig(projectDir?: string): Promise<BuilderConfig>
export function filePatterns(config: BuilderConfig): string[]
export function checkBuilderConfig(
  config: BuilderConfig,
  info: { appId: string | undefined; productName: string | undefined },
  projectDir?: string,
): string[]
export function listPackedFiles(projectDir: string, patterns: string[]): string[]
export function findForbiddenFiles(files: string[]): string[]
export function externalImports(code: string): string[]
export function checkBundles(projectDir?: string): string[]
export function packAsarWithStubElectron(projectDir?: string): Promise<{ asarFile: string; files: string[]; unpacked: boolean }>
