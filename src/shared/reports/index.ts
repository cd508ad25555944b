/** Shared report layer: document model, font sets and the .docx renderer (browser and Node). */
export * from './report-model'
export * from './fonts'
export {
  A4_TWIPS,
  DOCX_MIME,
  MARGINS_MM,
  MARGINS_TWIPS,
  STYLE_IDS,
  TEXT_WIDTH_TWIPS,
  TWIPS_PER_MM,
  buildDocument,
  mmToTwips,
  renderReport,
  type RenderOptions,
} from './render-docx'
