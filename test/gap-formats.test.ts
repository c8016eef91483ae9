/**
 * The formats Acts come in: the tool's own draft exported to Word, HTML and
 * Akoma Ntoso (with the built CLI, as an adviser would) gives the same
 * ratings as its Markdown; plain text in the common numbering styles is
 * read into the same sections; every gap output states the tool, model and
 * date, and the Word report is a real document.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {strFromU8, unzipSync} from 'fflate';
import {beforeAll, describe, expect, it} from 'vitest';
import {allSections} from '../src/bill/model.js';
import {readText} from '../src/read/index.js';
import {ccm, tempDir} from './helpers/cli.js';

const today = '2027-06-01';

describe("gap reads the tool's own draft in every export format alike", () => {
  for (const example of ['generic-small-state', 'stockpiling-state', 'affected-coalition-state']) {
    it(example, () => {
      const dir = tempDir();
      expect(ccm(['build', '--answers', `examples/${example}.yaml`, '--out', dir, '--today', today]).code).toBe(0);
      const draft = path.join(dir, 'draft-bill.md');
      expect(ccm(['export', draft, '--to', 'docx', '--out', path.join(dir, 'bill.docx')]).code).toBe(0);
      expect(ccm(['export', draft, '--to', 'html', '--out', path.join(dir, 'bill.html')]).code).toBe(0);
      expect(ccm(['export', draft, '--to', 'akn', '--out', path.join(dir, 'bill.xml'), '--date', today]).code).toBe(0);
      const read = (file: string) => {
        const run = ccm(['gap', path.join(dir, file), '--format', 'json', '--today', today]);
        expect(run.code, run.stderr).toBe(0);
        return JSON.parse(run.stdout) as {
          act: {format: string; sections: number; title: string};
          strength: Array<{id: string; rating: string; evidence: Array<{citation: string}>}>;
        };
      };
      const md = read('draft-bill.md');
      for (const [file, format] of [
        ['bill.docx', 'docx'],
        ['bill.html', 'html'],
        ['bill.xml', 'akn']
      ] as const) {
        const other = read(file);
        expect(other.act.format).toBe(format);
        expect(other.act.sections).toBe(md.act.sections);
        // The report names the Act read: its title in every format, as in the Markdown.
        expect(other.act.title, file).toBe(md.act.title);
        expect(other.strength.map((c) => `${c.id}:${c.rating}`)).toEqual(md.strength.map((c) => `${c.id}:${c.rating}`));
        expect(other.strength.map((c) => c.evidence.map((e) => e.citation).join(','))).toEqual(
          md.strength.map((c) => c.evidence.map((e) => e.citation).join(','))
        );
      }
    });
  }
});

describe('plain text in the common numbering styles', () => {
  const styles: Record<string, string> = {
    'number, dash, subsection (5.—(1))':
      '5.—(1) A person shall not use a cluster munition.\n(2) A person who contravenes subsection (1) commits an offence.\n\n6.—(1) This Act binds the State.\n',
    'number, full stop, subsection (5. (1))':
      '5. Offences\n\n5. (1) A person shall not use a cluster munition.\n\n(2) A person who contravenes subsection (1) commits an offence.\n\n6. Application\n\n6. (1) This Act binds the State.\n',
    'keyword (Section 5.)':
      'Section 5. Offences.—(1) A person shall not use a cluster munition.\n(2) A person who contravenes subsection (1) commits an offence.\n\nSection 6. Application.—This Act binds the State.\n'
  };
  for (const [name, body] of Object.entries(styles)) {
    it(name, () => {
      const bill = readText(`CLUSTER MUNITIONS ACT\n\n${body}`, 'act.txt', {format: 'text'});
      const sections = allSections(bill);
      expect(sections.map((s) => s.number)).toEqual(['5', '6']);
      expect(sections[0]!.children.map((p) => p.num)).toEqual(['(1)', '(2)']);
      expect(bill.messages.filter((m) => m.fatal)).toEqual([]);
    });
  }

  it('plain text keeps asterisks and underscores as typed', () => {
    const bill = readText('AN ACT\n\n1 Offences\n(1) A person shall not use a *cluster* munition_x.\n', 'a.txt', {format: 'text'});
    expect(allSections(bill)[0]!.children[0]!.block.text).toBe('A person shall not use a *cluster* munition_x.');
  });
});

describe('gap outputs state the tool, model and date', () => {
  let dir: string;
  const act = 'test/corpus/new-zealand/act.md';
  beforeAll(() => {
    dir = tempDir();
  });

  it('Markdown, HTML and CSV name the tool version, the model version and --today', () => {
    for (const format of ['md', 'html', 'csv']) {
      const run = ccm(['gap', act, '--format', format, '--today', '2027-03-04']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('2027-03-04');
      expect(run.stdout).toMatch(/ccm-drafter 0\.1\.0/);
      expect(run.stdout).toMatch(/1\.0\.0/);
    }
    const csv = ccm(['gap', act, '--format', 'csv', '--today', '2027-03-04']).stdout.split('\r\n');
    expect(csv[0]).toBe(
      '"view","id","title","articles","rating","confidence","why","citations","quote","line","act","tool","model","date"'
    );
    expect(csv.filter((l) => l.startsWith('"component"'))).toHaveLength(22);
  });

  it('Word: a document with the summary table and its properties, the same bytes each time', () => {
    const out = path.join(dir, 'gap.docx');
    const run = ccm(['gap', act, '--format', 'docx', '--out', out, '--today', '2027-03-04']);
    expect(run.code, run.stderr).toBe(0);
    const bytes = readFileSync(out);
    const files = unzipSync(bytes);
    const document = strFromU8(files['word/document.xml']!);
    expect(document).toContain('Strength view');
    expect(document).toContain('Offences relating to cluster munitions'.slice(0, 8));
    expect(strFromU8(files['docProps/core.xml']!)).toContain('2027-03-04');
    const again = path.join(dir, 'gap2.docx');
    expect(ccm(['gap', act, '--format', 'docx', '--out', again, '--today', '2027-03-04']).code).toBe(0);
    expect(readFileSync(again).equals(bytes)).toBe(true);
  });
});
