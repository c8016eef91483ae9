/**
 * `ccm-draft workshop <folder>`, `workshop init <folder>` and
 * `workshop exercises <out-folder>`: thin shells over src/app/workshop*.ts.
 */
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {type ParticipantOutcome, runWorkshop} from '../../app/workshop.js';
import {formatDiagnostic, UsageError} from '../../util/diagnostics.js';
import {visible} from '../../util/text.js';
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';
import {nameFilesRelative, todayFlag} from '../options.js';

/** Which flags each form of the command takes (the registry lists them all, for one help page). */
const allowed: Record<'room' | 'init' | 'exercises', string[]> = {
  room: ['today', 'force', 'max-size', 'help'],
  init: ['participants', 'jurisdiction', 'states', 'force', 'max-size', 'help'],
  exercises: ['seed', 'count', 'force', 'help']
};

function checkFlags(form: keyof typeof allowed, args: CommandArgs): void {
  for (const name of Object.keys(args.values)) {
    if (args.values[name] === undefined || allowed[form].includes(name)) continue;
    const where = (Object.keys(allowed) as Array<keyof typeof allowed>).filter((f) => allowed[f].includes(name));
    const forms = where.map((f) => (f === 'room' ? '`workshop <folder>`' : `\`workshop ${f}\``));
    throw new UsageError(
      `--${name} does not apply to ${form === 'room' ? '`workshop <folder>`' : `\`workshop ${form}\``}, only to ${forms.join(' and ')}`
    );
  }
}

function one(positionals: string[], what: string): string {
  if (positionals.length === 0) throw new UsageError(`missing ${what}`);
  if (positionals.length > 1) throw new UsageError(`unexpected ${visible(positionals.slice(1).join(' '))}, expected only ${what}`);
  return positionals[0]!;
}

/** Run `ccm-draft workshop` with parsed flags; returns the exit code (see src/cli/registry.ts for the flags). */
export async function run(args: CommandArgs, io: Io): Promise<number> {
  const [first, ...rest] = args.positionals;
  if (first === 'init') {
    checkFlags('init', args);
    return init(one(rest, 'the folder to create the workshop in'), args, io);
  }
  if (first === 'exercises') {
    checkFlags('exercises', args);
    return exercises(one(rest, 'the folder to write the exercises to'), args, io);
  }
  checkFlags('room', args);
  return room(one(args.positionals, 'the workshop folder (one answers file per participant)'), args, io);
}

/** The status column of the progress lines (one width, so the lines align). */
const STATUS_WORDS: Record<ParticipantOutcome['status'], string> = {
  built: 'built ',
  reused: 'reused',
  edited: 'edited',
  kept: 'kept  ',
  failed: 'FAILED'
};

function print(io: Io, messages: readonly VFileMessage[]): void {
  nameFilesRelative(messages, io.cwd);
  for (const m of messages) io.stderr.write(`${formatDiagnostic(m)}\n`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function room(folder: string, args: CommandArgs, io: Io): Promise<number> {
  const force = args.values['force'] === true;
  let width = 0;

  const result = await runWorkshop({
    folder,
    cwd: io.cwd,
    today: todayFlag(args, io),
    force,
    maxBytes: args.maxBytes,
    // Worker threads: the library decides from the spare cores; CCM_WORKSHOP_THREADS sets them (tests, slow machines).
    threads: threadsFromEnv(io),
    spareCores: spareCoresFromEnv(io),
    onProgress: (outcome, index, total) => {
      if (index === 0) width = String(total).length;

      // Details first (on stderr), then the participant's one line: a failure reads "why", then "who".
      print(io, [...outcome.errors, ...outcome.warnings]);
      const counter = `[${String(index + 1).padStart(width)}/${total}]`;
      io.stdout.write(`${counter} ${STATUS_WORDS[outcome.status]}  ${visible(outcome.answers)}: ${visible(outcome.detail)}\n`);
    }
  });
  const count = (s: ParticipantOutcome['status']) => result.participants.filter((p) => p.status === s).length;
  const failed = result.participants.filter((p) => p.status === 'failed');
  const done = result.participants.length - failed.length;
  const out = path.relative(io.cwd, result.out) || '.';
  const lines: string[] = [];
  lines.push(
    `\nWorkshop: ${plural(result.participants.length, 'participant')}: ${count('built')} built, ${count('reused')} reused, ${count('edited')} hand-edited draft${count('edited') === 1 ? '' : 's'} read as ${count('edited') === 1 ? 'it is' : 'they are'}, ${count('kept') ? `${count('kept')} kept as they were (a file changed by hand in their folder), ` : ''}${failed.length} failed.`
  );
  for (const p of failed) lines.push(`  failed: ${visible(p.answers)}: ${visible(p.detail)}`);
  for (const note of result.skipped) lines.push(`  left alone: ${visible(note)}`);
  if (result.matrix && result.matrix.errors.length > 0) {
    print(io, result.matrix.errors);
    lines.push(`The matrix was not written (see above); each participant's files are in ${out}/<name>/.`);
  } else if (result.matrix) {
    lines.push(
      `${plural(done, 'participant')}: bill, gap report, explanatory note and feedback sheet in ${out}/<name>/ (${done - count('reused') - count('kept')} written now); the room's matrix: ${out}/matrix.html (also .md, .csv).`
    );
  } else lines.push('Nothing was written: no participant could be built.');
  io.stdout.write(`${lines.join('\n')}\n`);
  // 0: every participant done; 1: some failed or kept out of date (the others and the matrix are written); 2: nothing could be done.
  if (done === 0) return 2;
  // A participant kept with outputs of earlier inputs is not done either: the room is not up to date.
  const stale = result.participants.some((p) => p.status === 'kept' && p.outOfDate === true);
  return failed.length > 0 || stale || (result.matrix?.errors.length ?? 0) > 0 ? 1 : 0;
}

