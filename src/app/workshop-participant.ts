/**
 * One participant of a workshop: read their answers (and their own draft,
 * when they handed one back), decide whether the outputs of the last run
 * can be kept, build what needs building, and prepare every file of their
 * set (bill, build record, explanatory note, gap report, feedback sheet and
 * `participant.json`). Nothing is written here: the room (src/app/workshop.ts)
 * publishes each set, so that this job can also run in a worker thread
 * (src/app/workshop-worker.ts), whose results cross as plain data.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {flatView} from '../act/view.js';
import {readText} from '../read/index.js';
import {parseAnswers} from '../answers/file.js';
import {parseProfile, type Profile, profilePath} from '../answers/profile.js';
import {parseBuildRecord} from '../bill/read-record.js';
import {type BuildRecord, recordPathFor} from '../bill/record.js';
import {type Checklist, loadChecklist} from '../checklist/load.js';
import {loadModel, type Model} from '../model/load.js';
import {draftGapReport, type DraftGapReport} from '../gap/draft.js';
import {renderDraftGapMarkdown} from '../gap/render-draft-md.js';
import {gapReportForAct} from '../gap/report.js';
import {defaultChecklistPath, defaultModelPath} from '../paths.js';
import {diagnostic, InputError} from '../util/diagnostics.js';
import {displayPath} from '../util/display-path.js';
import {formatIsoDate} from '../util/dates.js';
import {type OutputFile, readOptionalTextFile, readSidecarFile, readTextFile, type SizeLimit} from '../util/files.js';
import {feedbackSheet} from '../workshop/feedback.js';
import {renderSheetHtml} from '../workshop/feedback-render.js';
import {type DraftAgainstRecord, describeEdit, readAgainstRecord, sameBill} from '../workshop/hand-edits.js';
import {
  filesInTheWay,
  fingerprintOf,
  type InputParts,
  manifestHeader,
  type ParticipantManifest,
  participantManifestName,
  readManifest,
  sha256,
  toolFingerprint,
  unchanged
} from '../workshop/manifest.js';
import {editedReportNotice, rateEditedText} from '../workshop/edited-report.js';
import {editedNoteNotice, noNoteText} from '../workshop/note.js';
import {draftFileName, type ParticipantFiles} from '../workshop/scan.js';
import {buildFromAnswers} from './build.js';

/**
 * What happened to one participant. `kept`: a file the workshop wrote in
 * their folder was changed since (a trainer's note in a feedback sheet), so
 * nothing there was replaced, and the matrix shows the outputs already there.
 */
export type ParticipantStatus = 'built' | 'reused' | 'edited' | 'kept' | 'failed';

/** One participant's outcome. */
export interface ParticipantOutcome {
  id: string;
  /** The answers file as named in the workshop folder. */
  answers: string;
  status: ParticipantStatus;
  /** The participant's own draft, edited by hand, is what was read (also when its outputs were reused). */
  edited: boolean;
  /** The State as the bill names it, or null when nothing could be built. */
  state: string | null;
  /** One line: what was done, or why it failed. */
  detail: string;
  /** Why it failed (positioned messages). */
  errors: VFileMessage[];
  /** Warnings the trainer should see (the build's, and about the participant's draft folder). */
  warnings: VFileMessage[];
  /** Files written, absolute (none when reused, kept or failed). */
  written: string[];
  /** Kept only: the outputs kept are not those of the inputs now (the answers or the draft changed since). */
  outOfDate?: boolean | undefined;
}

/** The files of each participant's set, in the order they are written and listed. */
export const participantFiles = [
  draftFileName,
  'draft-bill.build.json',
  'explanatory-note.md',
  'gap-report.md',
  'gap-report.json',
  'feedback.html',
  'feedback.docx',
  participantManifestName
] as const;

/** "the Republic of Aland" → "Republic of Aland". */
export function stateOf(record: BuildRecord): string {
  const v = record.values['country.name'];
  const name = (v?.printed ?? (typeof v?.value === 'string' ? v.value : '')).trim().replace(/^the\s+/i, '');
  return name ? `${name[0]!.toUpperCase()}${name.slice(1)}` : record.jurisdiction.name;
}

