// DOM-side extraction: visible text + segment map, and mapping offsets back to DOM positions.
export {
  createExtractor,
  extractVisibleText,
  segmentData,
  type Extractor,
  type Extracted,
  type ExtractOptions,
  type Segment,
  type StyleFacts,
} from './extract';
export { locate, stillMatches, type DomPositions } from './anchor';
