/**
 * Goldens for each output format (Markdown, HTML, JSON) on fixture pairs,
 * JSON validated against schemas/compare.schema.json, and the command run
 * in-process (format and flag handling, bad input).
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Ajv} from 'ajv';
import {describe, expect, it} from 'vitest';
import {tempDir} from './helpers/cli.js';
import {main} from '../src/cli/main.js';
import {compareActs} from '../src/compare/compare.js';
import {loadPair} from '../src/compare/read.js';
import {renderHtml} from '../src/compare/render-html.js';
import {renderJson} from '../src/compare/render-json.js';
import {escapeMarkdown, renderMarkdown} from '../src/compare/render-md.js';
import {toString as mdastText} from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {memoryIo} from './helpers/io.js';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = 'test/fixtures/compare';
const schema = JSON.parse(readFileSync(path.join(root, 'schemas/compare.schema.json'), 'utf8'));
const validate = new Ajv({strict: true, allErrors: true}).compile(schema);

const cases = [
  {name: 'basic', base: `${fixtures}/basic/base.md`, other: `${fixtures}/basic/other.md`},
  {name: 'draft', base: `${fixtures}/draft/model/draft-bill.md`, other: `${fixtures}/draft/edited/draft-bill.md`}
];

async function compareFiles(base: string, other: string) {
  const pair = await loadPair(base, other, {cwd: root});
  return compareActs(pair.base.act, pair.other.act, {
    baseProvenance: pair.base.provenance,
    otherProvenance: pair.other.provenance
  });
}

describe.each(cases)('compare goldens: $name', ({name, base, other}) => {
  it('Markdown', async () => {
    await expect(renderMarkdown(await compareFiles(base, other))).toMatchFileSnapshot(`fixtures/compare/golden/${name}.md`);
  });
  it('HTML', async () => {
    const html = renderHtml(await compareFiles(base, other));
    // Self-contained: no external resources, no script.
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|url\(|https?:\/\//i);
    await expect(html).toMatchFileSnapshot(`fixtures/compare/golden/${name}.html`);
  });
  it('JSON, valid against the schema', async () => {
    const json = renderJson(await compareFiles(base, other));
    const data = JSON.parse(json);
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
    await expect(json).toMatchFileSnapshot(`fixtures/compare/golden/${name}.json`);
  });
});

describe('explanations from provenance', () => {
  it('names the answer behind an omitted section, hand edits and hand-added sections', async () => {
    const result = await compareFiles(cases[1]!.base, cases[1]!.other);
    const why = result.changes.flatMap((c) => c.why);
    const omitted = why.find((w) => w.cause === 'answer' && w.item === 'foreign-stockpiling')!;
    expect(omitted.message).toBe(
      's 14 (Stockpiling by foreign States) omitted: item `foreign-stockpiling` existing-law — answer `foreign_stockpiling.include = false` (items.foreign-stockpiling.status = existing-law)'
    );
    expect(omitted.answer).toBe('foreign_stockpiling.include = false');
    expect(why.filter((w) => w.cause === 'hand-edit').map((w) => w.message)).toEqual([
      's 10 (Offences relating to cluster munitions) edited by hand after generation (text no longer matches the build)',
      's 16A (Annual report to Parliament) added by hand after generation (not in the build provenance)'
    ]);
    const edited = result.changes.find((c) => c.other[0]?.number === '10')!;
    expect(edited.other[0]!.handEdited).toBe(true);
    expect(edited.redline!.filter((s) => s.op !== 'equal').map((s) => `${s.op}:${s.text}`)).toEqual(['delete:an', 'insert:a serious']);
  });

  it('reports no change and no hand edit for a draft compared with itself', async () => {
    const result = await compareFiles(cases[1]!.other, cases[1]!.other);
    expect(result.changes.every((c) => c.kind === 'unchanged')).toBe(true);
    expect(result.changes.flatMap((c) => c.why).filter((w) => w.cause !== 'hand-edit')).toEqual([]);
  });
});

describe('Markdown escaping', () => {
  it('shows Markdown-active characters literally: the text reads back as one paragraph of the same text', () => {
    for (const value of [
      'a *b* _c_ <d> [e](f) | 1. x',
      '# not a heading',
      '- not a list',
      '1. not a list',
      '<script>x</script>',
      '`code`'
    ]) {
      const tree = unified().use(remarkParse).parse(escapeMarkdown(value));
      expect(tree.children).toHaveLength(1);
      expect(tree.children[0]!.type).toBe('paragraph');
      expect(mdastText(tree)).toBe(value);
    }
  });
});

describe('ccm-draft compare (in-process)', () => {
  const base = `${fixtures}/basic/base.md`;
  const other = `${fixtures}/basic/other.md`;

  it('prints Markdown by default and JSON or HTML on request', async () => {
    for (const [format, start] of [
      [undefined, '# Comparison'],
      ['json', '{'],
      ['html', '<!doctype html>']
    ] as const) {
      const io = memoryIo(root);
      const code = await main(['compare', base, other, ...(format ? ['--format', format] : [])], io);
      expect(code, io.err).toBe(0);
      expect(io.out.startsWith(start)).toBe(true);
    }
  });

  it('rejects a bad format or file count with usage and exit 2', async () => {
    for (const args of [['compare', base, other, '--format', 'pdf'], ['compare', base, other, other], ['compare']]) {
      const io = memoryIo(root);
      expect(await main(args, io)).toBe(2);
      expect(io.err).toMatch(/^ccm-draft compare: .+\nUsage: ccm-draft compare/);
    }
  });

  it('writes --out atomically and refuses to overwrite without --force', async () => {
    const dir = tempDir('ccm-compare-');
    const out = path.join(dir, 'cmp.html');
    let io = memoryIo(root);
    expect(await main(['compare', base, other, '--format', 'html', '--out', out], io)).toBe(0);
    expect(io.out).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('<!doctype html>');
    writeFileSync(out, 'mine');
    io = memoryIo(root);
    expect(await main(['compare', base, other, '--out', out], io)).toBe(2);
    expect(io.err).toContain('Refusing to overwrite an existing file');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(await main(['compare', base, other, '--out', out, '--force'], memoryIo(root))).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# Comparison');
  });

  const bad: Array<[string, string | Buffer, RegExp]> = [
    ['empty file', '', /^input\.md: Unexpected empty file \[empty-file\]$/m],
    ['blank file', '  \n\n', /^input\.md: Unexpected empty file \[empty-file\]$/m],
    ['binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /^input\.md:1:5: Unexpected binary content \(NUL bytes\)/m],
    ['stray NUL in a text file', '# Act\n\n### 1 Short ti\u0000tle\n', /^input\.md:3:15: Unexpected binary content \(NUL bytes\)/m],
    ['no sections', '# Notes\n\nBuy bread.\n', /^input\.md:1:1: Unexpected document without (numbered )?sections/m]
  ];
  it.each(bad)('bad input (%s): positioned message, exit 2, no stack trace', async (_name, contents, message) => {
    const dir = tempDir('ccm-compare-');
    writeFileSync(path.join(dir, 'input.md'), contents);
    writeFileSync(path.join(dir, 'good.md'), readFileSync(path.join(root, base)));
    const io = memoryIo(dir);
    expect(await main(['compare', 'good.md', 'input.md'], io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(io.out).toBe('');
  });

  it('names a missing file', async () => {
    const io = memoryIo(root);
    expect(await main(['compare', base, 'no-such-file.md'], io)).toBe(2);
    expect(io.err).toBe('no-such-file.md: Cannot find file, expected an existing file [unreadable-file]\n');
  });

  it('handles a huge single line and odd Unicode without hanging', async () => {
    const dir = tempDir('ccm-compare-');
    const huge = `# Act\n\n### 1 Long\n\n${'word '.repeat(400_000)}\n\n### 2 Odd\n\nCafe\u0301 \u00a0 مرحبا بالعالم \u200f text\n`;
    const huge2 = `# Act\n\n### 1 Long\n\n${'word '.repeat(200_000)}other ${'term '.repeat(200_000)}\n\n### 2 Odd\n\nCafé   مرحبا بالعالم \u200f text\n`;
    writeFileSync(path.join(dir, 'a.md'), huge);
    writeFileSync(path.join(dir, 'b.md'), huge2);
    const io = memoryIo(dir);
    const started = Date.now();
    expect(await main(['compare', 'a.md', 'b.md', '--format', 'json'], io), io.err).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    const result = JSON.parse(io.out);
    expect(result.summary.modified).toBe(1);
    // NFC/NFD and NBSP differences are not changes.
    expect(result.changes.find((c: {other: Array<{number: string}>}) => c.other[0]?.number === '2').kind).toBe('unchanged');
  }, 30_000);
});

describe('HTML redline text', () => {
  it('shows defined terms bold instead of their Markdown asterisks, without unbalancing split pairs', async () => {
    const {redlineHtml} = await import('../src/compare/render-html.js');
    expect(redlineHtml([{op: 'equal', text: '**cluster munition** means a munition'}])).toBe(
      '<strong>cluster munition</strong> means a munition'
    );
    expect(
      redlineHtml([
        {op: 'equal', text: '**funds'},
        {op: 'insert', text: '** means'}
      ])
    ).toBe('**funds<ins>** means</ins>');
  });
});