/** What one participant contributes to the matrix. */
export interface Column {
  /** The participant's bill as written to `out/<id>/draft-bill.md`. */
  markdown: string;
  record: BuildRecord;
  /** The participant's own gap report, as written (the matrix cells are its ratings). */
  report: DraftGapReport;
  /** The participant's own draft, edited by hand; when false, `markdown` is exactly the bill `record` describes, as printed. */
  edited: boolean;
  state: string;
  id: string;
  /** The participant's last good result, kept because a file in their folder was changed by hand; not their inputs now. */
  lastRun?: boolean | undefined;
}

/** Shared for the whole run, read once (a worker thread gets it as plain data: {@link RoomSettings}). */
export interface RoomContext extends RoomSettings {
  today: Date;
  /** The bundled model Act and checklist, loaded once per thread (every build is given them). */
  model: Model;
  checklist: Checklist;
  /** Profiles parsed in this thread, by path and text: participants of one jurisdiction share one (builds only read it). */
  profiles: Map<string, Profile>;
}

/** The run's settings as plain data (what a worker thread is given). */
export interface RoomSettings {
  /** The workshop folder and its `out/`, absolute. */
  folder: string;
  out: string;
  cwd: string;
  /** The date deadlines are judged against (`YYYY-MM-DD`). */
  todayIso: string;
  force: boolean;
  /** sha256 of the model Act and of the checklist (fingerprint parts). */
  modelHash: string;
  checklistHash: string;
  /** The largest file to read (the CLI's `--max-size`), carried to the worker threads with the rest of the settings. */
  maxBytes?: number | undefined;
}

/** The context of a run from its settings: the checklist loaded, the date as a Date. */
export async function roomContext(settings: RoomSettings): Promise<RoomContext> {
  return {
    ...settings,
    today: new Date(`${settings.todayIso}T00:00:00Z`),
    model: await loadModel(defaultModelPath, settings),
    checklist: await loadChecklist(defaultChecklistPath, settings),
    profiles: new Map()
  };
}

/** The settings of a run: what the model and checklist are (hashed), read once. */
export async function roomSettings(options: {
  folder: string;
  cwd: string;
  today: Date;
  force: boolean;
  maxBytes?: number | undefined;
}): Promise<RoomSettings> {
  const [modelText, checklistText] = await Promise.all([
    readTextFile(defaultModelPath, {source: 'model', maxBytes: options.maxBytes}),
    readTextFile(defaultChecklistPath, {source: 'checklist', maxBytes: options.maxBytes})
  ]);
  return {
    folder: options.folder,
    out: path.join(options.folder, 'out'),
    cwd: options.cwd,
    todayIso: formatIsoDate(options.today),
    force: options.force,
    modelHash: sha256(modelText),
    checklistHash: sha256(checklistText),
    ...(options.maxBytes !== undefined ? {maxBytes: options.maxBytes} : {})
  };
}

// ------------------------------------------------------------------ crossing a thread

/** A message as plain data. */
interface WireMessage {
  reason: string;
  file: string | null;
  line: number | null;
  column: number | null;
  ruleId: string | null;
  source: string | null;
  fatal: boolean | null;
  cause?: WireMessage | undefined;
}

/** A job's result as plain data: what it prepared, its bad input, or a defect. */
export type WireResult =
  | {
      kind: 'prepared';
      outcome: Omit<ParticipantOutcome, 'errors' | 'warnings'> & {errors: WireMessage[]; warnings: WireMessage[]};
      column?: Column | undefined;
      files?: OutputFile[] | undefined;
    }
  | {kind: 'input-error'; messages: WireMessage[]}
  | {kind: 'defect'; message: string; stack?: string | undefined};

function toWireMessage(m: VFileMessage): WireMessage {
  return {
    reason: m.reason,
    file: m.file || null,
    line: m.line ?? null,
    column: m.column ?? null,
    ruleId: m.ruleId ?? null,
    source: m.source ?? null,
    fatal: m.fatal ?? null,
    ...(m.cause instanceof Error && 'reason' in m.cause ? {cause: toWireMessage(m.cause as VFileMessage)} : {})
  };
}

function fromWireMessage(w: WireMessage): VFileMessage {
  return diagnostic(w.reason, {
    file: w.file ?? undefined,
    place: w.line === null ? undefined : {line: w.line, column: w.column ?? 1},
    ruleId: w.ruleId ?? 'workshop',
    source: w.source ?? 'workshop',
    fatal: w.fatal ?? undefined,
    cause: w.cause ? fromWireMessage(w.cause) : undefined
  });
}

