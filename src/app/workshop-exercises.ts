/**
 * The `workshop exercises` job: plan a pack from a seed, build each short
 * bill from the model twice (without and with its planted gaps), plant the
 * near misses, rate both bills with the tool's own gap analysis, and write
 * the participants' sheets, the bills and the trainer's answer key into one
 * folder as one set. The same seed gives the same files, byte for byte.
 *
 * The gap analysis is called only through src/gap/report.ts
 * (`gapReportForText`), the same entry `ccm-draft gap <act.md>` uses.
 */
import path from 'node:path';
import {loadProfile} from '../answers/profile.js';
import {readDraft} from '../export/index.js';
import {renderHtml} from '../export/html.js';
import {gapReportForText} from '../gap/report.js';
import type {ActGapReport} from '../gap/types.js';
import {UsageError} from '../util/diagnostics.js';
import {type OutputFile, writeFilesAtomic} from '../util/files.js';
import {blocksToHtml, blocksToMarkdown} from '../workshop/blocks.js';
import {sheetCss} from '../workshop/feedback-render.js';
import {
  defaultExerciseCount,
  type Exercise,
  exerciseAnswers,
  type Finding,
  maxExercises,
  planPack,
  type PlannedExercise,
  weaker
} from '../workshop/exercises.js';
import {answerKey, exerciseFiles, exerciseSheet, packReadme} from '../workshop/exercises-render.js';
import {newAnswers} from '../workshop/init.js';
import {buildFromAnswers} from './build.js';

/** Options for {@link writeExercises}. */
export interface ExercisesOptions {
  /** The folder to write the pack to. */
  folder: string;
  cwd: string;
  /** Which pack: a whole number from 0 to 999,999,999. */
  seed: number;
  /** How many exercises (default {@link defaultExerciseCount}). */
  count?: number | undefined;
  force?: boolean | undefined;
}

/** What was written. */
export interface ExercisesResult {
  folder: string;
  seed: number;
  exercises: number;
  /** The exercises, with their planted gaps and what the gap analysis found. */
  pack: Exercise[];
  /** Gaps the tool's own gap analysis does not find (the key says so): should be none. */
  unfound: string[];
  written: string[];
}

/** A fixed date for the builds: an exercise bill does not depend on the day it is made. */
const buildDate = new Date('2027-01-01T00:00:00Z');

function finding(report: ActGapReport, component: string): Finding {
  const f = report.strength.find((s) => s.id === component)!;
  return {rating: f.rating, reason: f.reason, evidence: [...new Set(f.evidence.map((e) => e.citation))]};
}

/** Build one planned exercise: the bill without its gaps, the bill with them, and both rated. */
export async function makeExercise(plan: PlannedExercise, cwd: string): Promise<Exercise> {
  const profile = await loadProfile(plan.jurisdiction, cwd);
  // The profile's own names follow the State's name, as `workshop init` and the wizard do.
  const renamed = newAnswers(profile, plan.jurisdiction, plan.answers.params['country.name'] as string).params;
  const build = async (answers: ReturnType<typeof exerciseAnswers>) =>
    buildFromAnswers({
      answers: `exercise-${plan.number}.yaml`,
      answersFile: {...answers, params: {...renamed, ...answers.params}, path: `exercise-${plan.number}.yaml`, messages: []},
      cwd,
      today: buildDate
    });
  const base = await build(plan.answers);
  const built = plan.gaps.some((g) => g.leaveOut) ? await build(exerciseAnswers(plan)) : base;
  let markdown = built.draft.markdown;
  const planted = plan.gaps.map((gap) => {
    if (gap.edit) {
      const result = gap.edit.apply(markdown, built.draft.record);
      markdown = result.markdown;
      return result.planted;
    }
    // A removal: where the section was in the bill without the gap, and how the model's text begins there.
    const clause = gap.leaveOut!.clause;
    const section = base.draft.record.sections.find((s) => s.id === clause);
    if (!section) throw new Error(`exercise: the bill without the gap prints no ${clause}`);
    const first = base.draft.markdown
      .split('\n')
      .slice(base.draft.markdown.split('\n').indexOf(`### ${section.number} ${section.heading}`) + 1)
      .find((l) => l.trim() !== '');
    return {where: `s ${section.number} ${section.heading}`, now: '', model: `${section.number} ${section.heading}: ${first ?? ''}`};
  });
  const files = exerciseFiles(plan.number);
  const before = gapReportForText(base.draft.markdown, 'without the gaps');
  const after = gapReportForText(markdown, files.bill);
  const gaps = plan.gaps.map((gap, i) => {
    const b = finding(before, gap.component);
    const a = finding(after, gap.component);
    return {gap, planted: planted[i]!, before: b, after: a, found: weaker(b.rating, a.rating)};
  });
  const plantedComponents = new Set<string>(plan.gaps.map((g) => g.component));
  return {
    plan,
    markdown,
    title: built.draft.record.bill.title,
    language: built.draft.record.jurisdiction.language ?? 'en-GB',
    dateFormat: built.draft.record.locale.dateFormat,
    gaps,
    alsoReported: before.strength
      .filter((f) => f.rating !== 'strong' && !plantedComponents.has(f.id))
      .map((f) => ({title: f.title, rating: f.rating, reason: f.reason}))
  };
}

/** Write a pack. */
export async function writeExercises(options: ExercisesOptions): Promise<ExercisesResult> {
  const count = options.count ?? defaultExerciseCount;
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 999_999_999)
    throw new UsageError(`invalid --seed ${options.seed}, expected a whole number from 0 to 999999999`);
  if (!Number.isInteger(count) || count < 1 || count > maxExercises)
    throw new UsageError(`invalid --count ${count}, expected a whole number from 1 to ${maxExercises}`);
  const folder = path.resolve(options.cwd, options.folder);
  const pack: Exercise[] = [];
  for (const plan of planPack(options.seed, count)) pack.push(await makeExercise(plan, options.cwd));

  const files: OutputFile[] = [];
  const add = (name: string, contents: string) => files.push({path: path.join(folder, name), contents});
  add('README.md', blocksToMarkdown(packReadme(pack, options.seed)));
  for (const e of pack) {
    const f = exerciseFiles(e.plan.number);
    add(f.bill, e.markdown);
    add(f.billHtml, renderHtml(readDraft(e.markdown, f.bill), {language: e.language}));
    add(f.sheet, blocksToHtml(exerciseSheet(e), {title: `Exercise ${e.plan.number}: spot the gap`, css: sheetCss, language: e.language}));
  }
  const key = answerKey(pack, options.seed);
  add('answer-key.md', blocksToMarkdown(key));
  add('answer-key.html', blocksToHtml(key, {title: 'Spot the gap: answer key', css: sheetCss}));
  await writeFilesAtomic(files, {force: options.force === true});
  return {
    folder,
    seed: options.seed,
    exercises: pack.length,
    pack,
    unfound: pack.flatMap((e) => e.gaps.filter((g) => !g.found).map((g) => `exercise ${e.plan.number}: ${g.gap.id}`)),
    written: files.map((f) => f.path)
  };
}
