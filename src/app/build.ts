/**
 * The `build` job as a library function: load everything an answers file
 * points at, assemble the draft, and say which files to write. The CLI and
 * the wizard both call this; neither knows how a bill is made.
 */
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {loadAnswers, type AnswersFile} from '../answers/file.js';
import {loadProfile, type Profile} from '../answers/profile.js';
import {assembleDraft, type Draft} from '../assemble/index.js';
import {loadChecklist, type Checklist} from '../checklist/load.js';
import {choiceLabelsOf, draftGapReport, type DraftGapReport} from '../gap/draft.js';
import {renderDraftGapMarkdown} from '../gap/render-draft-md.js';
import {loadModel, type Model} from '../model/load.js';
import {explanatoryNote} from '../export/explanatory-note.js';
import {defaultChecklistPath, defaultModelPath} from '../paths.js';
import {displayPath} from '../util/display-path.js';
import {diagnostic} from '../util/diagnostics.js';
import {compareFingerprints, describeDrift, fingerprintsFor, hasDrift} from '../answers/fingerprints.js';
import {draftWarnings} from '../answers/resolve.js';
import type {OutputFile, SizeLimit} from '../util/files.js';
import {commencementWarnings} from './build-commencement.js';

/** Options for {@link buildFromAnswers}; `maxBytes` limits every file it reads (the CLI's `--max-size`). */
export interface BuildOptions extends SizeLimit {
  /** Answers file path (resolved against `cwd`). */
  answers: string;
  cwd: string;
  /** Jurisdiction id or profile path; overrides the answers file (default: the answers file's, else `generic`). */
  jurisdiction?: string | undefined;
  /** Model file (default: the bundled model Act). */
  model?: string | undefined;
  /** Checklist file (default: the bundled Article 9 checklist). */
  checklist?: string | undefined;
  /** Output folder (default: `out`). */
  out?: string | undefined;
  /** The date deadlines in the gap report are judged against: injected, so the same inputs give the same report. */
  today: Date;
  /** Answers already in memory (the wizard), instead of reading `answers`. */
  answersFile?: AnswersFile | undefined;
  /**
   * Inputs already loaded, instead of loading them again (a workshop loads the model and the checklist once
   * for the room and each profile once): `model` as `loadModel` gives the model file, `checklist` as
   * `loadChecklist` gives the checklist file, `profile` as `loadProfile` gives the jurisdiction's profile
   * (relative to `cwd`). Only read, never changed, so one object can serve every build of a process.
   */
  loaded?: {model?: Model | undefined; checklist?: Checklist | undefined; profile?: Profile | undefined} | undefined;
}

/** What a build produced. */
export interface BuildResult {
  draft: Draft;
  answers: AnswersFile;
  /** The checklist the answers were resolved against. */
  checklist: Checklist;
  /** The gap report of the draft (also among `files`). */
  gap: DraftGapReport;
  /** Files to write (the caller writes them atomically). */
  files: OutputFile[];
  /** Notes for the person: defaults used, open items, model drift. */
  notes: VFileMessage[];
}

/**
 * Profile texts that still carry the profile's own State name after the
 * answers renamed the State ("the Examplia Police Force" in a bill for
 * Palmira): each would print a placeholder in the bill.
 */
function placeholderLeftovers(draft: Draft, profileName: unknown, answeredName: unknown): Array<{name: string; value: string}> {
  if (typeof profileName !== 'string' || typeof answeredName !== 'string' || profileName === answeredName) return [];
  const words = profileName
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !answeredName.includes(w) && !/^(The|Republic|Kingdom|Commonwealth|State|Islands?|of)$/.test(w));
  if (words.length === 0) return [];
  const out: Array<{name: string; value: string}> = [];
  for (const [name, resolved] of draft.resolution.values) {
    if (resolved.origin !== 'profile' || typeof resolved.value !== 'string' || !draft.filled.has(name)) continue;
    if (words.some((w) => resolved.value.toString().includes(w))) out.push({name, value: resolved.value});
  }
  return out;
}

/** The draft bill assembled for an answers file, with the notes for the person (see {@link assembleFromAnswers}). */
export interface AssembledBuild {
  draft: Draft;
  answers: AnswersFile;
  /** The checklist the answers were resolved against. */
  checklist: Checklist;
  /** The model the draft was assembled from (its path as the caller named it). */
  model: Model;
  /** Notes for the person: defaults used, open items, model drift. */
  notes: VFileMessage[];
}

/**
 * Assemble the draft bill for an answers file, without the documents a build
 * writes beside it: for the callers that need only the bill (compare's model
 * base, the Article 7 report), which would otherwise spend most of the build
 * on an explanatory note and a gap report they never read. Raises
 * InputError on bad input; writes nothing.
 */
