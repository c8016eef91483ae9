/**
 * ccm-drafter's public API. The CLI is a thin shell over these functions.
 * @packageDocumentation
 */
export {buildFromAnswers, type BuildOptions, type BuildResult} from './app/build.js';
export {lintPaths, type LintResult} from './app/lint.js';
export {assembleDraft, type AssembleInput, type Draft} from './assemble/index.js';
export {sectionTextHash, sectionBodies, type BuildManifest} from './assemble/provenance.js';
export {allSections, provisions, type Bill, type Part, type Provision, type Schedule, type Section} from './bill/model.js';
export {
  buildRecordSchemaId,
  buildRecordVersion,
  recordPathFor,
  type BuildRecord,
  type RecordItem,
  type RecordPenalty,
  type RecordSection
} from './bill/record.js';
export {parseBuildRecord, readBuildRecordFor, type RecordRead} from './bill/read-record.js';
export {loadModel, modelHash, type Model} from './model/load.js';
export {parseModel} from './model/parse.js';
export {analyseModel, type ModelStructure, type ClauseInfo} from './model/structure.js';
export {componentIds, stateFields, type ComponentId} from './model/vocabulary.js';
export {loadChecklist, parseChecklist, statuses, type Checklist, type ChecklistItem, type ItemStatus} from './checklist/load.js';
export {loadAnswers, parseAnswers, serializeAnswers, type AnswersFile, type ItemAnswer} from './answers/file.js';
export {loadProfile, parseProfile, listProfiles, type Profile} from './answers/profile.js';
export {resolveAnswers, type Resolution} from './answers/resolve.js';
export {parseCondition, type Expr} from './conditions/parse.js';
export {checkCondition, evaluateCondition, implies} from './conditions/check.js';
export {InputError, formatDiagnostic} from './util/diagnostics.js';
export type {ActDocument, ActSection} from './act/types.js';
export {readAct, readActFile, readText} from './read/index.js';
export {gapReportForAct, gapReportForText} from './gap/report.js';
export {renderActGapMarkdown} from './gap/render-md.js';
export {draftGapReport, renderDraftGapMarkdown, type DraftGapReport} from './gap/draft.js';
export type {ActGapReport} from './gap/types.js';
/** Clause alignment, redline and the workshop matrix (`compare.compareActs`, `compare.renderHtml`, …). */
export * as compare from './compare/index.js';
export {exportDraft, exportFormats, type ExportFormat, type ExportOptions, type ExportResult} from './export/index.js';
export {explanatoryNote, explanatoryNoteBlocks} from './export/explanatory-note.js';
export {formABlocks, type FormAOptions} from './report/form-a.js';
export {toMarkdown as reportToMarkdown, type Block} from './report/document.js';
export {toDocx as reportToDocx} from './report/document-docx.js';
export {article7Report, billStatuses, type Article7Options, type Article7Result} from './app/article7.js';
/** Workshops: run a room, start one, make a pack of spot-the-gap exercises. */
export {runWorkshop, type ParticipantOutcome, type WorkshopOptions, type WorkshopResult} from './app/workshop.js';
export {initWorkshop, type WorkshopInitOptions, type WorkshopInitResult} from './app/workshop-init.js';
export {writeExercises, type ExercisesOptions, type ExercisesResult} from './app/workshop-exercises.js';
