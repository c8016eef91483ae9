/**
 * The `workshop` job: one command runs a training room. For every
 * participant's answers file in a folder it builds what needs building
 * (or reuses the outputs of the last run when nothing they depend on
 * changed), reads a hand-edited draft as it is, and writes into `out/`:
 *
 * - `out/<id>/`: the bill, its build record, the explanatory note, the gap
 *   report (Markdown and JSON), the feedback sheet (HTML and Word) and
 *   `participant.json` (what they were made from), published as one set;
 * - `out/matrix.html|md|csv` and `out/workshop.json`: the room's matrix,
 *   from the existing matrix builder, one column per participant.
 *
 * One participant's bad file fails that participant only (with its
 * positioned messages); the others go on. Files the workshop wrote and
 * nobody changed since are replaced on a re-run; anything else in the way
 * needs `force` (src/workshop/manifest.ts).
 *
 * Participants are independent: in the bundled CLI, a room of several is
 * prepared by worker threads (src/app/workshop-worker.ts), one per spare
 * core up to four, while this thread publishes each set and reports it, in
 * folder order, and prepares the next participant no worker has taken when
 * it would otherwise wait. The files do not depend on which thread made them.
 */
import {statSync} from 'node:fs';
import {availableParallelism, loadavg} from 'node:os';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import type {VFileMessage} from 'vfile-message';
import {flatView} from '../act/view.js';
import {readText} from '../read/index.js';
import {buildMatrix, type MatrixInput} from '../compare/matrix.js';
import {renderMatrixCsv, renderMatrixHtml, renderMatrixMarkdown} from '../compare/render-matrix.js';
import {diagnostic, InputError} from '../util/diagnostics.js';
import {displayPath} from '../util/display-path.js';
import {type SizeLimit, writeFilesAtomic} from '../util/files.js';
import {filesInTheWay, manifestHeader, readManifest, sha256, type WorkshopManifest, workshopManifestName} from '../workshop/manifest.js';
import {draftFileName, type ParticipantFiles, scanWorkshop} from '../workshop/scan.js';
import {
  type Column,
  failed,
  fromFolder,
  fromWire,
  inTheWay,
  type ParticipantOutcome,
  type Prepared,
  prepareParticipant,
  type RoomContext,
  roomContext,
  roomSettings,
  type WireResult
} from './workshop-participant.js';

export {participantFiles, stateOf, type ParticipantOutcome, type ParticipantStatus} from './workshop-participant.js';

/** Options for {@link runWorkshop}; `maxBytes` limits every file it reads, in the worker threads too (the CLI's `--max-size`). */
export interface WorkshopOptions extends SizeLimit {
  /** The workshop folder, as the user gave it (resolved against `cwd`). */
  folder: string;
  cwd: string;
  /** The date deadlines are judged against (injected). */
  today: Date;
  /** Replace files in `out/` that the workshop did not write or that were changed since (default: false). */
  force?: boolean | undefined;
  /** Called after each participant, in folder order (progress lines). */
  onProgress?: ((outcome: ParticipantOutcome, index: number, total: number) => void) | undefined;
  /**
   * Worker threads that prepare participants (default: one per spare core, at most four, when the room has
   * four participants or more and the bundled worker is there; 0 prepares every participant in this thread).
   */
  threads?: number | undefined;
  /**
   * Cores to count as idle when the workshop chooses its threads (default:
   * the machine's, from its load average); tests and slow machines.
   */
  spareCores?: number | undefined;
}

/** What a workshop run did. */
export interface WorkshopResult {
  /** The workshop folder and its `out/`, absolute. */
  folder: string;
  out: string;
  participants: ParticipantOutcome[];
  /** Entries of the folder left alone, with why. */
  skipped: string[];
  /** The matrix files written (absolute), or why they were not (`errors`); null when no participant succeeded. */
  matrix: {written: string[]; errors: VFileMessage[]} | null;
}

/** The room's files in `out/`. */
export const roomFiles = ['matrix.html', 'matrix.md', 'matrix.csv', workshopManifestName] as const;

