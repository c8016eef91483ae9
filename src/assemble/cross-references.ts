/**
 * Stage 4: resolve `:ref[id]` to the final numbers, worded as drafters do:
 * "section 12(3)(b)" from elsewhere, "subsection (3)" or "paragraph (b)" from
 * inside the same section. Collect (numbering did) then resolve (here), as
 * remark-lint's no-undefined-references does.
 */
import type {Nodes, Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {directiveLabel, splitList} from '../model/structure.js';
import {diagnostic} from '../util/diagnostics.js';
import {assemblyData, type AssembleOptions, type ClauseNumber} from './context.js';

const levelNames = ['subsection', 'paragraph', 'subparagraph', 'clause'] as const;

/** Word a reference to `target` as seen from `from` (section id and label path). */
export function wordReference(target: ClauseNumber, from: {sectionId?: string | undefined; path: string[]}, full: boolean): string {
  if (target.kind !== 'provision' || full || !target.sectionId || target.sectionId !== from.sectionId || target.path.length === 0)
    return target.citation;
  const parent = target.path.slice(0, -1);
  const insideParent = parent.length > 0 && parent.every((label, index) => from.path[index] === label);
  if (target.path.length === 1 || insideParent) return `${target.level ?? 'subsection'} (${target.path.at(-1)})`;
  // From elsewhere in the section: name the top-level unit and give the whole path.
  const depth = levelNames.indexOf(target.level ?? 'subsection') - (target.path.length - 1);
  return `${levelNames[Math.max(0, depth)]} ${target.path.map((p) => `(${p})`).join('')}`;
}

/**
 * Join worded references as statutes do: "sections 4 and 5", "subsections (1)
 * and (2)", "Parts 1, 2 and 3", but "section 10 or 11"; references of
 * different kinds are listed as they are ("section 10 or subsection (2)").
 */
export function joinReferences(worded: readonly string[], conjunction: string): string {
  if (worded.length <= 1) return worded[0] ?? '';
  const first = /^(section|subsection|paragraph|subparagraph|clause|Part|Schedule) /.exec(worded[0]!)?.[1];
  const sameKind = first !== undefined && worded.every((w) => w.startsWith(`${first} `) && !/ of Schedule /.test(w));
  const items = sameKind ? worded.map((w) => w.slice(first.length + 1)) : [...worded];
  // Provisions of one section that differ only in their last label: "section 9(1)(a) or (b)".
  if (sameKind && first === 'section') {
    const parts = items.map((item) => item.match(/^[^(]+|\([^)]*\)/g) ?? [item]);
    const head = parts[0]!.slice(0, -1).join('');
    if (parts[0]!.length > 1 && parts.every((p) => p.length === parts[0]!.length && p.slice(0, -1).join('') === head)) {
      const tails = parts.map((p) => p.at(-1)!);
      return `section ${head}${tails.slice(0, -1).join(', ')} ${conjunction} ${tails.at(-1)}`;
    }
  }
  const list = `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
  // "sections 4 and 5" but "section 10 or 11": an alternative names one provision at a time.
  return sameKind ? `${first}${conjunction === 'or' ? '' : 's'} ${list}` : list;
}

/** Whether the node at `index` opens a sentence: first in its paragraph (after any `:prov`) or after a full stop. */
function startsSentence(siblings: Nodes[], index: number): boolean {
  const before = siblings.slice(0, index).filter((n) => !(n.type === 'textDirective' && n.name === 'prov'));
  const previous = before.at(-1);
  if (!previous) return true;
  return previous.type === 'text' && (previous.value.trim() === '' ? before.length === 1 : /[.!?]["”’)]?\s+$/.test(previous.value));
}

/** The unified attacher for cross-reference resolution. */
export function resolveReferences(options: AssembleOptions) {
  return function transformer(tree: Root, file: VFile): void {
    const data = assemblyData(file);
    const {model} = options;
    const visit = (node: Nodes, sectionId: string | undefined, path: string[]): void => {
      if (!('children' in node)) return;
      let section = sectionId;
      if (node.type === 'containerDirective' && (node.name === 'section' || node.name === 'schedule'))
        section = node.attributes?.['id'] ?? undefined;
      const here = node.type === 'listItem' && node.data?.ccmNumber?.path ? node.data.ccmNumber.path : path;
      const children = node.children as Nodes[];
      for (let index = 0; index < children.length; index++) {
        const child = children[index]!;
        if (child.type === 'textDirective' && child.name === 'ref') {
          const ids = splitList(directiveLabel(child));
          const worded: string[] = [];
          for (const id of ids) {
            const target = data.numbers.get(id);
            if (target) {
              worded.push(wordReference(target, {sectionId: section, path: here}, child.attributes?.['form'] === 'full'));
              continue;
            }
            worded.push(`[${id}]`);
            const omitted = data.omitted.find((o) => o.id === id);
            const cause = omitted
              ? diagnostic(`\`${id}\` was left out because ${omitted.reason}`, {
                  file: model.path,
                  place: options.structure.clauses.get(id)?.position?.start,
                  ruleId: 'ref-to-omitted',
                  source: 'model'
                })
              : undefined;
            file.message(
              `Unexpected reference to ${omitted ? 'omitted' : 'unknown'} clause \`${id}\`, expected every referenced clause to be in the draft`,
              {place: child.position, ruleId: omitted ? 'ref-to-omitted' : 'unknown-ref', source: 'model', ...(cause ? {cause} : {})}
            ).fatal = true;
          }
          let value = joinReferences(worded, child.attributes?.['join'] ?? 'and');
          if (startsSentence(children, index)) value = value.charAt(0).toUpperCase() + value.slice(1);
          const text: Text = {type: 'text', value, position: child.position};
          children[index] = text;
          continue;
        }
        visit(child, section, here);
      }
    };
    visit(tree, undefined, []);
  };
}
