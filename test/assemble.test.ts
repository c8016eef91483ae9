/**
 * Fixture-driven tests of the assembly pipeline: each folder in
 * fixtures/assemble holds model.md and answers.yaml; the expected bill is
 * output.md (or, for bad input, errors.txt). Regenerate with `npm run test:update`.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {assembleTexts} from './helpers/assemble.js';

const root = path.join(import.meta.dirname, 'fixtures', 'assemble');

describe('assembly fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = path.join(root, name);
    it(name, async () => {
      const read = (file: string) => readFileSync(path.join(folder, file), 'utf8');
      const checklist = existsSync(path.join(folder, 'checklist.yaml')) ? read('checklist.yaml') : undefined;
      const result = assembleTexts(read('model.md'), read('answers.yaml'), checklist ? {checklist} : {});
      if (result.errors !== undefined) {
        expect(existsSync(path.join(folder, 'output.md')), `unexpected errors:\n${result.errors}`).toBe(false);
        await expect(`${result.errors}\n`).toMatchFileSnapshot(path.join(folder, 'errors.txt'));
      } else {
        expect(existsSync(path.join(folder, 'errors.txt')), 'expected errors, got a draft').toBe(false);
        await expect(result.draft!.markdown).toMatchFileSnapshot(path.join(folder, 'output.md'));
      }
    });
  }
});
