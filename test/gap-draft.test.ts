/** Gap report for a draft built from answers (issue 5 §1), end to end through the built CLI. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {ccm, tempDir} from './helpers/cli.js';

describe('ccm-draft gap --answers', () => {
  test('writes gap-report.md and .json with checklist, Convention, strength views and deadlines', () => {
    const dir = tempDir();
    const run = ccm(['gap', '--answers', 'examples/generic-small-state.yaml', '--out', dir, '--today', '2027-06-01']);
    expect(run.code).toBe(0);
    const md = readFileSync(path.join(dir, 'gap-report.md'), 'utf8');
    const json = JSON.parse(readFileSync(path.join(dir, 'gap-report.json'), 'utf8'));
    expect(json.kind).toBe('draft');
    expect(md).toContain('## Checklist view');
    expect(md).toContain('## Deadlines');
    // Every checklist item has a status; nothing is silently N/A.
    for (const row of json.checklist) {
      expect(['in-draft', 'existing-law', 'administrative', 'not-applicable', 'decided-against', 'open']).toContain(row.status);
      if (row.status !== 'in-draft') expect(row.detail.length).toBeGreaterThan(0);
      else expect(row.sections[0]).toMatch(/^s \d/);
    }
    expect(json.strength.map((c: {id: string}) => c.id)).toHaveLength(22);
    const jo = json.strength.find((c: {id: string}) => c.id === 'joint_operations');
    expect(jo.form).toBeDefined();
    for (const d of json.deadlines) expect(d.passed).toBe(d.date < '2027-06-01');
    // Refuses to overwrite without --force.
    expect(ccm(['gap', '--answers', 'examples/generic-small-state.yaml', '--out', dir]).code).toBe(2);
  });
});
