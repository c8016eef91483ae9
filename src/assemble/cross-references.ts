/**
 * Stage 4: resolve `:ref[id]` to the final numbers, worded as drafters do:
 * "section 12(3)(b)" from elsewhere, "subsection (3)" or "paragraph (b)" from
 * inside the same section. Collect (numbering did) then resolve (here), as
 * remark-lint's no-undefined-references does.
 */
import type {Nodes, Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {directiveLabel} from '../model/structure.js';
import {diagnostic} from '../util/diagnostics.js';
import {assemblyData, type AssembleOptions, type ClauseNumber} from './context.js';

const levelNames = ['subsection', 'paragraph', 'subparagraph', 'clause'] as const;

/** Word a reference to `target` as seen from `from` (section id and label path). */
export function wordReference(target: ClauseNumber, from: {sectionId?: string | undefined; path: string[]}, full: boolean): string {
  if (target.kind !== 'provision' || full || !target.sectionId || target.sectionId !== from.sectionId || target.path.length === 0) return target.citation;
  const parent = target.path.slice(0, -1);
  const insideParent = parent.length > 0 && parent.every((label, index) => from.path[index] === label);
  if (target.path.length === 1 || insideParent) return `${target.level ?? 'subsection'} (${target.path.at(-1)})`;
  // From elsewhere in the section: name the top-level unit and give the whole path.
  const depth = levelNames.indexOf(target.level ?? 'subsection') - (target.path.length - 1);
  return `${levelNames[Math.max(0, depth)]} ${target.path.map((p) => `(${p})`).join('')}`;
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
      if (node.type === 'containerDirective' && (node.name === 'section' || node.name === 'schedule')) section = node.attributes?.['id'] ?? undefined;
      const here = node.type === 'listItem' && node.data?.ccmNumber?.path ? node.data.ccmNumber.path : path;
      const children = node.children as Nodes[];
      for (let index = 0; index < children.length; index++) {
        const child = children[index]!;
        if (child.type === 'textDirective' && child.name === 'ref') {
          const id = directiveLabel(child).trim();
          const target = data.numbers.get(id);
          let value = `[${id}]`;
          if (target) {
            value = wordReference(target, {sectionId: section, path: here}, child.attributes?.['form'] === 'full');
          } else {
            const omitted = data.omitted.find((o) => o.id === id);
            const cause = omitted
              ? diagnostic(`\`${id}\` was left out because ${omitted.reason}`, {file: model.path, place: options.structure.clauses.get(id)?.position?.start, ruleId: 'ref-to-omitted', source: 'model'})
              : undefined;
            file.message(`Unexpected reference to ${omitted ? 'omitted' : 'unknown'} clause \`${id}\`, expected every referenced clause to be in the draft`, {place: child.position, ruleId: omitted ? 'ref-to-omitted' : 'unknown-ref', source: 'model', ...(cause ? {cause} : {})}).fatal = true;
          }
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
