/**
 * Properties of assembly over the real model Act: whatever the answers,
 * numbering is gap-free, every reference resolves, no markup leaks into the
 * bill, and no parameter value can change the document's structure.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import {parseAnswers, serializeAnswers} from '../src/answers/file.js';
import {parseProfile} from '../src/answers/profile.js';
import {assembleDraft} from '../src/assemble/index.js';
import {parseChecklist} from '../src/checklist/load.js';
import {parseModel} from '../src/model/parse.js';
import {analyseModel} from '../src/model/structure.js';
import {root} from './helpers/cli.js';
import {modelAnswers} from './helpers/model-answers.js';
import {assembleTexts} from './helpers/assemble.js';

const modelText = readFileSync(path.join(root, 'model-law', 'cluster-munitions-act.md'), 'utf8');
const checklistText = readFileSync(path.join(root, 'checklists', 'article9.yaml'), 'utf8');
const profileText = readFileSync(path.join(root, 'jurisdictions', 'generic.yaml'), 'utf8');
const probe = parseModel(modelText, 'model.md');
/** A fresh model for each run: assembly consumes its tree, and re-parsing 100 KB each time would dominate the test. */
const freshModel = () => ({...probe, tree: structuredClone(probe.tree)});
/** Every id in the model: an unresolved reference prints as "[id]" with one of them (a drafting placeholder such as "[year]" is not one). */
const modelIds = new Set(analyseModel(probe).clauses.keys());
const {arbitrary, texts, answersText} = modelAnswers(probe);

const romanLike = new Set(['i', 'v', 'x']);
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Check the labels of one section's paragraphs: each level counts up from its first label without gaps. */
function checkLabels(section: string, labels: string[]): void {
  let numeric = 0;
  let letter = '';
  let roman = 0;
  for (const label of labels) {
    if (label === '**') {
      // A new definition: its paragraphs count from (a) again.
      letter = '';
      roman = 0;
      continue;
    }
    if (/^\d+$/.test(label)) {
      expect(Number(label), `${section}: (${label}) after (${numeric})`).toBe(numeric + 1);
      numeric = Number(label);
      letter = '';
      roman = 0;
    } else if (
      /^[ivx]+$/.test(label) &&
      !(label.length === 1 && romanLike.has(label) && letter === String.fromCharCode(label.charCodeAt(0) - 1))
    ) {
      expect(label, `${section}: (${label}) after roman ${roman}`).toBe(romans[roman]);
      roman += 1;
    } else if (/^[a-z]+$/.test(label)) {
      const expected = letter === '' ? 'a' : String.fromCharCode(letter.charCodeAt(0) + 1);
      expect(label, `${section}: (${label}) after (${letter || 'start'})`).toBe(expected);
      letter = label;
      roman = 0;
    }
  }
}

function checkBill(markdown: string): void {
  expect(markdown).not.toMatch(/:(param|ref|prov|if)\[|^:::|::toc/m);
  const unresolved = [...markdown.matchAll(/\[([a-z0-9-]+)\](?!\()/g)].map((m) => m[1]!).filter((id) => modelIds.has(id));
  expect(unresolved).toEqual([]); // an unresolved reference prints as [id]
  const body = markdown.slice(markdown.indexOf('\n## Part 1') + 1 || 0);
  const parts = [...body.matchAll(/^## Part (\d+) /gm)].map((m) => Number(m[1]));
  expect(parts).toEqual(parts.map((_, i) => i + 1));
  const sections = [...body.matchAll(/^### (\d+) /gm)].map((m) => Number(m[1]));
  expect(sections).toEqual(sections.map((_, i) => i + 1));
  for (const chunk of body.split(/^### /m).slice(1)) {
    const labels = [...chunk.matchAll(/^(?:\(([0-9a-zA-Z]+)\) |\*\*)/gm)].map((m) => m[1] ?? '**');
    checkLabels(chunk.split('\n')[0]!, labels);
  }
  // Every citation of a section number names a section that exists.
  for (const match of markdown.matchAll(/\bsections? (\d+)/g)) expect(sections).toContain(Number(match[1]));
}

describe('assembly properties over the real model', () => {
  it('any combination of switches and choices gives a gap-free, fully resolved bill', () => {
    fc.assert(
      fc.property(arbitrary, (sample) => {
        const text = answersText(sample);
        const draft = assembleDraft({
          model: freshModel(),
          checklist: parseChecklist(checklistText, 'checklist.yaml'),
          profile: parseProfile(profileText, 'generic.yaml'),
          answers: parseAnswers(text, 'answers.yaml')
        });
        checkBill(draft.markdown);
      }),
      {numRuns: 80}
    );
  });

  it('no text value changes the structure of the bill', () => {
    const parse = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root;
    const shape = (tree: Root) => tree.children.map((n) => n.type + (n.type === 'heading' ? n.depth : '')).join(',');
    const build = (value: string) =>
      assembleDraft({
        model: freshModel(),
        checklist: parseChecklist(checklistText, 'checklist.yaml'),
        profile: parseProfile(profileText, 'generic.yaml'),
        answers: parseAnswers(
          serializeAnswers({schema: 1, state: {}, items: {}, params: Object.fromEntries(texts.map((t) => [t, value]))}),
          'answers.yaml'
        )
      }).markdown;
    const baseline = shape(parse(build('Plain words')));
    const nasty = fc
      .oneof(
        fc.string({unit: fc.constantFrom(...'*_[]()<>#`\\:!|~-+=.0123456789 abc{}&;\'"'.split('')), minLength: 1, maxLength: 30}),
        fc.constantFrom(
          '# heading',
          '1. item',
          '- bullet',
          '> quote',
          ':::::section[x]{#y}',
          '::toc',
          '<script>alert(1)</script>',
          '[a](javascript:x)',
          '```',
          '---',
          '| a | b |',
          '\\',
          '*',
          '&amp;'
        )
      )
      .filter((s) => s.trim() === s && s.trim().length > 0);
    fc.assert(
      fc.property(nasty, (value) => {
        expect(shape(parse(build(value)))).toBe(baseline);
      }),
      {numRuns: 60}
    );
  });

  it('a value is printed exactly as given (escaped in Markdown, identical once read)', () => {
    const model = `---\nid: t\ntitle: T\nparams:\n  name: {type: text, label: Name}\n---\n\n:::::section[Title]{#s-title}\nThis Act applies in :param[name] only.\n:::::\n`;
    fc.assert(
      fc.property(
        fc.string({minLength: 1, maxLength: 40}).filter((s) => s.trim() === s && !/[\u0000-\u001f\u007f]/.test(s) && s.trim() !== ''),
        (value) => {
          const {draft, errors} = assembleTexts(model, serializeAnswers({schema: 1, state: {}, items: {}, params: {name: value}}));
          expect(errors).toBeUndefined();
          const tree = unified().use(remarkParse).parse(draft!.markdown) as Root;
          const paragraph = tree.children.find((n) => n.type === 'paragraph');
          const toText = (n: unknown): string => {
            const node = n as {value?: string; children?: unknown[]; type: string};
            if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
            if (node.type === 'break') return '\n';
            return (node.children ?? []).map(toText).join('');
          };
          const printed = toText(paragraph);
          expect(printed.replace(/\s+/g, ' ')).toBe(`This Act applies in ${value} only.`.replace(/\s+/g, ' '));
        }
      ),
      {numRuns: 200}
    );
  });
});