/** Run a job and give its result as plain data (what a worker thread sends back). */
export async function prepareToWire(p: ParticipantFiles, ctx: RoomContext): Promise<WireResult> {
  try {
    const {outcome, column, files} = await prepareParticipant(p, ctx);
    return {
      kind: 'prepared',
      outcome: {...outcome, errors: outcome.errors.map(toWireMessage), warnings: outcome.warnings.map(toWireMessage)},
      column,
      files
    };
  } catch (error) {
    if (error instanceof InputError) return {kind: 'input-error', messages: error.messages.map(toWireMessage)};
    return {
      kind: 'defect',
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined
    };
  }
}

/** A job's result from plain data: an InputError for bad input, the defect raised again as an Error. */
export function fromWire(result: WireResult): Prepared {
  if (result.kind === 'input-error') throw new InputError(result.messages.map(fromWireMessage));
  if (result.kind === 'defect') {
    const error = new Error(result.message);
    if (result.stack) error.stack = result.stack;
    throw error;
  }
  return {
    outcome: {
      ...result.outcome,
      errors: result.outcome.errors.map(fromWireMessage),
      warnings: result.outcome.warnings.map(fromWireMessage)
    },
    column: result.column,
    files: result.files
  };
}

/**
 * Name a message's file as the trainer would type it: the workshop reads the
 * participants' files by paths relative to its folder; files of the package
 * (a bundled profile, the model) keep their own names.
 */
export function fromFolder(messages: readonly VFileMessage[], ctx: RoomContext): VFileMessage[] {
  for (const m of messages) {
    for (const x of [m, m.cause]) {
      if (!(x instanceof Error) || !('file' in x) || typeof x.file !== 'string' || x.file === '') continue;
      const absolute = path.resolve(ctx.folder, x.file);
      if (!path.isAbsolute(x.file) && !existsSync(absolute)) continue;
      const relative = path.relative(ctx.cwd, absolute);
      x.file = relative.startsWith('..') ? absolute : relative || x.file;
    }
  }
  return [...messages];
}

export function failed(p: ParticipantFiles, errors: VFileMessage[], ctx: RoomContext, warnings: VFileMessage[] = []): ParticipantOutcome {
  const named = fromFolder(errors, ctx);
  const first = named[0];
  return {
    id: p.id,
    answers: p.answersName,
    status: 'failed',
    edited: false,
    state: null,
    detail: first ? first.reason.split('\n')[0]! : 'failed',
    errors: named,
    warnings: fromFolder(warnings, ctx),
    written: []
  };
}

/** The participant's draft and the record beside it, when they handed one back. */
async function ownDraft(
  p: ParticipantFiles,
  ctx: SizeLimit
): Promise<{text: string; recordText?: string | undefined; record?: BuildRecord | undefined; messages: VFileMessage[]} | undefined> {
  if (!p.draft || !p.draftName) return undefined;
  const text = await readTextFile(p.draft, {source: 'workshop', maxBytes: ctx.maxBytes});
  const recordName = recordPathFor(p.draftName);
  const sidecar = await readSidecarFile(recordPathFor(p.draft), 'workshop', ctx);
  for (const m of sidecar.messages) m.file = recordName;
  if (sidecar.text === undefined) return {text, messages: sidecar.messages};
  const read = await parseBuildRecord(sidecar.text, recordName, {
    source: 'workshop',
    consequence: 'hand edits are judged against the bill the answers build now'
  });
  return {text, recordText: sidecar.text, record: read.record, messages: read.messages};
}

/** The profile in `text`, read from `file`, as `loadProfile` gives it to a build in the workshop folder; parsed once per thread. */
function parsedProfile(file: string, text: string, ctx: RoomContext): Profile {
  const key = `${file}\0${text}`;
  let profile = ctx.profiles.get(key);
  if (!profile) {
    profile = parseProfile(text, displayPath(file, ctx.folder));
    ctx.profiles.set(key, profile);
  }
  return profile;
}

/** What one participant's job gives: the outcome, their matrix column and their files to publish (none when failed or reused). */
export interface Prepared {
  outcome: ParticipantOutcome;
  column?: Column | undefined;
  files?: OutputFile[] | undefined;
}

