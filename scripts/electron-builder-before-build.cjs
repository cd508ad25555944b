// electron-builder `beforeBuild` hook. Returning false tells electron-builder that node_modules
// are handled elsewhere: it neither installs/rebuilds them nor copies them into app.asar.
// Everything the app runs is already bundled by electron-vite into out/ (main bundles zod;
// the renderer bundles React, antd, docx …), and there are no native modules.
// scripts/check-package.mjs checks that out/main and out/preload import nothing but Electron
// and Node built-ins, so this stays true.
module.exports = async function beforeBuild() {
  return false
}
