/**
 * Compare, redline and workshop matrix: the library surface (re-exported by
 * `src/index.ts`).
 */
export {alignUnits, longestIncreasing, type AlignedGroup, type AlignOptions, type ChangeKind, type MatchMethod} from './align.js';
export {
  changeKinds,
  compareActs,
  compareSchemaId,
  type Change,
  type CompareOptions,
  type CompareResult,
  type CompareSide,
  type Explanation,
  type SectionRef
} from './compare.js';
export {meaningForModelBase, meaningOf} from './meaning.js';
export {loadAct, loadActText, loadPair, type LoadActOptions, type LoadedAct, type LoadedPair} from './read.js';
export {
  buildMatrix,
  headingSlug,
  MATRIX_LEGEND,
  matrixFromFiles,
  matrixSchemaId,
  matrixValues,
  type Matrix,
  type MatrixCell,
  type MatrixColumn,
  type MatrixFile,
  type MatrixFromFilesOptions,
  type MatrixGroup,
  type MatrixInput,
  type MatrixOptions,
  type MatrixRef,
  type MatrixRow,
  type MatrixValue
} from './matrix.js';
export {renderMatrixCsv, renderMatrixHtml, renderMatrixJson, renderMatrixMarkdown} from './render-matrix.js';
// `modelBase` (src/app/model-base.ts) is left out on purpose: it loads the whole assembly engine.
export {afterText, beforeText, redline, redlineStats, type RedlineOptions, type RedlineSegment} from './redline.js';
export {
  attachProvenance,
  matchesHash,
  parseProvenance,
  provenanceFromRecord,
  provenancePathFor,
  readProvenanceFor,
  sectionTextHash,
  type Provenance,
  type ProvenanceOmission,
  type ProvenanceSection
} from './provenance.js';
export {renderHtml} from './render-html.js';
export {renderMarkdown} from './render-md.js';
export {renderJson} from './render-json.js';
export {unitsOf, type CompareUnit} from './units.js';
