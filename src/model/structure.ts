/**
 * One walk over a model tree that understands the clause markup: it checks
 * the markup (the `lint` command's model rules), parses every condition once,
 * and indexes clauses, references and parameter uses for the assembly stages.
 */
import type {ListItem, Nodes, Paragraph, Parent, Root, Text} from 'mdast';
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive';
import type {Point, Position} from 'unist';
import {location} from 'vfile-location';
import type {VFileMessage} from 'vfile-message';
import {checkCondition, implies, type TypeEnv} from '../conditions/check.js';
import {ConditionSyntaxError, conditionNames, type Expr, parseCondition, printCondition} from '../conditions/parse.js';
import {diagnostic} from '../util/diagnostics.js';
import type {Model} from './load.js';
import {cachedStructureOf} from './model.js';
import {restoreStructure} from './structure-cache.js';
import {localeParams, nameType} from './params.js';
import {componentIds, specFor, stateFields} from './vocabulary.js';

/** A directive node of any form. */
export type Directive = ContainerDirective | LeafDirective | TextDirective;

/** The kinds of clause that can be referenced. */
export type ClauseKind = 'part' | 'section' | 'schedule' | 'provision';

/** An addressable clause of the model. */
export interface ClauseInfo {
  id: string;
  kind: ClauseKind;
  heading: string;
  /** The directive (part/section/schedule) or the list item (provision). */
  node: Nodes;
  /** Own condition and every enclosing condition, outermost first. */
  conditions: Expr[];
  position: Position | undefined;
  /** Section metadata. */
  articles: string[];
  items: string[];
  components: string[];
  /** Id of the section (or schedule) a provision sits in. */
  sectionId?: string | undefined;
  /** Drafting notes (plain text) of a section. */
  notes: string[];
}

/** What the walk finds. */
export interface ModelStructure {
  clauses: Map<string, ClauseInfo>;
  /** Parsed condition of each node that carries one (`when`, `choose` option, `:prov`). */
  conditionOf: WeakMap<object, Expr>;
  /** Parameter names used by `:param` and `choose`. */
  usedParams: Set<string>;
  messages: VFileMessage[];
}

/** Options for {@link analyseModel}. */
export interface AnalyseOptions {
  /** Known checklist item ids; when given, `items="…"` is checked against them. */
  checklistItems?: ReadonlySet<string> | undefined;
}

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Type environment of a model: its parameters plus the state profile. */
export function modelTypeEnv(model: Model): TypeEnv {
  return (name) => {
    const decl = model.params.get(name);
    if (decl) return nameType(decl);
    const state = stateFields[name as keyof typeof stateFields];
    return state ? {type: state} : undefined;
  };
}

/** Plain text of a node (labels, headings). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** The `[label]` of a directive (remark-directive keeps it as a first paragraph marked directiveLabel). */
export function directiveLabel(node: Directive): string {
  if (node.type === 'textDirective') return plainText(node);
  const first = node.children[0];
  if (first && first.type === 'paragraph' && first.data?.directiveLabel) return plainText(first);
  return '';
}

/** Split a comma-separated attribute. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Structures restored from the parse cache, by the tree they index. */
const restoredStructures = new WeakMap<Root, ModelStructure>();

/**
 * Walk the model and check its markup. A model read from the parse cache
 * carries the structure this walk gave at build time (when it found nothing
 * to report): that is used instead, when the checklist has every item the
 * model names (with another checklist the walk's item check could differ).
 */
