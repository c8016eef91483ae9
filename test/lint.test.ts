/**
 * Model lint rules, driven by fixtures: each file in fixtures/lint is a model
 * and its expected messages sit in a sibling `.messages.txt` (regenerate with
 * `npm run test:update`). Every message must carry a position, a rule id and
 * a source.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseChecklist} from '../src/checklist/load.js';
import {parseModel} from '../src/model/parse.js';
import {analyseModel} from '../src/model/structure.js';
import {formatDiagnostic, sortMessages} from '../src/util/diagnostics.js';
import {tinyChecklist} from './helpers/assemble.js';

const root = path.join(import.meta.dirname, 'fixtures', 'lint');
const items = new Set(parseChecklist(tinyChecklist, 'c.yaml').items.map((i) => i.id));

describe('model lint fixtures', () => {
  for (const name of readdirSync(root)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    it(name, async () => {
      const model = parseModel(readFileSync(path.join(root, name), 'utf8'), name);
      const structure = analyseModel(model, {checklistItems: items});
      const messages = sortMessages([...model.messages, ...structure.messages]);
      for (const message of messages) {
        expect(message.line, `${message.reason} has no line`).toBeTypeOf('number');
        expect(message.ruleId).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(message.source).toBe('model');
      }
      const text = messages.map(formatDiagnostic).join('\n');
      if (name.startsWith('ok-')) expect(text).toBe('');
      await expect(`${text}\n`).toMatchFileSnapshot(path.join(root, name.replace(/\.md$/, '.messages.txt')));
    });
  }
});
