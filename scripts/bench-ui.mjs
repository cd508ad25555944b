// Timings that need the real app screen (same origin as the bench page, so same IndexedDB).
// Later issues add their screens here.
import { uiBenchSessions } from './bench-ui-sessions.mjs'
import { uiBenchDashboard } from './bench-ui-dashboard.mjs'
import { uiBenchDistrict } from './bench-ui-district.mjs'

/** scale: the sessions of a BENCH_SCALE pass (null: each group's default). */
export async function uiBench(page, baseUrl, results, wanted = () => true, scale = null) {
  if (wanted('ui-sessions')) await uiBenchSessions(page, baseUrl, results)
  // The district group replaces the app's database with a district computer's roll-ups.
  if (wanted('district')) await uiBenchDistrict(page, baseUrl, results)
  // Last: it replaces the app's database with its own data set.
  if (wanted('ui-dashboard')) await uiBenchDashboard(page, baseUrl, results, scale)
}
