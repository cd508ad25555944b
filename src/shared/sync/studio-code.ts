/**
 * The shape of a studio code (docs/sync.md): its own module so that both the provisioning rules
 * (provision.ts) and the roll-up contract (rollup/document.ts), which provision.ts checks roll-ups
 * against, can import it without importing each other.
 */

/** lowercase letters, digits and `-`, starting and ending with a letter or digit (e.g. `linquan`). */
export const STUDIO_CODE_RE = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/