export async function assembleFromAnswers(options: BuildOptions): Promise<AssembledBuild> {
  const answersPath = path.resolve(options.cwd, options.answers);
  const answers = options.answersFile ?? (await loadAnswers(answersPath, displayPath(answersPath, options.cwd), options));
  const modelPath = options.model ? path.resolve(options.cwd, options.model) : defaultModelPath;
  const checklistPath = options.checklist ? path.resolve(options.cwd, options.checklist) : defaultChecklistPath;
  const [loadedModel, loadedChecklist] = await Promise.all([
    options.loaded?.model ?? loadModel(modelPath, options),
    options.loaded?.checklist ?? loadChecklist(checklistPath, options)
  ]);
  // A model and a checklist of this build's own (one loaded before may serve other builds, under other paths);
  // the model's tree is shared (assembly never changes it), its parameters in a Map of its own, as loadModel gives.
  const model: Model = {...loadedModel, path: displayPath(modelPath, options.cwd), params: new Map(loadedModel.params)};
  const checklist: Checklist = {...loadedChecklist, path: displayPath(checklistPath, options.cwd)};
  const jurisdiction = options.jurisdiction ?? answers.jurisdiction ?? 'generic';
  const from = options.jurisdiction
    ? undefined
    : answers.jurisdiction
      ? {file: answers.path, place: answers.yaml?.pointAt(['jurisdiction'])}
      : undefined;
  const loadedProfile =
    options.loaded?.profile ??
    (await loadProfile(jurisdiction, options.cwd, from ?? {file: options.jurisdiction ? '<--jurisdiction>' : answers.path}, options));
  const profile: Profile = {...loadedProfile, path: displayPath(path.resolve(options.cwd, loadedProfile.path), options.cwd)};

  const draft = assembleDraft({model, checklist, profile, answers});
  // Warnings about the answers (a "the" dropped, a consenting officer of the other choice, "the Crown" in a republic)
  // and about what the bill prints (amounts in two currencies, money answers it ignores).
  const notes: VFileMessage[] = [
    ...draft.resolution.messages.filter((m) => m.fatal === false),
    ...draftWarnings(draft.resolution, draft.filled, model, answers)
  ];
  if (answers.model && answers.model !== model.hash) {
    notes.push(
      diagnostic(
        `The model Act has changed since these answers were saved (answers: ${answers.model}, model: ${model.hash}); review them with \`ccm-draft wizard --answers ${answers.path}\``,
        {file: answers.path, place: answers.yaml?.pointAt(['model']), ruleId: 'model-changed', source: 'answers', fatal: false}
      )
    );
  }
  // Which answers the change touches, when the wizard saved fingerprints (docs/formats.md §4).
  const drift = compareFingerprints(answers, fingerprintsFor(model, checklist));
  if (hasDrift(drift)) {
    notes.push(
      diagnostic(
        `Answers and model out of step:\n  ${describeDrift(drift).join('\n  ')}\nReview them with \`ccm-draft wizard --answers ${answers.path}\``,
        {
          file: answers.path,
          place: answers.yaml?.pointAt(['fingerprints'], 'key'),
          ruleId: 'answers-drift',
          source: 'answers',
          fatal: false
        }
      )
    );
  }
  notes.push(...commencementWarnings(draft, {answers, profile}, options.today));
  const stale = placeholderLeftovers(draft, profile.params['country.name'], answers.params['country.name']);
  if (stale.length > 0) {
    notes.push(
      diagnostic(
        `The answers rename the State, but ${stale.map((s) => `\`${s.name}\` ("${s.value}")`).join(', ')} ${stale.length === 1 ? 'still comes' : 'still come'} from profile ${profile.id} and ${stale.length === 1 ? 'names' : 'name'} the old one; give them in \`params:\``,
        {
          file: answers.path,
          place: answers.yaml?.pointAt(['params', 'country.name']),
          ruleId: 'profile-name-left',
          source: 'answers',
          fatal: false
        }
      )
    );
  }
  const defaulted = draft.resolution.defaulted.filter((name) => draft.filled.has(name));
  if (defaulted.length > 0) {
    const list = defaulted.map((name) => {
      const v = draft.resolution.values.get(name)!;
      return `${name} = ${JSON.stringify(v.value)} (${v.origin === 'profile' ? `profile ${profile.id}` : 'model default'})`;
    });
    notes.push(
      diagnostic(`${defaulted.length} parameter(s) not answered, defaults used:\n  ${list.join('\n  ')}`, {
        file: answers.path,
        ruleId: 'defaults-used',
        source: 'answers',
        fatal: undefined
      })
    );
  }
  const open = [...draft.resolution.items.values()].filter((r) => r.status === 'unknown');
  if (open.length > 0) {
    notes.push(
      diagnostic(`${open.length} checklist item(s) still open: ${open.map((r) => r.item.id).join(', ')}`, {
        file: answers.path,
        ruleId: 'open-items',
        source: 'answers',
        fatal: undefined
      })
    );
  }
  return {draft, answers, checklist, model, notes};
}

/** Build the draft bill for an answers file, and the documents written beside it. Raises InputError on bad input; writes nothing. */
export async function buildFromAnswers(options: BuildOptions): Promise<BuildResult> {
  const {draft, answers, checklist, model, notes} = await assembleFromAnswers(options);
  const gap = draftGapReport(draft, {today: options.today, answersPath: answers.path, choiceLabels: choiceLabelsOf(model.params)});
  const out = path.resolve(options.cwd, options.out ?? 'out');
  const files: OutputFile[] = [
    {path: path.join(out, 'draft-bill.md'), contents: draft.markdown},
    {path: path.join(out, 'draft-bill.build.json'), contents: `${JSON.stringify(draft.record, null, 2)}\n`},
    {path: path.join(out, 'explanatory-note.md'), contents: explanatoryNote(draft)},
    {path: path.join(out, 'gap-report.md'), contents: renderDraftGapMarkdown(gap)},
    {path: path.join(out, 'gap-report.json'), contents: `${JSON.stringify(gap, null, 2)}\n`}
  ];
  return {draft, answers, checklist, gap, files, notes};
}
