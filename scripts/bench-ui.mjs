// Timings that need the real app screen (same origin as the bench page, so same IndexedDB).
// Later issues add their screens here.
export async function uiBench(_page, _baseUrl, _results) {}
