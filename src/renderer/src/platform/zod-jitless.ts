/**
 * Zod compiles fast object parsers with `new Function` when it can, and probes for that on
 * first use. Our Content-Security-Policy forbids string code (no 'unsafe-eval'), so the probe
 * fails anyway — but it still raises a `securitypolicyviolation` on every start. Tell zod up
 * front not to try. Import this before anything parses with zod (Root.tsx imports it first).
 */
import { z } from 'zod'

z.config({ jitless: true })
