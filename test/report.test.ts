/**
 * The explanatory note `build` writes, and the Article 7 Form A report:
 * goldens from frozen answers files, definitive statements, draft markers,
 * updates when answers change, DOCX structure and determinism, and the CLI.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {strFromU8, unzipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import {buildFromAnswers} from '../src/app/build.js';
import {purposeOf} from '../src/export/explanatory-note.js';
import {article7Report} from '../src/app/article7.js';
import {ccm, root, tempDir} from './helpers/cli.js';

const dir = path.join(import.meta.dirname, 'fixtures', 'report');
const generic = path.join(dir, 'generic-small-state.yaml');
const stockpiling = path.join(dir, 'stockpiling-state.yaml');
const date = '2027-06-01';

const note = async (answers: string) => {
  const result = await buildFromAnswers({answers, cwd: root, out: 'out', today: new Date('2027-06-01')});
  return result.files.find((f) => f.path.endsWith('explanatory-note.md'))!.contents;
};
const formA = async (answers: string, status?: 'drafted' | 'introduced' | 'enacted') => {
  const result = await article7Report({answers, cwd: root, out: 'out', date, status});
  return {
    md: result.files.find((f) => f.path.endsWith('.md'))!.contents as string,
    docx: result.files.find((f) => f.path.endsWith('.docx'))!.contents as Uint8Array
  };
};

describe('explanatory note', () => {
  it('states penalties the way the bill does (penalty units when the profile uses them)', async () => {
    const text = (await note(path.join(root, 'examples', 'affected-coalition-state.yaml'))) as string;
    expect(text).toContain(
      'Under section 18 (Penalties), an individual is liable to imprisonment for a term not exceeding 15 years, or to a fine not exceeding 2,000 penalty units, or to both; a body corporate is liable to a fine not exceeding 10,000 penalty units.'
    );
    expect(text).not.toMatch(/USD|XCD \d/);
  });

  it('is written by build, with the policy statement and clause-by-clause analysis (golden)', async () => {
    const text = await note(generic);
    expect(text).toContain('The Convention entered into force for the Republic of Examplia on 1 April 2013 (Article 17(2)).');
    expect(text).toContain(
      '**Investment in cluster munitions**: the Bill provides for it in section 12 (Investment in cluster munitions), taking the option "Prohibit investment by any person" (Convention Article 1(1)(c)).'
    );
    expect(text).toMatch(
      /\*\*Section 12: Investment in cluster munitions\.\*\* The Government has decided that financing the development or production of cluster munitions is a form of assistance.* It implements Article 1\(1\)\(c\) of the Convention\./
    );
    // The tool's own vocabulary stays out of a note for Parliament.
    expect(text).not.toMatch(/\b(checklist|parameter|strength component)\b/i);
    expect(await note(generic)).toBe(text);
    await expect(text).toMatchFileSnapshot(path.join(dir, '__snapshots__', 'generic-explanatory-note.md'));
  });

  it('changes when the answers change', async () => {
    const folder = tempDir('ccm-note-');
    const changed = path.join(folder, 'answers.yaml');
    writeFileSync(
      changed,
      readFileSync(generic, 'utf8')
        .replace(
          'investment: {status: act}',
          'investment: {status: decided-against, reason: "The financial sector is regulated by other means."}'
        )
        .replace('entry_into_force: 2013-04-01', 'entry_into_force: 2014-02-01')
    );
    const text = await note(changed);
    expect(text).toContain(
      '**Investment in cluster munitions**: the Government has decided not to legislate for it. The financial sector is regulated by other means.'
    );
    expect(text).toContain('on 1 February 2014');
    expect(text).not.toContain('Section 12: Investment');
  });

  it('keeps only the reasons from a drafting note', () => {
    expect(purposeOf('Why: money matters. The switch is a parameter. Convention: Article 1. Checklist: investment.')).toBe(
      'Money matters.'
    );
    expect(purposeOf(undefined)).toBe('');
  });

  it('prefers the Policy: paragraph, in the Government voice, and falls back to Why:', () => {
    const note =
      'Why: drafters need this. Money matters.\n\nPolicy: The Government intends to stop the financing of production. Convention: Article 1.';
    expect(purposeOf(note)).toBe('The Government intends to stop the financing of production.');
    // No campaign voice and no second person in the fallback.
    expect(purposeOf('Why: the Cluster Munition Coalition asks for it. You must do it. It closes a gap.')).toBe('It closes a gap.');
  });
});

describe('Article 7 report, Form A', () => {
  it('states the measures definitively (golden)', async () => {
    const {md} = await formA(stockpiling);
    expect(md).not.toMatch(/\bN\/A\b|not applicable/i);
    expect(md).toContain(
      'The Republic of Stockland has prepared the Cluster Munitions Bill 2027 to implement the Convention in national law'
    );
    expect(md).toContain(
      "- **Cluster munitions stored on the State's territory by other States**: Visiting Forces Act 1998 (Stockland), s 12"
    );
    expect(md).toContain(
      'carried out by the Ministry of Foreign Affairs, Arms Control Division; the Bill provides for it in section 23 (National authority) (Convention Article 6)'
    );
    expect(md).toContain(
      'Under section 18 (Destruction of stockpiles), the Bill requires their destruction no later than 1 February 2035.'
    );
    // Statements beyond Form A are drafts, each marked.
    const other = md.slice(md.indexOf('## Other Article 7(1) information'));
    expect(other.match(/^> \*\*Draft, to be confirmed by the government:\*\*/gm)?.length).toBe(6);
    expect(md.slice(0, md.indexOf('## Other'))).not.toContain('Draft, to be confirmed');
    expect(md).not.toMatch(/Form [B-J]\b/);
    await expect(md).toMatchFileSnapshot(path.join(dir, '__snapshots__', 'stockpiling-article7-form-a.md'));
  });

  it('follows the bill status and the state answers', async () => {
    const enacted = (await formA(generic, 'enacted')).md;
    expect(enacted).toContain('The Republic of Examplia has enacted the Cluster Munitions Act 2027');
    expect(enacted).toContain('does not own or possess cluster munitions');
    expect(enacted).toContain('does not retain or acquire cluster munitions or explosive submunitions under Article 3(6)');
    expect((await formA(generic, 'introduced')).md).toContain('has been introduced in Parliament and is before it');
  });

  it('writes a Word file with heading styles, identical bytes each time', async () => {
    const a = await formA(generic);
    const b = await formA(generic);
    expect(Buffer.from(a.docx).equals(Buffer.from(b.docx))).toBe(true);
    const document = strFromU8(unzipSync(a.docx)['word/document.xml']!);
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('Form A: National implementation measures');
  });

  it('runs from the CLI and writes Markdown and DOCX', () => {
    const out = tempDir('ccm-report-');
    const run = ccm(['report', 'article7', '--answers', generic, '--out', out, '--date', date]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(out, 'article7-form-a.md'))).toBe(true);
    expect(existsSync(path.join(out, 'article7-form-a.docx'))).toBe(true);
    expect(ccm(['report', 'article9', '--answers', generic, '--out', out]).stderr).toMatch(/unknown report "article9", expected: article7/);
    expect(ccm(['report', 'article7', '--answers', generic, '--out', out]).code).toBe(2); // files exist, no --force
  });
});

