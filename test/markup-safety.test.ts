/**
 * Markup by construction (issue 11 item 3): a catalogue of hostile values
 * (Markdown, `:::` directives, `## 99` headings, HTML, `javascript:` links,
 * XML/CDATA terminators, quotes, line breaks, RTL and combining marks) in
 * every text answer leaves the structure of the explanatory note,
 * Form A, the gap report and the matrix (Markdown, HTML, CSV) exactly as it
 * is with plain values, and each value shows as text. No value makes the
 * tool's own readers find a phantom section in the bill.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type {Nodes, Root} from 'mdast';
import {directiveFromMarkdown} from 'mdast-util-directive';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {toString as plainText} from 'mdast-util-to-string';
import {directive} from 'micromark-extension-directive';
import {gfm} from 'micromark-extension-gfm';
import {describe, expect, it} from 'vitest';
import type {AnswersFile} from '../src/answers/file.js';
import {buildFromAnswers} from '../src/app/build.js';
import {allSections} from '../src/bill/model.js';
import {matrixFromFiles} from '../src/compare/matrix.js';
import {loadActText} from '../src/compare/read.js';
import {renderMatrixCsv, renderMatrixHtml, renderMatrixMarkdown} from '../src/compare/render-matrix.js';
import {renderDraftGapMarkdown} from '../src/gap/render-draft-md.js';
import {toMarkdown} from '../src/report/document.js';
import {formABlocks} from '../src/report/form-a.js';
import {inline} from '../src/report/markdown.js';
import {readDraft as readBill} from '../src/export/index.js';
import {root, tempDir} from './helpers/cli.js';
import {HOSTILE, REFUSED_AT_INPUT} from './helpers/hostile.js';
import {answersArbitrary} from './helpers/random-answers.js';

const BENIGN = 'Plain words';

/** Replace every text answer (citation, agency, reason, text parameters) that holds a catalogue value with a plain one. */
function benignOf(answers: AnswersFile): AnswersFile {
  const swap = (v: unknown) => (typeof v === 'string' && HOSTILE.includes(v) ? BENIGN : v);
  return {
    ...answers,
    items: Object.fromEntries(
      Object.entries(answers.items).map(([id, a]) => [
        id,
        {...a, citation: swap(a.citation), agency: swap(a.agency), reason: swap(a.reason)}
      ])
    ) as AnswersFile['items'],
    params: Object.fromEntries(Object.entries(answers.params).map(([k, v]) => [k, swap(v)]))
  };
}

function parse(md: string): Root {
  return fromMarkdown(md, {extensions: [gfm(), directive()], mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()]});
}

/**
 * A GFM autolink literal: a URL or e-mail address in running text, which GFM
 * renderers link whatever the escaping (the visible text is the value itself,
 * and only http(s), www and e-mail addresses are linked, never `javascript:`).
 */
const autolink = (node: Nodes) =>
  node.type === 'link' && [node.url, node.url.replace(/^http:\/\//, ''), node.url.replace(/^mailto:/, '')].includes(plainText(node));

/** The structure of a Markdown document: every node's type (and depth, order, size), without its text. */
function skeleton(node: Nodes): string {
  if (autolink(node)) return '';
  const own =
    node.type === 'heading'
      ? `h${node.depth}`
      : node.type === 'list'
        ? `list${node.ordered ? 'o' : 'u'}`
        : node.type === 'text'
          ? ''
          : node.type;
  const children = 'children' in node ? (node.children as Nodes[]).map(skeleton).filter(Boolean).join(',') : '';
  return children ? `${own}(${children})` : own;
}

/**
 * The element names of an HTML page in order. Text never holds a raw `<`
 * (hast-util-to-html escapes it), so outside a tag `<` always opens one;
 * inside a tag, quoted attribute values (where `<` is plain text) are skipped.
 */
function tags(html: string, hrefs: string[] = []): string {
  const names: string[] = [];
  let i = 0;
  while ((i = html.indexOf('<', i)) >= 0) {
    const name = /^<\/?([a-zA-Z][\w-]*|!doctype)/i.exec(html.slice(i, i + 40))?.[0] ?? '<?';
    names.push(name);
    const start = i;
    let quote = '';
    for (i++; i < html.length; i++) {
      const ch = html[i]!;
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
    }
    const href = /\shref="([^"]*)"/.exec(html.slice(start, i))?.[1];
    if (href !== undefined) hrefs.push(href);
  }
  return names.join(' ');
}

/** Records and fields of RFC 4180 CSV. */
function csvShape(csv: string): number[] {
  const rows: number[] = [];
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') fields++;
    else if (ch === '\r' && csv[i + 1] === '\n') {
      rows.push(fields);
      fields = 1;
      i++;
    }
  }
  return rows;
}

const today = new Date('2027-06-01');

async function documents(answersFile: AnswersFile) {
  const r = await buildFromAnswers({answers: 'random.yaml', answersFile, cwd: root, today});
  return {
    build: r,
    note: r.files.find((f) => f.path.endsWith('explanatory-note.md'))!.contents as string,
    formA: toMarkdown(formABlocks(r.draft, {date: '2027-06-01'})),
    gap: renderDraftGapMarkdown(r.gap)
  };
}

