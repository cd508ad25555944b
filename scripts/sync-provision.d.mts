/** `npm run sync:provision` run in this process (tests provisioning many studios): argv as after `--`. */
export function main(argv: string[], env?: NodeJS.ProcessEnv, say?: (line: string) => void): Promise<void>