describe('report article7 flags', () => {
  it('refuses a --date that does not exist, like every other date flag', () => {
    const dir = tempDir();
    const run = ccm([
      'report',
      'article7',
      '--answers',
      path.join(root, 'examples', 'generic-small-state.yaml'),
      '--out',
      dir,
      '--date',
      '2027-02-30'
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid --date "2027-02-30", expected a date like 2027-04-30');
  });

  it('takes --today like build, gap and workshop; --date stays as its other name (review R, M1)', () => {
    const answers = path.join(root, 'examples', 'generic-small-state.yaml');
    const dated = (flags: string[]) => {
      const dir = tempDir();
      const run = ccm(['report', 'article7', '--answers', answers, '--out', dir, ...flags]);
      return {run, md: run.code === 0 ? readFileSync(path.join(dir, 'article7-form-a.md'), 'utf8') : ''};
    };
    const today = dated(['--today', '2027-03-04']);
    expect(today.run.code, today.run.stderr).toBe(0);
    expect(today.md).toContain('**Date:** 4 March 2027');
    expect(dated(['--date', '2027-03-04']).md).toBe(today.md);
    const both = dated(['--today', '2027-03-04', '--date', '2027-03-05']);
    expect(both.run.code).toBe(2);
    expect(both.run.stderr).toContain('--today 2027-03-04 and --date 2027-03-05 disagree');
  });
});
