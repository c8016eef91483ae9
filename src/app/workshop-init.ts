/**
 * The `workshop init` job: a new workshop folder with one answers file per
 * participant (from a jurisdiction profile, named by State where the trainer
 * names the States) and a README for the participants. Everything is checked
 * before anything is written; the files are published as one set, and none
 * is replaced without `force`.
 */
import {lstat} from 'node:fs/promises';
import path from 'node:path';
import {listProfiles, loadProfile, profilePath} from '../answers/profile.js';
import {diagnostic, InputError, UsageError} from '../util/diagnostics.js';
import {type OutputFile, readTextFile, writeFilesAtomic} from '../util/files.js';
import {describeCodePoint, findUnsafeCharacter} from '../util/text.js';
import {answersText, fileNameFor, type NewParticipant, numberedId, participantsReadme} from '../workshop/init.js';

/** Most participants one folder takes (a room is 6 to 30; a regional course a few more). */
export const maxParticipants = 200;

/** Options for {@link initWorkshop}. */
export interface WorkshopInitOptions {
  folder: string;
  cwd: string;
  /** How many participants (default: as many as `states`). */
  participants?: number | undefined;
  /** A bundled profile id or a profile file (default: `generic`). */
  jurisdiction?: string | undefined;
  /** The participants' States, in order. */
  states?: readonly string[] | undefined;
  force?: boolean | undefined;
}

/** What `workshop init` wrote. */
export interface WorkshopInitResult {
  folder: string;
  participants: NewParticipant[];
  /** Every file written, absolute. */
  written: string[];
}

/** Check the States the trainer gave: names, not markup or control characters, each giving its own file name. */
function checkStates(states: readonly string[]): string[] {
  const names = states.map((s) => s.trim());
  const seen = new Map<string, string>();
  for (const name of names) {
    if (name === '') throw new UsageError('empty State name in --states, expected names separated by commas ("Aland,Borduria")');
    const unsafe = findUnsafeCharacter(name, {newlines: false});
    if (unsafe)
      throw new UsageError(`unexpected ${describeCodePoint(unsafe.codePoint)} in the State name in --states, expected printable text`);
    if (name.length > 100) throw new UsageError(`State name of ${name.length} characters in --states, expected at most 100`);
    const file = fileNameFor(name);
    if (file === '')
      throw new UsageError(`State name "${name}" in --states has no letter or digit to name its file by, expected a name such as "Aland"`);
    const earlier = seen.get(file);
    if (earlier !== undefined)
      throw new UsageError(`States "${earlier}" and "${name}" in --states would share the file ${file}.yaml, expected different names`);
    seen.set(file, name);
  }
  return names;
}

/** Write a new workshop folder. Usage mistakes raise a UsageError; a bad profile an InputError; nothing is written then. */
export async function initWorkshop(options: WorkshopInitOptions): Promise<WorkshopInitResult> {
  const states = options.states ? checkStates(options.states) : undefined;
  const count = options.participants ?? states?.length;
  if (count === undefined)
    throw new UsageError('missing --participants <n>, expected how many participants (or --states "Aland,Borduria,…")');
  if (!Number.isInteger(count) || count < 1 || count > maxParticipants)
    throw new UsageError(`invalid --participants ${count}, expected a whole number from 1 to ${maxParticipants}`);
  if (states && states.length !== count)
    throw new UsageError(
      `--participants ${count} but ${states.length} State${states.length === 1 ? '' : 's'} in --states, expected as many States as participants`
    );

  const reference = options.jurisdiction ?? 'generic';
  const folder = path.resolve(options.cwd, options.folder);
  const isFile = /[\\/]/.test(reference) || /\.ya?ml$/.test(reference);
  const profile = await loadProfile(reference, options.cwd, {file: '<--jurisdiction>'});
  const errors = profile.messages.filter((m) => m.fatal === true);
  if (errors.length > 0) throw new InputError(errors);
  if (!isFile && !(await listProfiles()).includes(reference))
    throw new InputError(
      diagnostic(`Unexpected jurisdiction \`${reference}\`, expected a bundled profile id or a profile file`, {
        file: '<--jurisdiction>',
        ruleId: 'unknown-jurisdiction',
        source: 'workshop'
      })
    );
  // A profile of the trainer's own travels with the folder, so every participant's machine finds it.
  const copied = isFile ? `profile/${path.basename(profilePath(reference, options.cwd))}` : undefined;
  const jurisdiction = copied ?? reference;

  const participants: NewParticipant[] = Array.from({length: count}, (_, i) =>
    states ? {id: fileNameFor(states[i]!), state: states[i]!} : {id: numberedId(i, count), state: null}
  );
  const files: OutputFile[] = participants.map((p) => ({
    path: path.join(folder, `${p.id}.yaml`),
    contents: answersText(p, profile, jurisdiction)
  }));
  files.push({path: path.join(folder, 'README.md'), contents: participantsReadme(participants, profile, jurisdiction)});

  const profileFile: OutputFile | undefined = copied
    ? {path: path.join(folder, copied), contents: await readTextFile(profilePath(reference, options.cwd), {source: 'profile'})}
    : undefined;
  // Two folders, two sets: both are checked before either is written, so a refusal writes nothing.
  if (!options.force) {
    const existing: string[] = [];
    for (const file of [...(profileFile ? [profileFile] : []), ...files]) if (await exists(file.path)) existing.push(file.path);
    if (existing.length > 0)
      throw new InputError(
        existing.map((file) =>
          diagnostic('Refusing to overwrite an existing file, expected `--force` to replace it', {
            file,
            ruleId: 'file-exists',
            source: 'output'
          })
        )
      );
  }
  if (profileFile) await writeFilesAtomic([profileFile], {force: options.force === true});
  await writeFilesAtomic(files, {force: options.force === true});
  return {folder, participants, written: [...(profileFile ? [profileFile.path] : []), ...files.map((f) => f.path)]};
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}
