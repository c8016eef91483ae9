/**
 * Compare, redline and workshop matrix: the library surface (re-exported by
 * `src/index.ts`).
 */
export {alignUnits, longestIncreasing, type AlignedGroup, type AlignOptions, type ChangeKind, type MatchMethod} from './align.js';
export {
  changeKinds,
  compareActs,
  type Change,
  type CompareOptions,
  type CompareResult,
  type CompareSide,
  type Explanation,
  type SectionRef
} from './compare.js';
export {loadAct, loadActText, type LoadActOptions, type LoadedAct} from './read.js';
export {afterText, beforeText, redline, redlineStats, type RedlineOptions, type RedlineSegment} from './redline.js';
export {attachProvenance, parseProvenance, provenancePathFor, readProvenanceFor, type Provenance, type ProvenanceOmission, type ProvenanceSection} from './provenance.js';
export {renderHtml} from './render-html.js';
export {renderMarkdown} from './render-md.js';
export {renderJson} from './render-json.js';
export {unitsOf, type CompareUnit} from './units.js';