/** `CCM_WORKSHOP_THREADS=n`: how many worker threads prepare participants (0: none), when set. */
function threadsFromEnv(io: Io): number | undefined {
  const value = io.env['CCM_WORKSHOP_THREADS'];
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,2}$/.test(value))
    throw new UsageError(`invalid CCM_WORKSHOP_THREADS "${visible(value)}", expected a whole number of threads from 0 to 99, such as 2`);
  return Number(value);
}

/** `CCM_WORKSHOP_SPARE_CORES=n`: cores to count as idle when the workshop chooses its threads itself (tests). */
function spareCoresFromEnv(io: Io): number | undefined {
  const value = io.env['CCM_WORKSHOP_SPARE_CORES'];
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,2}$/.test(value))
    throw new UsageError(`invalid CCM_WORKSHOP_SPARE_CORES "${visible(value)}", expected a whole number of cores from 0 to 99, such as 2`);
  return Number(value);
}

async function init(folder: string, args: CommandArgs, io: Io): Promise<number> {
  const {initWorkshop} = await import('../../app/workshop-init.js');
  const participantsFlag = args.values['participants'];
  let participants: number | undefined;
  if (participantsFlag !== undefined) {
    if (typeof participantsFlag !== 'string' || !/^\d+$/.test(participantsFlag.trim()))
      throw new UsageError(`invalid --participants "${visible(String(participantsFlag))}", expected a whole number such as 12`);
    participants = Number(participantsFlag);
  }
  const statesFlag = args.values['states'];
  const states = typeof statesFlag === 'string' ? statesFlag.split(',') : undefined;
  const result = await initWorkshop({
    folder,
    cwd: io.cwd,
    participants,
    jurisdiction: args.values['jurisdiction'] as string | undefined,
    states,
    force: args.values['force'] === true,
    maxBytes: args.maxBytes
  });
  const shown = path.relative(io.cwd, result.folder) || '.';
  io.stdout.write(
    `Wrote ${plural(result.participants.length, 'answers file')} and README.md in ${shown}/:\n${result.participants
      .map((p) => `  ${p.id}.yaml${p.state ? ` (${visible(p.state)})` : ''}`)
      .join('\n')}\nGive each participant their file and README.md; when they hand them back, run: ccm-draft workshop ${shown}\n`
  );
  return 0;
}

async function exercises(folder: string, args: CommandArgs, io: Io): Promise<number> {
  const {writeExercises} = await import('../../app/workshop-exercises.js');
  const seedFlag = args.values['seed'];
  if (typeof seedFlag !== 'string' || !/^\d{1,9}$/.test(seedFlag.trim()))
    throw new UsageError(
      `${seedFlag === undefined ? 'missing --seed <n>' : `invalid --seed "${visible(String(seedFlag))}"`}, expected a whole number such as 7 (the same seed gives the same pack)`
    );
  const countFlag = args.values['count'];
  let count: number | undefined;
  if (countFlag !== undefined) {
    if (typeof countFlag !== 'string' || !/^\d{1,3}$/.test(countFlag.trim()))
      throw new UsageError(`invalid --count "${visible(String(countFlag))}", expected a whole number such as 6`);
    count = Number(countFlag);
  }
  const result = await writeExercises({folder, cwd: io.cwd, seed: Number(seedFlag), count, force: args.values['force'] === true});
  const shown = path.relative(io.cwd, result.folder) || '.';
  // A planted gap the tool's own analysis cannot see is a defect of the tool, not of the pack: say so, write the pack all the same.
  for (const gap of result.unfound)
    io.stderr.write(
      `ccm-draft workshop exercises: warning: ccm-draft gap does not find the gap planted in ${gap}; the answer key says so\n`
    );
  io.stdout.write(
    `Wrote ${plural(result.exercises, 'exercise')} (seed ${result.seed}) to ${shown}/: participant sheets exercise-NN.html with the bills exercise-NN.md, and the trainer's answer key answer-key.html (also .md). Start with ${shown}/README.md.\n`
  );
  return 0;
}