/** Run a workshop: every participant, then the matrix. Raises an InputError only when the folder itself cannot be used. */
export async function runWorkshop(options: WorkshopOptions): Promise<WorkshopResult> {
  const folder = path.resolve(options.cwd, options.folder);
  const display = displayPath(folder, options.cwd) || '.';
  const scan = await scanWorkshop(folder, display);
  if (scan.participants.length === 0)
    throw new InputError(
      diagnostic(
        'Unexpected folder without answers files, expected one `<name>.yaml` per participant (start one with `ccm-draft workshop init <folder> --participants <n>`)',
        {file: display, ruleId: 'no-participants', source: 'workshop'}
      )
    );
  const settings = await roomSettings({
    folder,
    cwd: options.cwd,
    today: options.today,
    force: options.force === true,
    maxBytes: options.maxBytes
  });
  const ctx = await roomContext(settings);
  const jobs = preparer(scan.participants, ctx, options.threads, options.spareCores);
  const outcomes: ParticipantOutcome[] = [];
  const columns: Array<Column | undefined> = [];
  // Each set is published while the next participants are prepared (disk waits overlap work; up to
  // WRITES_IN_FLIGHT sets at once, in their own folders, since a set's steps advance only when this thread
  // is free between preparations), and reported, in folder order, once it is in place; a set that cannot be
  // written fails that participant.
  type Job = {p: ParticipantFiles; outcome: ParticipantOutcome; column: Column | undefined; writing: Promise<unknown>};
  const settle = async (job: Job): Promise<void> => {
    const error = await job.writing;
    if (error instanceof InputError) {
      job.outcome = failed(job.p, error.messages, ctx, job.outcome.warnings);
      job.column = undefined;
    } else if (error !== undefined) throw error;
    outcomes.push(job.outcome);
    columns.push(job.column);
    options.onProgress?.(job.outcome, outcomes.length - 1, scan.participants.length);
  };
  const pending: Job[] = [];
  try {
    for (const [index, p] of scan.participants.entries()) {
      let job: Job;
      try {
        const done = await jobs.result(index);
        // A rejection is kept as a value until the job is settled: never an unhandled rejection in between.
        const writing = done.files
          ? writeFilesAtomic(done.files, {force: true}).then(
              () => undefined,
              (error: unknown) => error ?? new Error('write failed')
            )
          : Promise.resolve(undefined);
        job = {p, outcome: done.outcome, column: done.column, writing};
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        job = {p, outcome: failed(p, error.messages, ctx), column: undefined, writing: Promise.resolve(undefined)};
      }
      pending.push(job);
      while (pending.length > WRITES_IN_FLIGHT) await settle(pending.shift()!);
    }
    while (pending.length > 0) await settle(pending.shift()!);
  } finally {
    await jobs.close();
  }
  const present = columns.filter((c): c is Column => c !== undefined);
  const matrix = present.length === 0 ? null : await writeRoom(present, outcomes, ctx);
  return {folder, out: ctx.out, participants: outcomes, skipped: scan.skipped, matrix};
}

/** Column names: the State, with the participant's id where two participants name the same State. */
function columnNames(columns: readonly Column[]): string[] {
  return columns.map((c) => {
    const name = columns.filter((o) => o.state === c.state).length > 1 ? `${c.state} (${c.id})` : c.state;
    // A result kept from the last run because a file in the participant's folder was changed by hand: it says so.
    return c.lastRun ? `${name} (last run)` : name;
  });
}

