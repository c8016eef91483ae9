/**
 * `--max-size` is an option of each call, never a process-wide setting: two
 * calls in one process (a library, tests, the workshop's workers) read with
 * their own limits, whatever order they run in.
 */
import {statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildFromAnswers} from '../src/app/build.js';
import {main} from '../src/cli/main.js';
import {loadAct} from '../src/compare/read.js';
import {readActFile} from '../src/read/index.js';
import {formatDiagnostic, InputError} from '../src/util/diagnostics.js';
import {root} from './helpers/cli.js';
import {memoryIo} from './helpers/io.js';

const act = 'test/fixtures/matrix/nz-style.md';
const answers = 'examples/generic-small-state.yaml';

async function refusal(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (error instanceof InputError) return error.messages.map(formatDiagnostic).join('\n');
    throw error;
  }
  return '';
}

describe('the size limit travels with each call', () => {
  it('two library calls at once keep their own limits', async () => {
    const small = Math.floor(statSync(path.join(root, answers)).size / 2);
    const [limited, unlimited] = await Promise.all([
      refusal(buildFromAnswers({answers, cwd: root, today: new Date('2027-06-01'), maxBytes: small})),
      buildFromAnswers({answers, cwd: root, today: new Date('2027-06-01')})
    ]);
    expect(limited).toMatch(/generic-small-state\.yaml: Unexpected file of .*, expected at most .* \(give --max-size/);
    expect(unlimited.draft.markdown).toContain('Cluster Munitions');
    // And the other way round: a limit given to one call is not left behind for the next.
    const actSize = statSync(path.join(root, act)).size;
    expect(await refusal(readActFile(path.join(root, act), act, {maxBytes: actSize - 1}))).toMatch(/expected at most/);
    expect((await readActFile(path.join(root, act), act)).body.length).toBeGreaterThan(0);
    expect(await refusal(loadAct(act, {cwd: root, maxBytes: actSize - 1}))).toMatch(/expected at most/);
    expect((await loadAct(act, {cwd: root})).act.sections.length).toBeGreaterThan(0);
  });

  it('two CLI runs in one process at once: --max-size binds only the run that gave it', async () => {
    const limitedIo = memoryIo(root);
    const plainIo = memoryIo(root);
    const [limited, plain] = await Promise.all([main(['gap', act, '--max-size', '1KB'], limitedIo), main(['gap', act], plainIo)]);
    expect(limited, limitedIo.err).toBe(2);
    expect(limitedIo.err).toMatch(/nz-style\.md: Unexpected file of .*, expected at most 1 KB/);
    expect(plain, plainIo.err).toBe(0);
    expect(plainIo.out).toMatch(/^# Gap report/);
  });
});