const hostile = fc.constantFrom(...HOSTILE);

describe('hostile values in every text answer', () => {
  it('a line or paragraph separator is refused where it is typed, naming the answer, before any document is made', async () => {
    for (const value of REFUSED_AT_INPUT) {
      const answersFile: AnswersFile = {
        path: 'random.yaml',
        schema: 1,
        jurisdiction: 'generic',
        state: {},
        items: {},
        params: {'authority.name': value},
        messages: []
      } as unknown as AnswersFile;
      await expect(documents(answersFile)).rejects.toMatchObject({
        messages: [expect.objectContaining({reason: expect.stringMatching(/^Unexpected U\+2028 \(line separator\) in `authority\.name`/)})]
      });
    }
  });

  it('leave the note, Form A and the gap report with the structure plain values give', async () => {
    await fc.assert(
      fc.asyncProperty(answersArbitrary({text: hostile, textParams: true}), async (answersFile) => {
        const [bad, good] = [await documents(answersFile), await documents(benignOf(answersFile))];
        for (const doc of ['note', 'formA', 'gap'] as const) {
          const tree = parse(bad[doc]);
          expect(skeleton(tree), doc).toBe(skeleton(parse(good[doc])));
        }
        // The bill: the same sections for every reader (no phantom section from a line break or a "1. ").
        const numbers = allSections(bad.build.draft.bill).map((s) => s.number);
        expect(
          readBill(bad.build.draft.markdown, 'draft-bill.md')
            .body.flatMap((b) => (b.kind === 'part' ? b.sections : [b]))
            .map((s) => s.number)
        ).toEqual(numbers);
        const read = await loadActText(bad.build.draft.markdown, 'draft-bill.md');
        expect(read.act.sections.map((s) => s.number)).toEqual(numbers);
      }),
      {numRuns: 12}
    );
  }, 180_000);

  it('show each value as text', async () => {
    const base = await buildFromAnswers({answers: 'examples/affected-coalition-state.yaml', cwd: root, today});
    for (const value of HOSTILE) {
      const answers: AnswersFile = {
        ...base.answers,
        items: {
          ...base.answers.items,
          'corporate-liability': {status: 'existing-law', citation: value},
          cooperation: {status: 'administrative', agency: value},
          retention: {status: 'decided-against', reason: value}
        },
        params: {...base.answers.params, 'authority.name': value}
      };
      const docs = await documents(answers);
      const shown = inline(value).trim();
      for (const doc of ['note', 'formA', 'gap'] as const) {
        const tree = parse(docs[doc]);
        expect(plainText(tree), `${doc} shows ${JSON.stringify(value)}`).toContain(shown);
        const kinds = new Set<string>();
        const walk = (n: Nodes) => {
          kinds.add(n.type);
          if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
        };
        walk(tree);
        for (const kind of ['html', 'image', 'containerDirective', 'leafDirective', 'textDirective', 'code', 'definition'])
          expect(kinds.has(kind), `${doc}: ${kind} from ${JSON.stringify(value)}`).toBe(false);
        const links: string[] = [];
        const collect = (n: Nodes) => {
          if (n.type === 'link' && !autolink(n)) links.push(n.url);
          if ('children' in n) for (const c of n.children as Nodes[]) collect(c);
        };
        collect(tree);
        expect(links, `${doc}: links from ${JSON.stringify(value)}`).toEqual([]);
      }
    }
  }, 180_000);

  it('leave the matrix (Markdown, HTML, CSV) with the structure plain values give, and never a script or a javascript: link', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(answersArbitrary({text: hostile, textParams: true}), {minLength: 2, maxLength: 2}),
        async (participants) => {
          const render = async (list: AnswersFile[]) => {
            const dir = tempDir('ccm-matrix-hostile-');
            const files: string[] = [];
            for (const [i, answersFile] of list.entries()) {
              const r = await buildFromAnswers({answers: 'random.yaml', answersFile, cwd: root, out: path.join(dir, `p${i}`), today});
              mkdirSync(path.join(dir, `p${i}`), {recursive: true});
              for (const f of r.files) writeFileSync(f.path, f.contents);
              files.push(path.join(dir, `p${i}`, 'draft-bill.md'));
            }
            const {matrix} = await matrixFromFiles(files, {cwd: dir});
            return {md: renderMatrixMarkdown(matrix), html: renderMatrixHtml(matrix), csv: renderMatrixCsv(matrix)};
          };
          const [bad, good] = [await render(participants), await render(participants.map(benignOf))];
          expect(skeleton(parse(bad.md))).toBe(skeleton(parse(good.md)));
          expect(tags(bad.html)).toBe(tags(good.html));
          const hrefs: string[] = [];
          expect(tags(bad.html, hrefs)).not.toMatch(/<script/i);
          for (const href of hrefs) expect(href).not.toMatch(/^\s*javascript:/i);
          expect(csvShape(bad.csv)).toEqual(csvShape(good.csv));
        }
      ),
      {numRuns: 3, endOnFailure: true}
    );
  }, 240_000);
});