/** Build (or reuse) one participant's outputs, ready to publish. Bad input raises an InputError. */
export async function prepareParticipant(p: ParticipantFiles, ctx: RoomContext): Promise<Prepared> {
  const answersText = await readTextFile(p.answers, {source: 'answers', maxBytes: ctx.maxBytes});
  const answers = parseAnswers(answersText, p.answersName);
  const profileFile = profilePath(answers.jurisdiction ?? 'generic', ctx.folder);
  const profile = await readOptionalTextFile(profileFile, {source: 'profile', maxBytes: ctx.maxBytes}).catch(() => undefined);
  const own = await ownDraft(p, ctx);
  const parts: InputParts = {
    answers: sha256(answersText),
    profile: profile === undefined ? 'none' : sha256(profile),
    model: ctx.modelHash,
    checklist: ctx.checklistHash,
    tool: toolFingerprint,
    today: ctx.todayIso,
    draft: own ? sha256(own.text) : null,
    record: own?.recordText !== undefined ? sha256(own.recordText) : null
  };
  const fingerprint = fingerprintOf(parts);
  const outDir = path.join(ctx.out, p.id);
  const manifestPath = path.join(outDir, participantManifestName);
  const previous = await readManifest<ParticipantManifest>(manifestPath);

  // Reuse: the same inputs, and every file still as the workshop wrote it.
  if (
    previous &&
    previous.inputs?.fingerprint === fingerprint &&
    participantFiles.every((name) => name === participantManifestName || name in previous.files) &&
    (await unchanged(outDir, previous.files, ctx))
  ) {
    const markdown = await readTextFile(path.join(outDir, draftFileName), {source: 'workshop', maxBytes: ctx.maxBytes});
    const recordName = path.join(p.id, 'draft-bill.build.json');
    const read = await parseBuildRecord(
      await readTextFile(path.join(outDir, 'draft-bill.build.json'), {source: 'workshop', maxBytes: ctx.maxBytes}),
      recordName,
      {
        source: 'workshop',
        consequence: 'built again'
      }
    );
    const report = JSON.parse(
      await readTextFile(path.join(outDir, 'gap-report.json'), {source: 'workshop', maxBytes: ctx.maxBytes})
    ) as DraftGapReport;
    if (read.record && report.kind === 'draft' && report.buildId === read.record.buildId) {
      const state = stateOf(read.record);
      return {
        outcome: {
          id: p.id,
          answers: p.answersName,
          status: 'reused',
          edited: previous.status === 'edited',
          state,
          detail: `${state}: nothing changed since the last run; its outputs are kept`,
          errors: [],
          warnings: [],
          written: []
        },
        column: {
          markdown,
          record: read.record,
          report,
          edited: previous.status === 'edited',
          state,
          id: p.id
        }
      };
    }
  }

  const warnings: VFileMessage[] = [...(own?.messages ?? [])];
  const built = await buildFromAnswers({
    answers: p.answersName,
    answersFile: answers,
    cwd: ctx.folder,
    today: ctx.today,
    out: outDir,
    maxBytes: ctx.maxBytes,
    // The room's model and checklist, and the profile as read for the fingerprint (a profile that could not be
    // read is left to the build, which says why).
    loaded: {
      model: ctx.model,
      checklist: ctx.checklist,
      profile: profile === undefined ? undefined : parsedProfile(profileFile, profile, ctx)
    }
  });
  warnings.push(...built.notes.filter((n) => n.fatal === false));
  const byName = (name: string) => built.files.find((f) => path.basename(f.path) === name)!.contents as string;

  let status: 'built' | 'edited' = 'built';
  let markdown = built.draft.markdown;
  let recordText = byName('draft-bill.build.json');
  let record = built.draft.record;
  let gap: DraftGapReport = built.gap;
  let note = byName('explanatory-note.md');
  let against: DraftAgainstRecord = {edits: [], numbers: new Map(), touched: new Set()};
  let analysis: ReturnType<typeof gapReportForAct> | undefined;
  let asBuiltGap: DraftGapReport | undefined;
  for (const s of record.sections) if (s.kind === 'section') against.numbers.set(s.id, s.number);

  if (own && p.draftName) {
    const act = flatView(readText(own.text, p.draftName));
    const fatal = act.messages.filter((m) => m.fatal === true);
    if (fatal.length > 0) throw new InputError(fatal);
    if (act.sections.length === 0)
      throw new InputError(
        diagnostic('Unexpected draft without sections, expected the draft-bill.md the wizard wrote, perhaps edited by hand', {
          file: p.draftName,
          place: {line: 1, column: 1},
          ruleId: 'no-sections',
          source: 'workshop'
        })
      );
    const theirs = own.record ?? built.draft.record;
    const asBuilt = sameBill(theirs, built.draft.record) ? flatView(readText(built.draft.markdown, 'as built')) : undefined;
    const read = readAgainstRecord(act, theirs, asBuilt);
    if (read.edits.length === 0) {
      // Not edited: the answers say everything; when they changed since, the draft is simply out of date.
      if (!asBuilt)
        warnings.push(
          diagnostic(`${p.draftName} was built from earlier answers and not edited by hand: built again from ${p.answersName}`, {
            file: p.draftName,
            ruleId: 'draft-out-of-date',
            source: 'workshop',
            fatal: false
          })
        );
    } else {
      status = 'edited';
      markdown = own.text;
      record = theirs;
      recordText = own.record && own.recordText !== undefined ? own.recordText : recordText;
      against = read;
      if (!own.record)
        warnings.push(
          diagnostic(
            `No usable build record beside ${p.draftName}: its hand edits are judged against the bill ${p.answersName} builds now`,
            {file: p.draftName, ruleId: 'no-record', source: 'workshop', fatal: false}
          )
        );
      else if (!asBuilt)
        warnings.push(
          diagnostic(
            `${p.answersName} has changed since ${p.draftName} was built: the draft and its record are read as they are, without those changes (build the draft again and redo the hand edits to bring them in)`,
            {file: p.draftName, ruleId: 'answers-changed', source: 'workshop', fatal: false}
          )
        );
      asBuiltGap = draftGapReport({record, checklist: ctx.checklist}, {today: ctx.today, answersPath: p.answersName});
      analysis = gapReportForAct(act);
      gap = rateEditedText(asBuiltGap, analysis, read.edits, {record, numbers: read.numbers});
      note = asBuilt
        ? `${editedNoteNotice(p.draftName, p.answersName, record.buildId, read.edits)}\n${note}`
        : noNoteText(p.draftName, p.answersName, read.edits);
    }
  }

  const state = stateOf(record);
  const sheet = feedbackSheet({
    participant: p.id,
    answers: p.answersName,
    state,
    record,
    gap,
    draft: against,
    status,
    asBuilt: asBuiltGap,
    analysis,
    command: `npx ccm-draft wizard --answers ${p.answersName} --out ${p.id}`
  });
  const language = record.jurisdiction.language;
  const {renderSheetDocx} = await import('../workshop/feedback-docx.js');
  const contents: Record<(typeof participantFiles)[number], string | Uint8Array> = {
    'draft-bill.md': markdown,
    'draft-bill.build.json': recordText,
    'explanatory-note.md': note,
    'gap-report.md':
      status === 'built'
        ? byName('gap-report.md')
        : `${editedReportNotice(p.draftName ?? '', against.edits)}\n${renderDraftGapMarkdown(gap)}`,
    'gap-report.json': status === 'built' ? byName('gap-report.json') : `${JSON.stringify(gap, null, 2)}\n`,
    'feedback.html': renderSheetHtml(sheet, language ?? 'en'),
    'feedback.docx': await renderSheetDocx(sheet, {language}),
    'participant.json': ''
  };
  const files: Record<string, string> = {};
  for (const name of participantFiles) if (name !== participantManifestName) files[name] = sha256(contents[name]);
  const manifest: ParticipantManifest = {
    ...manifestHeader,
    participant: p.id,
    answers: p.answersName,
    state,
    status,
    buildId: record.buildId,
    handEdits: against.edits.map(describeEdit),
    inputs: {fingerprint, ...parts},
    files
  };
  contents['participant.json'] = `${JSON.stringify(manifest, null, 2)}\n`;

  if (!ctx.force) {
    const blocked = await filesInTheWay(outDir, participantFiles, previous?.files, ctx);
    if (blocked.length > 0) {
      const kept = previous ? await lastGood(p, outDir, previous, blocked, fingerprint, ctx) : undefined;
      if (kept) return kept;
      return {
        outcome: failed(
          p,
          blocked.map((name) => inTheWay(path.join(outDir, name))),
          ctx,
          warnings
        )
      };
    }
  }
  const output: OutputFile[] = participantFiles.map((name) => ({path: path.join(outDir, name), contents: contents[name]}));

  const open = gap.openQuestions.filter((q) => q.kind !== 'value').length;
  const values = gap.openQuestions.length - open;
  const sections = record.sections.filter((s) => s.kind === 'section').length;
  const detail =
    status === 'edited'
      ? `${state}: ${p.draftName} read as it is, edited by hand: ${against.edits.map(describeEdit).join(', ')}`
      : `${state}: ${sections} sections; ${open} open question${open === 1 ? '' : 's'}, ${values} value${values === 1 ? '' : 's'} from defaults`;
  return {
    outcome: {
      id: p.id,
      answers: p.answersName,
      status,
      edited: status === 'edited',
      state,
      detail,
      errors: [],
      warnings: fromFolder(warnings, ctx),
      written: output.map((f) => f.path)
    },
    column: {markdown, record, report: gap, edited: status === 'edited', state, id: p.id},
    files: output
  };
}

