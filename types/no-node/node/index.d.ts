// An empty stand-in for @types/node, used only by tsconfig.shared.json and
// tsconfig.renderer.json (their `typeRoots`). The typings of docx and jszip start with
// `/// <reference types="node" />`; without this stub that line would pull Node's globals
// (Buffer, process, Node's own crypto) into code that must run in the browser as well.
// With it, a `Buffer` or `process` in src/shared or the renderer is a type error.
export {}
