/**
 * The bill assembly builds is the bill the strict reader reads back: the
 * same Parts, sections, numbers, headings and provision tree (labels, kinds,
 * text, eIds), for every example and under random answers.
 */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildFromAnswers} from '../src/app/build.js';
import {readDraft as readBill} from '../src/export/index.js';
import {billShape} from './helpers/bill-shape.js';
import {root} from './helpers/cli.js';

const examples = readdirSync(path.join(root, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('the assembled Bill is what readBill reads from its Markdown', () => {
  for (const example of examples) {
    it(example, async () => {
      const {draft} = await buildFromAnswers({answers: `examples/${example}`, cwd: root, today: new Date('2027-06-01')});
      expect(billShape(draft.bill)).toEqual(billShape(readBill(draft.markdown, 'draft-bill.md')));
    });
  }
});