/** The files a matrix column is read from. */
const columnFiles = [draftFileName, 'draft-bill.build.json', 'gap-report.json'] as const;

/**
 * A participant whose folder holds a file the workshop wrote and someone
 * changed since (a trainer's note in a feedback sheet): nothing there is
 * replaced, and when the files the matrix reads are still as the workshop
 * wrote them, the participant stays in the matrix with those (the last good
 * result), flagged. Undefined when those files were changed too.
 */
async function lastGood(
  p: ParticipantFiles,
  outDir: string,
  previous: ParticipantManifest,
  blocked: readonly string[],
  fingerprint: string,
  ctx: RoomContext
): Promise<Prepared | undefined> {
  if (columnFiles.some((name) => blocked.includes(name) || !(name in previous.files))) return undefined;
  if (!(await unchanged(outDir, Object.fromEntries(columnFiles.map((name) => [name, previous.files[name]!]))))) return undefined;
  const markdown = await readTextFile(path.join(outDir, draftFileName), {source: 'workshop', maxBytes: ctx.maxBytes});
  const read = await parseBuildRecord(
    await readTextFile(path.join(outDir, 'draft-bill.build.json'), {source: 'workshop', maxBytes: ctx.maxBytes}),
    path.join(p.id, 'draft-bill.build.json'),
    {source: 'workshop', consequence: 'built again'}
  );
  const report = JSON.parse(
    await readTextFile(path.join(outDir, 'gap-report.json'), {source: 'workshop', maxBytes: ctx.maxBytes})
  ) as DraftGapReport;
  if (!read.record || report.kind !== 'draft' || report.buildId !== read.record.buildId) return undefined;
  const state = stateOf(read.record);
  const outOfDate = previous.inputs?.fingerprint !== fingerprint;
  const files = blocked.join(', ');
  const one = blocked.length === 1;
  const folder = `out/${p.id}/`;
  const detail = outOfDate
    ? `${state}: ${files} in ${folder} ${one ? 'was' : 'were'} changed after the workshop wrote ${one ? 'it' : 'them'} (a trainer's note?), so nothing there was replaced or brought up to date: the matrix shows this participant's last result, from before their files changed. Move ${one ? 'that file' : 'those files'} away, or run again with --force to replace ${one ? 'it' : 'them'}.`
    : `${state}: ${files} in ${folder} ${one ? 'was' : 'were'} changed after the workshop wrote ${one ? 'it' : 'them'} (a trainer's note?), so ${one ? 'it was' : 'they were'} left as ${one ? 'it is' : 'they are'}; nothing else changed, and the matrix shows this participant's outputs as they are. Run again with --force only to replace ${one ? 'it' : 'them'}.`;
  const warnings = blocked.map((name) =>
    diagnostic(`Not replaced: changed after the workshop wrote it; the workshop replaces it only with \`--force\``, {
      file: path.join(outDir, name),
      ruleId: 'file-kept',
      source: 'workshop',
      fatal: false
    })
  );
  return {
    outcome: {
      id: p.id,
      answers: p.answersName,
      status: 'kept',
      edited: previous.status === 'edited',
      state,
      detail,
      errors: [],
      warnings: fromFolder(warnings, ctx),
      written: [],
      outOfDate
    },
    column: {
      markdown,
      record: read.record,
      report,
      edited: previous.status === 'edited',
      state,
      id: p.id,
      ...(outOfDate ? {lastRun: true} : {})
    }
  };
}

export function inTheWay(file: string): VFileMessage {
  return diagnostic(
    'Refusing to replace a file the workshop did not write, or that was changed after it wrote it, expected `--force` to replace it (or move the file away)',
    {file, ruleId: 'file-exists', source: 'workshop'}
  );
}
