/**
 * Golden full bills: every example answers file, and the built-in example
 * under every jurisdiction profile. A change to the model, a profile or the
 * engine shows up here as a readable diff (regenerate with `npm run test:update`).
 */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildFromAnswers} from '../src/app/build.js';
import {root} from './helpers/cli.js';

const examples = readdirSync(path.join(root, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const profiles = readdirSync(path.join(root, 'jurisdictions'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5))
  .sort();
const golden = (name: string, file: string) => path.join(import.meta.dirname, 'fixtures', 'bills', name, file);

describe('golden bills', () => {
  for (const example of examples) {
    it(`example ${example}`, async () => {
      const result = await buildFromAnswers({answers: `examples/${example}`, cwd: root, out: 'out', today: new Date('2027-06-01')});
      const name = example.replace(/\.yaml$/, '');
      await expect(result.draft.markdown).toMatchFileSnapshot(golden(name, 'draft-bill.md'));
      await expect(`${JSON.stringify(result.draft.manifest, null, 2)}\n`).toMatchFileSnapshot(golden(name, 'draft-bill.build.json'));
    });
  }
  for (const profile of profiles) {
    it(`built-in example under profile ${profile}`, async () => {
      const result = await buildFromAnswers({
        answers: 'examples/generic-small-state.yaml',
        cwd: root,
        jurisdiction: profile,
        today: new Date('2027-06-01')
      });
      await expect(result.draft.markdown).toMatchFileSnapshot(golden(`profile-${profile}`, 'draft-bill.md'));
    });
  }
});
