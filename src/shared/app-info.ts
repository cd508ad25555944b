export const APP_NAME = '社工督导工作台'
export const APP_ID = 'cn.socialwork.supervision-studio'
/** The packaged renderer's origin is app://studio. Never change it: IndexedDB data lives there. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'studio'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
