/**
 * The two gap reports must agree on the tool's own drafts: what the draft
 * report (from answers and provenance) finds in a bill, the analysis of the
 * same bill as plain text (as for any national Act) must find too.
 */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildFromAnswers} from '../src/app/build.js';
import {gapReportForText} from '../src/gap/report.js';
import {root} from './helpers/cli.js';

const examples = readdirSync(path.join(root, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe("draft report and text analysis agree on the tool's own bills", () => {
  for (const example of examples) {
    it(example, async () => {
      const {draft, gap} = await buildFromAnswers({answers: `examples/${example}`, cwd: root, today: new Date('2027-06-01')});
      const text = gapReportForText(draft.markdown, 'draft-bill.md');
      const fromText = new Map(text.strength.map((c) => [c.id, c]));
      for (const component of gap.strength) {
        if (component.rating !== 'strong' || component.sections.length === 0) continue;
        const found = fromText.get(component.id)!;
        // Printed in the bill and rated strong from the answers: the text analysis must see it, and not as absent or weak.
        expect(
          found.rating,
          `${component.id}: draft report strong (${component.sections.join(', ')}), text analysis ${found.rating}: ${found.reason}`
        ).not.toMatch(/^(absent|weak)$/);
      }
    });
  }

  it("reads the affected State's clearance duty with its deadline as strong", async () => {
    const {draft} = await buildFromAnswers({answers: 'examples/affected-coalition-state.yaml', cwd: root, today: new Date('2027-06-01')});
    const clearance = gapReportForText(draft.markdown, 'draft-bill.md').strength.find((c) => c.id === 'clearance')!;
    expect(clearance.rating).toBe('strong');
  });
});

describe('words with more than one sense', () => {
  it('does not read "make safe" or "make regulations" as production', () => {
    const act = `# Explosives (Safety) Act\n\n## Part 1 Powers\n\n### 1 Powers of officers\n\n(1) An officer may make safe, remove or destroy any cluster munition found.\n\n(2) The Minister may make regulations under this Act.\n`;
    const dpa = gapReportForText(act, 'act.md').strength.find((c) => c.id === 'develop_produce_acquire')!;
    expect(dpa.rating).toBe('absent');
  });
});
