/**
 * The wizard session: open (or resume) the answers file, walk the steps,
 * save after every answer, review, build. Everything the drafter sees goes
 * through `io.stdout` and the {@link Prompter}; nothing here knows about
 * terminals, so tests drive whole runs with a scripted prompter.
 */
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {emptyAnswers, parseAnswers, serializeAnswers, updateAnswersText, wizardHeaderStart, type AnswersFile} from '../answers/file.js';
import {listProfiles, loadProfile, type Profile} from '../answers/profile.js';
import {type BuildResult, buildFromAnswers} from './build.js';
import {displayPath} from '../util/display-path.js';
import {loadChecklist} from '../checklist/load.js';
import {isExitPromptError, type Prompter} from '../wizard/prompter.js';
import {loadModel} from '../model/load.js';
import {analyseModel} from '../model/structure.js';
import {defaultChecklistPath, defaultModelPath, jurisdictionsDir} from '../paths.js';
import {formatDiagnostic, InputError} from '../util/diagnostics.js';
import {readBinaryFile, readTextFile, type SizeLimit, writeFilesAtomic} from '../util/files.js';
import {compareFingerprints, describeDrift, fingerprintsFor, hasDrift} from '../answers/fingerprints.js';
import {collectParamUses} from '../wizard/param-uses.js';
import {BACK, otherParamSteps, planSteps, type Step, type WizardContext} from '../wizard/steps.js';
import {wrap} from '../wizard/text.js';

/** The parts of the CLI's Io the wizard uses. */
export interface WizardIo {
  cwd: string;
  stdout: {write(chunk: string): unknown; columns?: number | undefined};
  stderr: {write(chunk: string): unknown};
  env: Record<string, string | undefined>;
  /** How the drafter started the program, when it is not on the PATH as `ccm-draft` (for example `node dist/cli.js`). */
  program?: string | undefined;
}

/** Options for {@link runWizard}; `maxBytes` limits every file it reads (the CLI's `--max-size`). */
export interface WizardOptions extends SizeLimit {
  io: WizardIo;
  prompter: Prompter;
  /** Answers file as the drafter typed it (default `my-answers.yaml`). */
  answers?: string | undefined;
  /** Output folder as typed; when not given, the wizard suggests one of its own (`out/<answers file name>`) before it builds. */
  out?: string | undefined;
  /** Replace existing output files without asking. */
  force?: boolean | undefined;
  /** Today as YYYY-MM-DD, injected: says when a Convention deadline has passed, and dates the gap report. */
  today: string;
  /** Model and checklist files (default: the bundled ones); tests use small ones. */
  model?: string | undefined;
  checklist?: string | undefined;
}

/** The answers file used when `--answers` is not given. */
export const defaultAnswersFile = 'my-answers.yaml';

