/**
 * What antd needs of a browser that jsdom lacks: matchMedia (its responsive helpers) and
 * ResizeObserver (text areas that size themselves). Call in beforeAll.
 */
export function antdInJsdom(): void {
  window.matchMedia ??= ((query: string) => ({
    matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
}
