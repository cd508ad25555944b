import { configure } from '@testing-library/dom'

// Testing Library gives `waitFor`/`findBy` one second by default: on a shared 2-core machine a
// render under load takes longer, and the test failed without anything being wrong. The tests
// wait for state; the test's own timeout (vitest.config.ts) is what bounds them.
configure({ asyncUtilTimeout: 15_000 })