/** Quote a path for a shell command line when it needs it. */
function shellQuote(text: string): string {
  return /^[\w./:@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The command that resumes this session, exactly as the drafter should type it. */
export function resumeCommand(io: Pick<WizardIo, 'env' | 'program'>, answers: string, out: string): string {
  const program = io.program ?? (io.env['npm_command'] === 'exec' ? 'npx ccm-draft' : 'ccm-draft');
  return `${program} wizard --answers ${shellQuote(answers)}${out === 'out' ? '' : ` --out ${shellQuote(out)}`}`;
}

/** The build command as the drafter should type it (same program as the wizard). */
function buildCommand(io: Pick<WizardIo, 'env' | 'program'>): string {
  return resumeCommand(io, 'x', 'out').replace(/ wizard --answers x$/, ' build');
}

/**
 * Run the wizard. Returns the exit code: 0 done (or stopped on request),
 * 2 bad input, 130 interrupted with Ctrl-C (answers saved). Raises
 * {@link InputError} for files it cannot use.
 */
export async function runWizard(options: WizardOptions): Promise<number> {
  const {io, prompter} = options;
  const answersArg = options.answers ?? defaultAnswersFile;
  // Not `out/` itself: that is where the built-in example is written, and the drafter's draft must not replace it.
  const outArg = options.out ?? 'out';
  const answersPath = path.resolve(io.cwd, answersArg);
  const shown = displayPath(answersPath, io.cwd);
  const say = (text: string) => void io.stdout.write(`${text}\n`);
  const resume = resumeCommand(io, answersArg, outArg);

  // An existing file must be an answers file: the wizard overwrites it on every save.
  const existed = existsSync(answersPath);
  let answers: AnswersFile;
  let originalText = '';
  if (existed) {
    originalText = await readTextFile(answersPath, {source: 'answers', maxBytes: options.maxBytes});
    answers = parseAnswers(originalText, shown);
    const errors = answers.messages.filter((m) => m.fatal === true);
    if (errors.length > 0) {
      for (const message of errors) io.stderr.write(`${formatDiagnostic(message)}\n`);
      io.stderr.write(
        `ccm-draft wizard: ${shown} has the problems listed above, so the wizard cannot continue it (it saves over its answers file, so it will not touch this one). Fix the lines named above in a text editor, or start a new file with --answers <new-file.yaml>.\n`
      );
      return 2;
    }
  } else {
    answers = emptyAnswers(shown);
  }

  const modelPath = options.model ? path.resolve(io.cwd, options.model) : defaultModelPath;
  const checklistPath = options.checklist ? path.resolve(io.cwd, options.checklist) : defaultChecklistPath;
  const [model, checklist] = await Promise.all([loadModel(modelPath, options), loadChecklist(checklistPath, options)]);
  const problems = [...model.messages, ...checklist.messages].filter((m) => m.fatal === true);
  if (problems.length) throw new InputError(problems);
  const uses = collectParamUses(model, analyseModel(model, {checklistItems: new Set(checklist.items.map((i) => i.id))}));
  const fromAnswers = {file: shown, place: answers.yaml?.pointAt(['jurisdiction'])};
  const profile = await loadProfile(answers.jurisdiction ?? 'generic', io.cwd, fromAnswers, options);

  let bundled: Profile[] | undefined;
  // A pseudo-terminal may report 0 columns; read that as a normal terminal.
  const columns = io.stdout.columns || 80;
  const ctx: WizardContext = {
    answers,
    model,
    checklist,
    uses,
    profile,
    prompter,
    say,
    revisit: new Set(),
    today: options.today,
    width: Math.max(40, Math.min(columns, 100) - 2),
    async bundledProfiles() {
      bundled ??= await Promise.all((await listProfiles()).map((id) => loadProfile(id, io.cwd, undefined, options)));
      return bundled;
    },
    async useProfile(reference) {
      ctx.profile = await loadProfile(reference, io.cwd, {file: shown}, options);
      for (const message of ctx.profile.messages) io.stderr.write(`${formatDiagnostic(message)}\n`);
    },
    checkNewProfilePath(target) {
      if (!/\.ya?ml$/.test(target)) return 'Please give a file name ending in .yaml, for example my-profile.yaml';
      if (existsSync(path.resolve(io.cwd, target))) return `${target} already exists; please give a new file name`;
      return true;
    },
    async copyProfile(target) {
      const generic = await readFile(path.join(jurisdictionsDir, 'generic.yaml'), 'utf8');
      const id =
        path
          .basename(target)
          .replace(/\.ya?ml$/, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'my-profile';
      const text = `# Made by \`ccm-draft wizard\` from jurisdictions/generic.yaml: replace the values with the State's own.\n${generic.replace(/^id: .*$/m, `id: ${id}`).replace(/^name: .*$/m, `name: ${id} (from the generic profile)`)}`;
      try {
        await writeFilesAtomic([{path: path.resolve(io.cwd, target), contents: text}]);
        return true;
      } catch (error) {
        if (error instanceof InputError) return error.messages.map((m) => formatDiagnostic(m)).join('\n');
        throw error;
      }
    }
  };

  let saves = 0;
  // A file the wizard did not write (no fingerprints, no wizard header) was written by hand: before the
  // first save, keep a copy of it as it was, once. Every save keeps its comments, order and layout.
  const handWritten = existed && !answers.fingerprints && !originalText.startsWith(`# ${wizardHeaderStart}`);
  let backup = handWritten ? `${answersPath}.bak` : undefined;
  const save = async () => {
    answers.schema = 1;
    answers.model = model.hash;
    answers.fingerprints = fingerprintsFor(model, checklist);
    if (backup) {
      const original = await readBinaryFile(answersPath, {source: 'answers', nonEmpty: false, maxBytes: options.maxBytes});
      try {
        await writeFilesAtomic([{path: backup, contents: original}]);
        say(`(A copy of ${shown} as you wrote it is kept in ${displayPath(backup, io.cwd)}; the wizard keeps your comments and layout.)`);
      } catch (error) {
        // A backup from an earlier session is never replaced: it is the file as the drafter wrote it.
        if (!(error instanceof InputError) || !error.messages.every((m) => m.ruleId === 'file-exists')) throw error;
      }
      backup = undefined;
    }
    const header = `${wizardHeaderStart} after every answer.\nEdit by hand, or continue with: ${resume}`;
    const text = existed ? updateAnswersText(answers, header) : serializeAnswers(answers, header);
    await writeFilesAtomic([{path: answersPath, contents: text}], {force: true});
    saves++;
  };

  try {
    if (existed) reportDrift(ctx, say);
    const steps = planSteps(ctx);
    const start = firstPending(ctx, steps);
    const answeredCount = steps.filter((s) => !s.optional && s.answered(ctx)).length;
    const questionCount = steps.filter((s) => !s.optional).length;
    say(
      existed
        ? `Resuming ${shown}: ${answeredCount} of ${questionCount} questions answered so far.${start < steps.length ? '' : ' Everything is answered: here is the review.'}`
        : `${wrap(`Welcome. This wizard walks the Article 9 implementation checklist of the Convention on Cluster Munitions and builds a draft bill from your answers. Every answer is saved at once to ${shown}; stop at any time with Ctrl-C and continue later with:`, ctx.width)}\n  ${resume}`
    );
    say(
      'Choose with the arrow keys and Enter. To return to the previous question, choose "\u2190 Back" in a list, or type < where you type an answer.'
    );
    await walk(ctx, start, save);
    const outcome = await review(ctx, save, resume);
    if (outcome === 'stop') return 0;
    const folder = options.out ?? (await chooseOutFolder(ctx, answersArg));
    return await build(ctx, {
      io,
      answersArg,
      outArg: folder,
      force: options.force === true,
      answersPath,
      say,
      today: options.today,
      maxBytes: options.maxBytes
    });
  } catch (error) {
    if (isExitPromptError(error)) {
      io.stdout.write('\n');
      say(
        saves > 0 || existed
          ? `Stopped. Your answers so far are saved in ${shown}.\nTo continue where you left off, run:\n  ${resume}`
          : `Stopped before any answer was saved. To start again, run:\n  ${resume}`
      );
      return 130;
    }
    throw error;
  }
}

/** Say what changed in the model since the answers were saved, and drop answers to questions that no longer exist. */
function reportDrift(ctx: WizardContext, say: (text: string) => void): void {
  const {answers, model, checklist} = ctx;
  const drift = compareFingerprints(answers, fingerprintsFor(model, checklist));
  if (hasDrift(drift)) {
    say(
      `The model Act or the checklist has changed since these answers were saved:\n${describeDrift(drift)
        .map((line) => `  - ${line}`)
        .join('\n')}`
    );
    if (drift.changedItems.length || drift.changedParams.length) say('Those answers are asked again so you can confirm or change them.');
    for (const id of drift.goneItems) delete answers.items[id];
    for (const name of drift.goneParams) delete answers.params[name];
    if (drift.goneItems.length || drift.goneParams.length) say('Answers to questions that no longer exist are removed at the next save.');
    // Changed answers are asked again once; the old value stays as the suggestion.
    for (const id of drift.changedItems) ctx.revisit.add(`item.${id}`);
    for (const name of drift.changedParams) ctx.revisit.add(`param.${name}`);
  } else if (!answers.fingerprints && answers.model && answers.model !== model.hash) {
    say(
      `These answers were made against another version of the model Act (${answers.model}; now ${model.hash}) and carry no fingerprints, so the wizard cannot tell which answers it affects: check them on the review screen.`
    );
  }
}

/** A step still to be asked: unanswered (or changed in meaning), unless it is optional and the drafter has moved past it. */
function pending(ctx: WizardContext, steps: readonly Step[], index: number): boolean {
  const step = steps[index]!;
  if (ctx.revisit.has(step.key)) return true;
  if (step.answered(ctx)) return false;
  return !(step.optional && steps.slice(index + 1).some((s) => !s.optional && s.answered(ctx)));
}

function firstPending(ctx: WizardContext, steps: readonly Step[]): number {
  for (let i = 0; i < steps.length; i++) if (pending(ctx, steps, i)) return i;
  return steps.length;
}

/**
 * Ask steps from `start` to the end of the plan. Forward skips what is
 * already answered (unless seen in this walk); Back always goes to the
 * previous step. The plan is recomputed after every answer.
 */
async function walk(
  ctx: WizardContext,
  start: number,
  save: () => Promise<void>,
  options: {backExits?: string} = {}
): Promise<'done' | 'back'> {
  let steps = planSteps(ctx);
  let index = start;
  const visited = new Set<string>();
  while (index < steps.length) {
    const step = steps[index]!;
    visited.add(step.key);
    ctx.progress = progressOf(steps, step);
    const result = await step.ask(ctx);
    ctx.progress = undefined;
    if (result === 'back') {
      if (step.key === options.backExits) return 'back';
      steps = planSteps(ctx);
      const here = steps.findIndex((s) => s.key === step.key);
      if (here === 0) ctx.say('This is the first question.');
      index = Math.max(0, (here < 0 ? index : here) - 1);
      continue;
    }
    ctx.revisit.delete(step.key);
    await save();
    steps = planSteps(ctx);
    const here = steps.findIndex((s) => s.key === step.key);
    index = (here < 0 ? index : here) + 1;
    while (index < steps.length && !visited.has(steps[index]!.key) && !pending(ctx, steps, index)) index++;
  }
  return 'done';
}

/**
 * Where a question stands in the whole interview: one counter over the
 * preliminary questions and the checklist alike (information screens do not
 * count). The plan is recomputed after every answer, so the total can grow
 * when an answer brings new questions.
 */
function progressOf(steps: readonly Step[], step: Step): {position: number; total: number} | undefined {
  const counted = steps.filter((s) => s.key !== 'checklist.start');
  const position = counted.indexOf(step) + 1;
  return position > 0 ? {position, total: counted.length} : undefined;
}

const BUILD = '<build>';
const STOP = '<stop>';

/** The review screen: every answer grouped by item; pick one to change it. */
async function review(ctx: WizardContext, save: () => Promise<void>, resume: string): Promise<'build' | 'stop'> {
  for (;;) {
    const steps = planSteps(ctx);
    const extras = otherParamSteps(ctx, steps);
    const open = Object.entries(ctx.answers.items).filter(([, a]) => a.status === 'unknown').length;
    const unanswered = steps.filter((_s, i) => pending(ctx, steps, i)).length;
    const choices: Array<{value: string; name: string; description?: string} | {separator: string}> = [
      {value: BUILD, name: 'Build the draft bill now', description: 'Writes the draft and reports which items are still open.'},
      {value: STOP, name: 'Save and stop here (build later)', description: 'Your answers are already saved.'}
    ];
    let group = '';
    for (const step of [...steps, ...extras]) {
      const line = step.review(ctx);
      if (!line) continue;
      if (step.group !== group) {
        group = step.group;
        choices.push({separator: `\u2500\u2500 ${group}${group === 'Other details' ? ' (defaults: change any that do not fit)' : ''}`});
      }
      choices.push({value: step.key, name: line});
    }
    choices.push({value: BACK, name: '\u2190 Back', description: 'Go back to the last question.'});
    ctx.say(
      `\nReview: ${unanswered ? `${unanswered} question(s) not answered yet; ` : ''}${open} item(s) marked "don't know yet". Choose an answer to change it.`
    );
    const answer = await ctx.prompter.select<string>({name: 'review', message: 'Your answers', choices, default: BUILD, pageSize: 15});
    if (answer === BUILD) return 'build';
    if (answer === STOP) {
      ctx.say(`Your answers are saved. Continue later with:\n  ${resume}`);
      return 'stop';
    }
    if (answer === BACK) {
      await walk(ctx, steps.length - 1, save);
      continue;
    }
    const index = steps.findIndex((s) => s.key === answer);
    if (index >= 0) {
      if ((await walk(ctx, index, save, {backExits: answer})) === 'back') continue;
    } else {
      const extra = extras.find((s) => s.key === answer);
      if (!extra || (await extra.ask(ctx)) === 'back') continue;
      await save();
    }
    // A change can make new questions relevant (a status now `act`, fines now in penalty units): ask them.
    const after = planSteps(ctx);
    const next = firstPending(ctx, after);
    if (next < after.length) await walk(ctx, next, save);
  }
}

/** The folder the wizard suggests for a draft: its own, named after the answers file, never the example's `out/`. */
export function suggestedOutFolder(answersArg: string): string {
  const stem = path.basename(answersArg).replace(/\.ya?ml$/i, '') || 'draft';
  return `out/${stem}`;
}

/** Ask where to write the draft (when `--out` was not given). */
async function chooseOutFolder(ctx: WizardContext, answersArg: string): Promise<string> {
  const suggested = suggestedOutFolder(answersArg);
  const answer = await ctx.prompter.input({
    name: 'out',
    message: 'Folder for the draft bill',
    default: suggested,
    hint: wrap(
      `The draft bill, gap report and explanatory note are written there. Enter keeps ${suggested}/, a folder of its own, so the built-in example in out/ is not replaced.`,
      ctx.width
    ),
    validate: (value) => (value.trim() ? true : 'Please type a folder name, for example out/my-state')
  });
  return answer.trim() || suggested;
}

/** Build the draft from the saved answers and print what was written. */
async function build(
  ctx: WizardContext,
  options: {
    io: WizardIo;
    answersArg: string;
    outArg: string;
    force: boolean;
    answersPath: string;
    say: (text: string) => void;
    today: string;
    maxBytes: number | undefined;
  }
): Promise<number> {
  const {io, say} = options;
  let result: BuildResult;
  try {
    // From the saved file, so any message points at the right line.
    result = await buildFromAnswers({
      answers: options.answersPath,
      cwd: io.cwd,
      out: options.outArg,
      today: new Date(`${options.today}T00:00:00Z`),
      maxBytes: options.maxBytes
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const message of error.messages) io.stderr.write(`${formatDiagnostic(message)}\n`);
    io.stderr.write(
      `The draft could not be built (see above). Your answers are saved; correct them with the wizard or by hand, then run:\n  ${buildCommand(io)} --answers ${options.answersArg} --out ${options.outArg}\n`
    );
    return 2;
  }
  let force = options.force;
  const existing = result.files.filter((f) => existsSync(f.path));
  if (!force && existing.length > 0) {
    force = await ctx.prompter.confirm({
      name: 'overwrite',
      message: `Replace the files already in ${displayPath(path.dirname(existing[0]!.path), io.cwd)}/ (${existing.map((f) => path.basename(f.path)).join(', ')})?`,
      default: false
    });
    if (!force) {
      say(
        `Nothing written. Build later with:\n  ${buildCommand(io)} --answers ${options.answersArg} --out ${options.outArg} --force\n(or choose another folder with --out).`
      );
      return 0;
    }
  }
  await writeFilesAtomic(result.files, {force});
  const {manifest, resolution} = result.draft;
  const included = manifest.sections.filter((s) => s.kind === 'section').length;
  const omitted = manifest.omitted.filter((o) => o.kind === 'section').length;
  const open = [...resolution.items.values()].filter((r) => r.status === 'unknown');
  const lines = [
    '',
    'Written:',
    ...result.files.map((f) => `  ${displayPath(f.path, io.cwd)}`),
    `The draft has ${included} sections${omitted ? ` (${omitted} optional section(s) left out by your answers)` : ''}.`
  ];
  lines.push(
    open.length
      ? `Items still open ("don't know yet" or unanswered): ${open.map((r) => r.item.title).join('; ')}.`
      : 'No checklist item is left open.'
  );
  for (const note of result.notes) {
    if (note.ruleId === 'open-items') continue;
    if (note.ruleId === 'defaults-used') {
      // Counted, not listed: the gap report lists each value under its open questions.
      const count = result.draft.resolution.defaulted.filter((name) => result.draft.filled.has(name)).length;
      lines.push(
        `${count} value(s) in the draft come from the profile or the model's defaults; the gap report lists them. Change any on the review screen: ${resumeCommand(io, options.answersArg, options.outArg)}`
      );
    } else lines.push(formatDiagnostic(note));
  }
  lines.push(`Rebuild after editing the answers: ${buildCommand(io)} --answers ${options.answersArg} --out ${options.outArg} --force`);
  say(lines.join('\n'));
  return 0;
}
