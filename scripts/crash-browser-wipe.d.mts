// Types for scripts/crash-browser-wipe.mjs (used by scripts/test-crash.mjs and its test).
export function browserWipe(log: string): string
