/**
 * Stage 2: replace every `:param[name]` with its value as plain text. Values
 * become text nodes, never parsed Markdown, so no answer can inject Markdown
 * or directives: the stringifier escapes whatever would be syntax.
 */
import type {ListItem, Nodes, Root, Text} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {VFile} from 'vfile';
import {formatValue, describeType} from '../model/params.js';
import {directiveLabel} from '../model/structure.js';
import {diagnostic} from '../util/diagnostics.js';
import {assemblyData, type AssembleOptions} from './context.js';

/** The unified attacher for parameter filling. */
export function fillParameters(options: AssembleOptions) {
  return function transformer(tree: Root, file: VFile): void {
    const {model, resolution} = options;
    const reported = new Set<string>();
    const {filled, uses} = assemblyData(file);
    const visit = (node: Nodes, section: ContainerDirective | undefined, item: ListItem | undefined): void => {
      if (!('children' in node)) return;
      const children = node.children as Nodes[];
      const inSection = node.type === 'containerDirective' && (node.name === 'section' || node.name === 'schedule') ? node : section;
      const inItem = node.type === 'listItem' ? node : item;
      for (let index = 0; index < children.length; index++) {
        const child = children[index]!;
        if (child.type === 'textDirective' && child.name === 'param') {
          const name = directiveLabel(child).trim();
          const decl = model.params.get(name);
          const resolved = resolution.values.get(name);
          let value = '';
          filled.add(name);
          if (decl && resolved) {
            // A value is inline text: a line break (or U+2028/2029) in an answer would start a new block for any reader.
            value = foldLines(formatValue(decl, resolved.value, resolution.locale, child.attributes?.['join'] ?? undefined));
            uses.push({name, printed: value, section: inSection, item: inItem});
          } else if (decl && !reported.has(name)) {
            reported.add(name);
            const cause = diagnostic('Used here', {file: model.path, place: child.position, ruleId: 'missing-value', source: 'model'});
            const message = file.message(
              `Missing value for parameter \`${name}\` (${decl.label}), expected ${describeType(decl)}: add \`${name}: …\` under \`params:\` in the answers file or the jurisdiction profile`,
              {ruleId: 'missing-value', source: 'answers', cause}
            );
            message.fatal = true;
            message.file = options.answersPath;
          }
          const text: Text = {type: 'text', value, position: child.position};
          children[index] = text;
          continue;
        }
        visit(child, inSection, inItem);
      }
    };
    visit(tree, undefined, undefined);
    mergeText(tree);
  };
}

/** Fold line breaks and the white space around them to one space: values are printed inline. */
export function foldLines(value: string): string {
  return value.replace(/[ \t]*[\r\n\u2028\u2029\v\f\u0085]+[ \t]*/g, ' ');
}

/** Join adjacent text nodes so later stages (punctuation, labels) see whole phrases. */
export function mergeText(node: Nodes): void {
  if (!('children' in node)) return;
  const merged: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    const previous = merged.at(-1);
    if (child.type === 'text' && previous?.type === 'text') {
      previous.value += child.value;
      if (previous.position && child.position) previous.position = {start: previous.position.start, end: child.position.end};
      continue;
    }
    mergeText(child);
    merged.push(child);
  }
  node.children = merged as typeof node.children;
}