/** The matrix of every participant that succeeded, and the room's manifest, published as one set in `out/`. */
async function writeRoom(
  columns: readonly Column[],
  outcomes: readonly ParticipantOutcome[],
  ctx: RoomContext
): Promise<{written: string[]; errors: VFileMessage[]}> {
  const names = columnNames(columns);
  const inputs: MatrixInput[] = columns.map((c, i) => ({
    // A bill as built (this run or the last, as the workshop wrote it) is not read again: the record says where its
    // sections are. A draft edited by hand is read as it is.
    ...(c.edited
      ? {act: flatView(readText(c.markdown, `${c.id}/${draftFileName}`))}
      : {printed: {path: `${c.id}/${draftFileName}`, markdown: c.markdown}}),
    record: c.record,
    name: names[i],
    report: c.report,
    handEditsRated: c.edited ? 'edited-text' : 'as-built'
  }));
  const matrix = buildMatrix(inputs, ctx.checklist, {cwd: ctx.out, linkBase: ctx.out});
  const contents: Record<string, string> = {
    'matrix.html': renderMatrixHtml(matrix),
    'matrix.md': renderMatrixMarkdown(matrix),
    'matrix.csv': renderMatrixCsv(matrix)
  };
  const manifest: WorkshopManifest = {
    ...manifestHeader,
    today: ctx.todayIso,
    participants: outcomes.map((o) => ({
      participant: o.id,
      answers: o.answers,
      state: o.state,
      status: o.status,
      ...(o.status === 'failed' ? {reason: o.detail} : {})
    })),
    files: Object.fromEntries(Object.entries(contents).map(([name, text]) => [name, sha256(text)]))
  };
  contents[workshopManifestName] = `${JSON.stringify(manifest, null, 2)}\n`;
  const manifestPath = path.join(ctx.out, workshopManifestName);
  if (!ctx.force) {
    const previous = await readManifest<WorkshopManifest>(manifestPath);
    const blocked = await filesInTheWay(ctx.out, roomFiles, previous?.files, ctx);
    if (blocked.length > 0)
      return {
        written: [],
        errors: fromFolder(
          blocked.map((name) => inTheWay(path.join(ctx.out, name))),
          ctx
        )
      };
  }
  const files = roomFiles.map((name) => ({path: path.join(ctx.out, name), contents: contents[name]!}));
  try {
    await writeFilesAtomic(files, {force: true});
  } catch (error) {
    if (error instanceof InputError) return {written: [], errors: fromFolder(error.messages, ctx)};
    throw error;
  }
  return {written: files.map((f) => f.path), errors: []};
}

/** Participants' sets being written while the next are prepared. */
const WRITES_IN_FLIGHT = 4;

/** Where participants are prepared: here, one after the other, or by a pool of worker threads. */
interface Preparer {
  /** The prepared participant at `index` (raises its InputError). */
  result(index: number): Promise<Prepared>;
  close(): Promise<void>;
}

/** The worker script beside this module in dist/ (absent when running from source, as tests do). */
const workerUrl = new URL('./workshop-worker.mjs', import.meta.url);

/** Prepare participants here or in worker threads; either way, results come back in folder order. */
function preparer(
  participants: readonly ParticipantFiles[],
  ctx: RoomContext,
  threads: number | undefined,
  idle: number | undefined
): Preparer {
  const wanted = threads ?? (participants.length >= 4 ? workersFor(idle ?? idleCores()) : 0);
  const count = Math.min(wanted, participants.length);
  if (count < 1 || !/\.mjs$/.test(workerUrl.pathname) || !existsSyncUrl(workerUrl)) {
    // In this thread, in order, one participant ahead: while one waits for its files, the next is prepared.
    return aheadOf(participants, ctx, LOOK_AHEAD);
  }
  if (threads !== undefined) return pool(participants, ctx, count, 0);
  // Threads chosen here start only once the first participant, prepared in this thread, had to be built: a room run
  // again with nothing changed reuses every set, and workers would only add their start-up (about a third longer).
  const first = prepareParticipant(participants[0]!, ctx);
  first.catch(() => undefined);
  let rest: Promise<Preparer> | undefined;
  const restOf = (): Promise<Preparer> => {
    rest ??= first.then(
      (prepared) => (prepared.outcome.status === 'reused' ? aheadOf(participants, ctx, LOOK_AHEAD) : pool(participants, ctx, count, 1)),
      () => pool(participants, ctx, count, 1)
    );
    return rest;
  };
  return {
    result: async (index) => (index === 0 ? first : (await restOf()).result(index)),
    close: async () => {
      await Promise.allSettled([first]);
      if (rest) await (await rest).close();
    }
  };
}

