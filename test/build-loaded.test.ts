/**
 * A build given inputs already loaded (as a workshop passes the room's model and
 * checklist and each profile, parsed once) gives what a build that loads
 * them itself gives: the same files, notes and record, on the examples and
 * on random answers; and the shared objects are as loaded at the end, so
 * one can serve every build of a process.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {inspect} from 'node:util';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseAnswers, serializeAnswers} from '../src/answers/file.js';
import {loadProfile, type Profile} from '../src/answers/profile.js';
import {type BuildResult, buildFromAnswers} from '../src/app/build.js';
import {loadChecklist} from '../src/checklist/load.js';
import {loadModel} from '../src/model/load.js';
import {defaultChecklistPath, defaultModelPath} from '../src/paths.js';
import {root, tempDir} from './helpers/cli.js';
import {HOSTILE} from './helpers/hostile.js';
import {answersArbitrary} from './helpers/random-answers.js';

const today = new Date('2027-06-01T00:00:00Z');

/** What a build gives, as data to compare. */
function outputOf(result: BuildResult) {
  return {
    files: result.files.map((f) => ({path: f.path, contents: f.contents})),
    notes: result.notes.map((n) => ({text: String(n), ruleId: n.ruleId, fatal: n.fatal})),
    record: result.draft.record,
    checklistPath: result.checklist.path,
    profilePath: result.draft.resolution.profile.path
  };
}

/** Profiles loaded once, by jurisdiction and folder, shared by every build of the test. */
const profiles = new Map<string, Profile>();
async function sharedProfile(jurisdiction: string, cwd: string): Promise<Profile> {
  const key = `${cwd}\0${jurisdiction}`;
  if (!profiles.has(key)) profiles.set(key, await loadProfile(jurisdiction, cwd));
  return profiles.get(key)!;
}

describe('build with inputs already loaded', async () => {
  const model = await loadModel(defaultModelPath);
  const modelBefore = inspect(model, {depth: Infinity});
  const checklist = await loadChecklist(defaultChecklistPath);
  const checklistBefore = inspect(checklist, {depth: Infinity});

  async function expectSame(answers: string, cwd: string, jurisdiction: string): Promise<void> {
    const profile = await sharedProfile(jurisdiction, cwd);
    const profileBefore = inspect(profile, {depth: Infinity});
    const fresh = await buildFromAnswers({answers, cwd, today, out: 'out'});
    const loaded = await buildFromAnswers({answers, cwd, today, out: 'out', loaded: {model, checklist, profile}});
    expect(outputOf(loaded)).toEqual(outputOf(fresh));
    expect(inspect(profile, {depth: Infinity})).toBe(profileBefore);
    expect(inspect(checklist, {depth: Infinity})).toBe(checklistBefore);
    expect(inspect(model, {depth: Infinity})).toBe(modelBefore);
  }

  it('gives the same files, notes and record for the examples', async () => {
    for (const example of ['generic-small-state', 'stockpiling-state', 'affected-coalition-state']) {
      const file = path.join('examples', `${example}.yaml`);
      // The profile the example's answers name, loaded once.
      const jurisdiction = parseAnswers(readFileSync(path.join(root, file), 'utf8'), file).jurisdiction ?? 'generic';
      await expectSame(file, root, jurisdiction);
    }
  }, 60_000);

  it('gives the same files, notes and record for random answers, one checklist and profile shared by all', async () => {
    const folder = tempDir('ccm-build-loaded-');
    mkdirSync(folder, {recursive: true});
    let n = 0;
    await fc.assert(
      fc.asyncProperty(answersArbitrary({text: fc.constantFrom(...HOSTILE), textParams: true}), async (answers) => {
        const {path: _, messages: __, yaml: ___, ...rest} = answers;
        const name = `p${++n}.yaml`;
        writeFileSync(path.join(folder, name), serializeAnswers(rest));
        await expectSame(name, folder, answers.jurisdiction ?? 'generic');
      }),
      {numRuns: 12, endOnFailure: true}
    );
  }, 120_000);
});