export function analyseModel(model: Model, options: AnalyseOptions = {}): ModelStructure {
  const cached = cachedStructureOf(model.tree);
  if (cached && (!options.checklistItems || cached.items.every((item) => options.checklistItems!.has(item)))) {
    // Restored once per tree: a model's tree is never changed (assembly copies it), and loadModel shares it.
    let restored = restoredStructures.get(model.tree);
    if (!restored) {
      restored = restoreStructure(model.tree, cached);
      restoredStructures.set(model.tree, restored);
    }
    return {...restored, messages: []};
  }
  const file = model.path;
  const messages: VFileMessage[] = [];
  const clauses = new Map<string, ClauseInfo>();
  const conditionOf = new WeakMap<object, Expr>();
  const usedParams = new Set<string>();
  const env = modelTypeEnv(model);
  const place = location(model.text);
  const refs: Array<{id: string; node: TextDirective; conditions: Expr[]}> = [];
  /** Every answer name some condition reads (a parameter used only in conditions is still used). */
  const conditionNamesSeen = new Set<string>();

  const report = (reason: string, at: Point | Position | undefined, ruleId: string, fatal = true, cause?: VFileMessage) =>
    messages.push(diagnostic(reason, {file, place: at, ruleId, source: 'model', fatal, cause}));

  /** Exact span of an attribute's value in the source, so messages point inside the directive. */
  function attributeSpan(node: Directive, name: string): {start: number; point: Point | undefined} | undefined {
    const start = node.position?.start.offset;
    if (start === undefined) return undefined;
    const end = node.type === 'textDirective' ? (node.position?.end.offset ?? start) : model.text.indexOf('\n', start);
    const opening = model.text.slice(start, end === -1 ? undefined : end);
    const match = new RegExp(`(?:^|[\\s{])${name === 'id' ? '#' : `${name}\\s*=\\s*["']?`}`).exec(opening.slice(opening.indexOf('{')));
    if (!match) return undefined;
    const offset = start + opening.indexOf('{') + match.index + match[0].length;
    return {start: offset, point: place.toPoint(offset)};
  }

  function parseWhen(node: Directive, name: string, text: string): Expr | undefined {
    const span = attributeSpan(node, name);
    const at = (offset: number) => (span ? place.toPoint(span.start + offset) : node.position?.start);
    try {
      const expr = parseCondition(text);
      for (const name of conditionNames(expr)) conditionNamesSeen.add(name);
      for (const problem of checkCondition(expr, env)) report(problem.reason, at(problem.start), problem.ruleId);
      return expr;
    } catch (error) {
      if (error instanceof ConditionSyntaxError) {
        report(`Malformed condition: ${error.message}`, at(error.span.start), 'condition-syntax');
        return undefined;
      }
      throw error;
    }
  }

  function checkDirective(node: Directive): boolean {
    const spec = specFor(node.name, node.type);
    if (!spec) {
      report(
        `Unexpected unknown directive \`${node.name}\`, expected one of the clause markup directives (see model-law/README.md)`,
        node.position?.start,
        'unknown-directive'
      );
      return false;
    }
    if (spec.form !== node.type) {
      const form = (t: string) =>
        t === 'containerDirective'
          ? `\`:::${node.name}\` container`
          : t === 'leafDirective'
            ? `\`::${node.name}\` leaf`
            : `\`:${node.name}\` inline`;
      report(`Unexpected ${form(node.type)} directive, expected a ${form(spec.form)} directive`, node.position?.start, 'directive-form');
      return false;
    }
    for (const key of Object.keys(node.attributes ?? {})) {
      if (key === 'class' || !spec.attributes.includes(key)) {
        report(
          `Unexpected attribute \`${key}\` on \`${node.name}\`, expected ${spec.attributes.length ? spec.attributes.map((a) => `\`${a}\``).join(', ') : 'no attributes'}`,
          attributeSpan(node, key)?.point ?? node.position?.start,
          'unknown-attribute'
        );
      }
    }
    for (const key of spec.required) {
      if (!node.attributes?.[key])
        report(`Missing \`${key === 'id' ? '#id' : key}\` on \`${node.name}\``, node.position?.start, 'missing-attribute');
    }
    if (spec.label === 'required' && directiveLabel(node).trim() === '')
      report(
        `Missing \`[label]\` on \`${node.name}\`, expected ${node.name === 'param' ? 'a parameter name' : node.name === 'ref' ? 'the id of the clause referred to' : 'a heading'}`,
        node.position?.start,
        'missing-label'
      );
    return true;
  }

  function registerClause(info: ClauseInfo, node: Directive | ListItem, at: Point | undefined): void {
    if (!idPattern.test(info.id))
      report(`Unexpected id \`${info.id}\`, expected kebab-case (lower-case letters, digits and hyphens)`, at, 'id-format');
    const previous = clauses.get(info.id);
    if (previous) {
      const cause = diagnostic(`First defined here`, {file, place: previous.position?.start, ruleId: 'duplicate-id', source: 'model'});
      report(`Unexpected duplicate id \`${info.id}\`, expected every clause id to be unique`, at, 'duplicate-id', true, cause);
      return;
    }
    clauses.set(info.id, info);
    void node;
  }

  interface Context {
    conditions: Expr[];
    section?: ClauseInfo | undefined;
    container: 'root' | 'front' | 'part' | 'section' | 'schedule' | 'note' | 'option' | 'if' | 'choose';
  }

  function visitChildren(parent: Parent, context: Context): void {
    for (const child of parent.children as Nodes[]) visit(child, context, parent);
  }

  function visit(node: Nodes, context: Context, parent: Parent): void {
    if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') {
      if (node.type === 'textDirective' && node.name === 'param') checkArticle(node, parent);
      visitDirective(node, context, parent);
      return;
    }
    // Printed words, with the conditions under which they print: checked against conditional definitions below.
    if (node.type === 'text' && context.container !== 'root') texts.push({node, conditions: context.conditions, parent});
    if (node.type === 'listItem') {
      visitListItem(node, context);
      return;
    }
    if ('children' in node) visitChildren(node as Parent, context);
  }

  function sectionMeta(node: Directive) {
    const attributes = node.attributes ?? {};
    const items = splitList(attributes['items']);
    const components = splitList(attributes['components']);
    const articles = splitList(attributes['articles']);
    for (const component of components) {
      if (!(componentIds as readonly string[]).includes(component))
        report(
          `Unexpected component \`${component}\`, expected one of: ${componentIds.join(', ')}`,
          attributeSpan(node, 'components')?.point ?? node.position?.start,
          'unknown-component'
        );
    }
    if (options.checklistItems) {
      for (const item of items) {
        if (!options.checklistItems.has(item))
          report(
            `Unexpected checklist item \`${item}\`, expected an item id of the checklist`,
            attributeSpan(node, 'items')?.point ?? node.position?.start,
            'unknown-item'
          );
      }
    }
    for (const article of articles) {
      if (!/^\d+(\(\d+\))?(\([a-z]+\))?([–-]\(?\d+\)?)?(\([a-z]+\))?$/.test(article))
        report(
          `Unexpected article reference \`${article}\`, expected a form like \`1(1)(a)\` or \`3(6)-(8)\``,
          attributeSpan(node, 'articles')?.point ?? node.position?.start,
          'article-format',
          false
        );
    }
    return {items, components, articles};
  }

  function notesOf(node: ContainerDirective): string[] {
    return node.children
      .filter((c): c is ContainerDirective => c.type === 'containerDirective' && c.name === 'note')
      .map((n) => n.children.map(plainText).join('\n\n'));
  }

  function visitDirective(node: Directive, context: Context, parent: Parent): void {
    if (!checkDirective(node)) {
      if ('children' in node) visitChildren(node, context);
      return;
    }
    const attributes = node.attributes ?? {};
    let conditions = context.conditions;
    if (attributes['when'] && node.name !== 'prov') {
      const expr = parseWhen(node, 'when', attributes['when']);
      if (expr) {
        conditionOf.set(node, expr);
        conditions = [...conditions, expr];
      }
    }
    const where = (allowed: Context['container'][], what: string) => {
      if (!allowed.includes(context.container))
        report(
          `Unexpected \`${node.name}\` inside ${context.container === 'root' ? 'the top level' : `a \`${context.container}\``}, expected it ${what}`,
          node.position?.start,
          'misplaced-directive'
        );
    };
    switch (node.name) {
      case 'front':
        where(['root'], 'at the top level');
        visitChildren(node, {...context, conditions, container: 'front'});
        return;
      case 'toc':
        where(['root', 'front'], 'at the top level');
        return;
      case 'part':
      case 'schedule': {
        where(['root'], 'at the top level');
        const id = attributes['id'] ?? '';
        const info: ClauseInfo = {
          id,
          kind: node.name,
          heading: directiveLabel(node),
          node,
          conditions,
          position: node.position,
          articles: [],
          items: [],
          components: [],
          notes: []
        };
        if (id) registerClause(info, node, node.position?.start);
        visitChildren(node, {conditions, container: node.name, section: node.name === 'schedule' ? info : undefined});
        return;
      }
      case 'section': {
        where(['root', 'part'], 'at the top level or in a `part`');
        const id = attributes['id'] ?? '';
        const info: ClauseInfo = {
          id,
          kind: 'section',
          heading: directiveLabel(node),
          node,
          conditions,
          position: node.position,
          ...sectionMeta(node),
          notes: notesOf(node as ContainerDirective)
        };
        if (id) registerClause(info, node, node.position?.start);
        visitChildren(node, {conditions, container: 'section', section: info});
        return;
      }
      case 'note':
        where(['section', 'schedule', 'part', 'root'], 'inside a section');
        return; // Notes are prose about the law, not law: nothing in them is assembled.
      case 'if':
        if (node.type === 'containerDirective') where(['section', 'schedule', 'front', 'option'], 'inside a section or schedule');
        visitChildren(node, {...context, conditions});
        return;
      case 'choose': {
        where(['section', 'schedule', 'front', 'if'], 'inside a section or schedule');
        const name = attributes['param'] ?? '';
        const decl = model.params.get(name);
        usedParams.add(name);
        if (!decl) {
          report(
            `Unexpected unknown parameter \`${name}\` in \`choose\`, expected a declared choice parameter`,
            attributeSpan(node, 'param')?.point ?? node.position?.start,
            'unknown-param'
          );
        } else if (decl.type !== 'choice' && decl.type !== 'boolean') {
          report(
            `Unexpected ${decl.type} parameter \`${name}\` in \`choose\`, expected a choice or yes/no parameter`,
            attributeSpan(node, 'param')?.point ?? node.position?.start,
            'choose-type'
          );
        }
        const values = decl?.type === 'boolean' ? ['true', 'false'] : (decl?.options?.map((o) => o.value) ?? []);
        const seen = new Set<string>();
        for (const child of (node as ContainerDirective).children) {
          if (child.type === 'paragraph' && child.data?.directiveLabel) continue;
          if (child.type !== 'containerDirective' || child.name !== 'option') {
            report('Unexpected content in `choose`, expected only `:::option{value="…"}` blocks', child.position?.start, 'choose-content');
            continue;
          }
          if (!checkDirective(child)) continue;
          const value = child.attributes?.['value'] ?? '';
          if (decl && value !== '*' && !values.includes(value))
            report(
              `Unexpected option value \`${value}\` for \`${name}\`, expected one of: ${values.join(', ')} or *`,
              attributeSpan(child, 'value')?.point ?? child.position?.start,
              'choose-option'
            );
          if (seen.has(value)) report(`Unexpected duplicate option \`${value}\``, child.position?.start, 'choose-option');
          seen.add(value);
          const expr: Expr | undefined =
            value === '*'
              ? undefined
              : decl?.type === 'boolean'
                ? {
                    kind: 'compare',
                    op: '==',
                    left: {kind: 'name', name, start: 0, end: 0},
                    right: {kind: 'literal', value: value === 'true', start: 0, end: 0},
                    start: 0,
                    end: 0
                  }
                : {
                    kind: 'compare',
                    op: '==',
                    left: {kind: 'name', name, start: 0, end: 0},
                    right: {kind: 'literal', value, start: 0, end: 0},
                    start: 0,
                    end: 0
                  };
          if (expr) conditionOf.set(child, expr);
          visitChildren(child, {...context, conditions: expr ? [...conditions, expr] : conditions, container: 'option'});
        }
        if (decl && !seen.has('*')) {
          const missing = values.filter((v) => !seen.has(v));
          if (missing.length)
            report(
              `Missing option(s) ${missing.map((m) => `\`${m}\``).join(', ')} for \`${name}\`, expected every value covered or a \`value="*"\` fallback`,
              node.position?.start,
              'choose-incomplete'
            );
        }
        return;
      }
      case 'option':
        report('Unexpected `option` outside `choose`', node.position?.start, 'misplaced-directive');
        return;
      case 'param': {
        const name = directiveLabel(node).trim();
        usedParams.add(name);
        if (name && !model.params.has(name))
          report(
            `Unexpected unknown parameter \`${name}\`, expected a parameter declared in the front matter`,
            node.position?.start,
            'unknown-param'
          );
        if (attributes['join'] && !['and', 'or'].includes(attributes['join']))
          report(`Unexpected join \`${attributes['join']}\`, expected \`and\` or \`or\``, node.position?.start, 'unknown-attribute');
        return;
      }
      case 'ref': {
        if (attributes['form'] && attributes['form'] !== 'full')
          report(`Unexpected form \`${attributes['form']}\`, expected \`full\``, node.position?.start, 'unknown-attribute');
        if (attributes['join'] && !['and', 'or'].includes(attributes['join']))
          report(`Unexpected join \`${attributes['join']}\`, expected \`and\` or \`or\``, node.position?.start, 'unknown-attribute');
        for (const id of splitList(directiveLabel(node))) refs.push({id, node: node as TextDirective, conditions});
        return;
      }
      case 'prov': {
        const paragraph = parent as Paragraph;
        const item = provOwner.get(paragraph);
        if (!item || paragraph.children[0] !== node) {
          report(
            'Unexpected `:prov` that does not start a list item, expected it as the first thing in a subsection, paragraph or definition',
            node.position?.start,
            'misplaced-directive'
          );
        }
        return;
      }
    }
  }

  // Paragraphs that open a list item, so `:prov` can tell it stands first.
  const provOwner = new WeakMap<Paragraph, ListItem>();
  /** Every printed text node with its conditions, and every definition that a condition can leave out. */
  const texts: Array<{node: Text; conditions: Expr[]; parent: Parent}> = [];
  const definitions: Array<{term: string; item: ListItem; conditions: Expr[]; position: Position | undefined}> = [];

  /**
   * A parameter printed straight after "the" ("the :param[minister.title]")
   * prints "the the" if its value starts with "the": its help must tell the
   * drafter to leave the article out (the build drops it and warns).
   */
  const articleChecked = new Set<string>();
  function checkArticle(node: TextDirective, parent: Parent): void {
    const index = parent.children.indexOf(node);
    const before = index > 0 ? parent.children[index - 1] : undefined;
    if (before?.type !== 'text' || !/\bthe\s+$/i.test(before.value)) return;
    const name = directiveLabel(node).trim();
    const decl = model.params.get(name);
    if (decl?.type !== 'text' || articleChecked.has(name)) return;
    articleChecked.add(name);
    if (!/(without|after) (\\?"|“)the/i.test(decl.help ?? ''))
      report(
        `Unexpected \`${name}\` after "the" with no word about the article in its help, expected its help to say to give it without "the" (a value starting with "the" would print "the the")`,
        decl.position,
        'param-article',
        false
      );
  }

  function visitListItem(item: ListItem, context: Context): void {
    const first = item.children[0];
    let conditions = context.conditions;
    if (first?.type === 'paragraph') {
      provOwner.set(first, item);
      const lead = first.children[0];
      if (lead?.type === 'textDirective' && lead.name === 'prov' && checkDirective(lead)) {
        const attributes = lead.attributes ?? {};
        if (attributes['when']) {
          const expr = parseWhen(lead, 'when', attributes['when']);
          if (expr) {
            conditionOf.set(item, expr);
            conditions = [...conditions, expr];
            // A definition ("**term** means …") that this condition can leave out.
            const term = first.children.find((c) => c.type === 'strong');
            if (term?.children.every((c) => c.type === 'text'))
              definitions.push({term: plainText(term).trim(), item, conditions, position: lead.position});
          }
        }
        if (attributes['id']) {
          if (!context.section) report('Unexpected `:prov` id outside a section or schedule', lead.position?.start, 'misplaced-directive');
          registerClause(
            {
              id: attributes['id'],
              kind: 'provision',
              heading: '',
              node: item,
              conditions,
              position: lead.position,
              articles: [],
              items: [],
              components: [],
              notes: [],
              sectionId: context.section?.id
            },
            item,
            lead.position?.start
          );
        }
      }
    }
    visitChildren(item, {...context, conditions});
  }

  visitChildren(model.tree as Root, {conditions: [], container: 'root'});

  // References: every target must exist, and must be present whenever the reference is.
  for (const ref of refs) {
    const target = clauses.get(ref.id);
    if (!target) {
      report(
        `Unexpected reference to unknown id \`${ref.id}\`, expected the id of a Part, section, schedule or \`:prov\``,
        ref.node.position?.start,
        'unknown-ref'
      );
      continue;
    }
    const premise = conjunction(ref.conditions);
    const conclusion = conjunction(target.conditions);
    const holds = implies(premise, conclusion, env);
    if (holds === false) {
      const cause = diagnostic(`\`${ref.id}\` is left out when \`${conclusion ? printCondition(conclusion) : ''}\` is false`, {
        file,
        place: target.position?.start,
        ruleId: 'ref-to-optional',
        source: 'model'
      });
      report(
        `Unexpected reference to \`${ref.id}\`, which a condition can remove while the reference stays; expected the reference to carry the same condition`,
        ref.node.position?.start,
        'ref-to-optional',
        true,
        cause
      );
    } else if (holds === undefined) {
      report(
        `Cannot verify that \`${ref.id}\` is present wherever it is referred to (too many answers involved)`,
        ref.node.position?.start,
        'ref-unverified',
        false
      );
    }
  }

  checkDefinedTerms();

  for (const [name, decl] of model.params) {
    if (!usedParams.has(name) && !conditionNamesSeen.has(name) && !localeParams.includes(name))
      report(
        `Unexpected unused parameter \`${name}\`, expected it to be used by \`:param\`, \`choose\` or a condition`,
        decl.position,
        'unused-param',
        false
      );
  }

  messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return {clauses, conditionOf, usedParams, messages};

  /**
   * A defined term used where its definition can be left out ("member of the
   * armed forces" in a provision for a State with no armed forces): the bill
   * would use a word it no longer defines. Whole words, case-insensitive;
   * the definition's own paragraph does not count.
   */
  function checkDefinedTerms(): void {
    const inside = (node: Nodes, root: Nodes): boolean =>
      node === root || ('children' in root && (root.children as Nodes[]).some((child) => inside(node, child)));
    for (const definition of definitions) {
      if (!/^[\p{L}][\p{L}\s-]*$/u.test(definition.term)) continue;
      const pattern = new RegExp(`(?<![\\p{L}])${definition.term.replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'iu');
      const conclusion = conjunction(definition.conditions);
      for (const text of texts) {
        if (!pattern.test(text.node.value) || inside(text.node, definition.item)) continue;
        if (implies(conjunction(text.conditions), conclusion, env) !== false) continue;
        const cause = diagnostic(`"${definition.term}" is defined only when \`${conclusion ? printCondition(conclusion) : ''}\``, {
          file,
          place: definition.position?.start,
          ruleId: 'term-without-definition',
          source: 'model'
        });
        report(
          `Unexpected "${definition.term}" where its definition can be left out, expected the text to carry the definition's condition`,
          text.node.position?.start,
          'term-without-definition',
          false,
          cause
        );
      }
    }
  }
}

/** The conjunction of conditions (undefined when there are none). */
export function conjunction(conditions: readonly Expr[]): Expr | undefined {
  return conditions.reduce<Expr | undefined>(
    (acc, expr) => (acc ? {kind: 'and', left: acc, right: expr, start: 0, end: 0} : expr),
    undefined
  );
}