/** A pool of `count` worker threads preparing participants from `from` on; this thread takes the next one nobody has when it needs it. */
function pool(participants: readonly ParticipantFiles[], ctx: RoomContext, count: number, from: number): Preparer {
  // The settings carry `--max-size` (maxBytes), so it applies in the workers too.
  const {today: _today, model: _model, checklist: _checklist, profiles: _profiles, ...settings} = ctx;
  const results = participants.map(() => {
    let resolve!: (r: WireResult) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<WireResult>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
    // Settled when asked for; until then a failure waits here without counting as unhandled.
    promise.catch(() => undefined);
    return {promise, resolve, reject};
  });
  let next = from;
  let alive = count;
  const workers: Worker[] = [];
  for (let i = 0; i < count; i++) {
    const worker = new Worker(workerUrl, {workerData: {settings}});
    // One participant at a time per worker: the next is given when its result comes back.
    let current = -1;
    const give = (): void => {
      current = next < participants.length ? next++ : -1;
      if (current >= 0) worker.postMessage({index: current, participant: participants[current]});
    };
    worker.on('message', (message: {index: number; result: WireResult}) => {
      results[message.index]!.resolve(message.result);
      give();
    });
    worker.on('error', (error) => {
      // A defect that stops the worker: the participant it was preparing raises it.
      if (current >= 0) results[current]!.reject(error);
      current = -1;
    });
    worker.on('exit', () => {
      // With no worker left, what nobody took can never come: say so rather than wait for ever.
      if (--alive === 0) for (let i = next; i < participants.length; i++) results[i]!.reject(new Error('the workshop workers stopped'));
      if (alive === 0) next = participants.length;
    });
    workers.push(worker);
    give();
  }
  return {
    // This thread prepares the next participant nobody has taken when it needs it (instead of waiting idle), so
    // workers and this thread share the room; either way the result is the same plain data.
    result: async (index) => {
      if (index === next) {
        next++;
        return prepareParticipant(participants[index]!, ctx);
      }
      return fromWire(await results[index]!.promise);
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  };
}

/** Participants prepared in this thread besides the one asked for (more only holds more sets in memory). */
const LOOK_AHEAD = 1;

/**
 * Prepare participants in this thread, `ahead` beyond the one asked for:
 * the preparations interleave only where one waits for the disk, and each
 * result is the same plain data whichever ran first.
 */
function aheadOf(participants: readonly ParticipantFiles[], ctx: RoomContext, ahead: number): Preparer {
  const started = new Map<number, Promise<Prepared>>();
  const start = (index: number): void => {
    if (index >= participants.length || started.has(index)) return;
    const promise = prepareParticipant(participants[index]!, ctx);
    // Settled when asked for; until then a failure waits here without counting as unhandled.
    promise.catch(() => undefined);
    started.set(index, promise);
  };
  return {
    result: (index) => {
      for (let i = index; i <= index + ahead; i++) start(i);
      const promise = started.get(index)!;
      started.delete(index);
      return promise;
    },
    // Nothing is left running: a preparation started but never asked for (a run stopped by a defect) is awaited.
    close: async () => {
      await Promise.allSettled(started.values());
    }
  };
}

/**
 * Worker threads for a room, given the idle cores: none on a machine already running more than it
 * has cores (there threads only add their start-up: 6-20% slower, measured
 * at load 4-6 on 2 cores), else one per idle core, at least two and at most
 * four. One worker was slower than none, two faster (about 11% at load 1.5
 * on 2 cores, this thread preparing participants too). The files written do
 * not depend on this, only how soon they are written.
 */
function workersFor(idle: number): number {
  if (idle <= 0) return 0;
  return Math.min(4, Math.max(2, Math.floor(idle)));
}

/** Cores the machine is not using (none on a single core). */
function idleCores(): number {
  const cores = availableParallelism();
  return cores < 2 ? 0 : cores - loadavg()[0]!;
}

function existsSyncUrl(url: URL): boolean {
  try {
    return statSync(url).isFile();
  } catch {
    return false;
  }
}
