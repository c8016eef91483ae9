/**
 * The Article 9 implementation checklist (checklists/*.yaml): loading and
 * validation with positioned messages.
 */
import type {VFileMessage} from 'vfile-message';
import {type Expr, ConditionSyntaxError, parseCondition} from '../conditions/parse.js';
import {checkCondition} from '../conditions/check.js';
import {readCache} from '../parse-cache.js';
import {diagnostic} from '../util/diagnostics.js';
import {readTextFile, type SizeLimit} from '../util/files.js';
import {ShapeChecker} from '../util/validate.js';
import {parseYaml} from '../util/yaml.js';
import {componentIds, stateFields} from '../model/vocabulary.js';
import type {Point} from 'unist';

/** Item statuses (docs/formats.md §3). */
export const statuses = ['act', 'existing-law', 'administrative', 'not-applicable', 'decided-against', 'unknown'] as const;

/** How a checklist item is met (or not). */
export type ItemStatus = (typeof statuses)[number];

/** A policy option of an item, with its strength and real precedents. */
export interface ItemOption {
  id: string;
  label: string;
  strength: 'strong' | 'partial' | 'weak';
  description?: string | undefined;
  precedents: string[];
}

/** One checklist item. */
export interface ChecklistItem {
  id: string;
  title: string;
  group: string;
  kind: 'legislative' | 'administrative' | 'policy';
  articles: string[];
  /** `undefined` when the item applies to every State. */
  applies?: Expr | undefined;
  appliesText: string;
  prunedReason: string;
  explanation: string;
  why: string;
  switch?: string | undefined;
  params: string[];
  sections: string[];
  components: string[];
  options: ItemOption[];
  stronger: string;
  statuses: ItemStatus[];
  position?: Point | undefined;
}

/** A Convention obligation covered by the gap report's Convention view. */
export interface Obligation {
  id: string;
  article: string;
  title: string;
  summary: string;
  items: string[];
}

/** A loaded checklist. */
export interface Checklist {
  path: string;
  id: string;
  title: string;
  items: ChecklistItem[];
  obligations: Obligation[];
  messages: VFileMessage[];
}

/** Read and check a checklist file (`limit`: the largest file to read). */
export async function loadChecklist(path: string, limit: SizeLimit = {}): Promise<Checklist> {
  return parseChecklist(await readTextFile(path, {source: 'checklist', maxBytes: limit.maxBytes}), path);
}

const itemKeys = [
  'id',
  'title',
  'group',
  'kind',
  'articles',
  'applies',
  'pruned_reason',
  'explanation',
  'why',
  'switch',
  'params',
  'sections',
  'components',
  'options',
  'stronger',
  'statuses',
  'notes'
];

/** Parse checklist text (no I/O except the parse cache). */
export function parseChecklist(text: string, path: string): Checklist {
  const cached = readCache<Pick<Checklist, 'id' | 'title' | 'items' | 'obligations'>>('checklist', text);
  if (cached) return {...cached, path, messages: []};
  return parseChecklistText(text, path);
}

/** What the parse cache stores for a checklist that parsed without problems. */
export function cacheableChecklist(checklist: Checklist): Pick<Checklist, 'id' | 'title' | 'items' | 'obligations'> | undefined {
  if (checklist.messages.length > 0) return undefined;
  return {id: checklist.id, title: checklist.title, items: checklist.items, obligations: checklist.obligations};
}

function parseChecklistText(text: string, path: string): Checklist {
  const parsed = parseYaml(text, {file: path, source: 'checklist'});
  const checklist: Checklist = {path, id: 'checklist', title: 'Checklist', items: [], obligations: [], messages: [...parsed.messages]};
  if (!parsed.source) return checklist;
  const c = new ShapeChecker(parsed.source, 'checklist');
  const root = c.mapping(parsed.source.value, [], 'the checklist', ['schema', 'id', 'title', 'description', 'items', 'obligations']);
  if (root) {
    c.schemaVersion(root['schema'], 1);
    checklist.id = c.text(root['id'], ['id'], '`id`') ?? checklist.id;
    checklist.title = c.text(root['title'], ['title'], '`title`') ?? checklist.title;
    const items = root['items'];
    if (!Array.isArray(items)) c.report('Missing `items`, expected a list of checklist items', ['items'], 'missing-key');
    else {
      const seen = new Map<string, number>();
      items.forEach((raw, index) => {
        const item = readItem(c, raw, ['items', index]);
        if (!item) return;
        if (seen.has(item.id))
          c.report(`Unexpected duplicate item id \`${item.id}\`, expected unique ids`, ['items', index, 'id'], 'duplicate-id');
        seen.set(item.id, index);
        checklist.items.push(item);
      });
    }
    const obligations = root['obligations'];
    if (Array.isArray(obligations)) {
      obligations.forEach((raw, index) => {
        const at = ['obligations', index];
        const o = c.mapping(raw, at, 'an obligation', ['id', 'article', 'title', 'summary', 'items']);
        if (!o) return;
        const obligation: Obligation = {
          id: c.text(o['id'], [...at, 'id'], '`id`', {required: true}) ?? '',
          article: c.text(o['article'], [...at, 'article'], '`article`', {required: true}) ?? '',
          title: c.text(o['title'], [...at, 'title'], '`title`') ?? '',
          summary: c.text(o['summary'], [...at, 'summary'], '`summary`') ?? '',
          items: c.textList(o['items'], [...at, 'items'], '`items`')
        };
        for (const [i, id] of obligation.items.entries()) {
          if (!checklist.items.some((item) => item.id === id))
            c.report(
              `Unexpected item \`${id}\` in obligation \`${obligation.id}\`, expected an item id of this checklist`,
              [...at, 'items', i],
              'unknown-item'
            );
        }
        checklist.obligations.push(obligation);
      });
    }
  }
  checklist.messages.push(...c.messages);
  return checklist;
}

function readItem(c: ShapeChecker, raw: unknown, at: Array<string | number>): ChecklistItem | undefined {
  const o = c.mapping(raw, at, 'a checklist item', itemKeys);
  if (!o) return undefined;
  const id = c.text(o['id'], [...at, 'id'], '`id`', {required: true, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, patternHint: 'a kebab-case id'});
  if (!id) return undefined;
  const appliesText = o['applies'] === undefined ? 'always' : (c.text(o['applies'], [...at, 'applies'], '`applies`') ?? 'always');
  let applies: Expr | undefined;
  if (appliesText !== 'always') {
    try {
      applies = parseCondition(appliesText);
      for (const problem of checkCondition(applies, (name) => {
        const t = stateFields[name as keyof typeof stateFields];
        return t ? {type: t} : undefined;
      })) {
        c.report(`${problem.reason} (in \`applies\`, which may only use \`state.*\`)`, [...at, 'applies'], problem.ruleId);
      }
    } catch (error) {
      if (!(error instanceof ConditionSyntaxError)) throw error;
      c.report(`Malformed condition in \`applies\`: ${error.message}`, [...at, 'applies'], 'condition-syntax');
    }
  }
  const options: ItemOption[] = [];
  if (Array.isArray(o['options'])) {
    o['options'].forEach((rawOption, index) => {
      const p = [...at, 'options', index];
      const opt = c.mapping(rawOption, p, 'an option', ['id', 'label', 'strength', 'description', 'precedents']);
      if (!opt) return;
      options.push({
        id: c.text(opt['id'], [...p, 'id'], '`id`', {required: true}) ?? '',
        label: c.text(opt['label'], [...p, 'label'], '`label`', {required: true}) ?? '',
        strength: c.oneOf(opt['strength'], [...p, 'strength'], '`strength`', ['strong', 'partial', 'weak'] as const) ?? 'partial',
        description: c.text(opt['description'], [...p, 'description'], '`description`'),
        precedents: c.textList(opt['precedents'], [...p, 'precedents'], '`precedents`')
      });
    });
  } else if (o['options'] !== undefined) c.report('Unexpected `options`, expected a list', [...at, 'options'], 'wrong-type');
  const components = c.textList(o['components'], [...at, 'components'], '`components`');
  components.forEach((component, index) => {
    if (!(componentIds as readonly string[]).includes(component))
      c.report(
        `Unexpected component \`${component}\`, expected one of: ${componentIds.join(', ')}`,
        [...at, 'components', index],
        'unknown-component'
      );
  });
  const statusList = o['statuses'] === undefined ? [...statuses] : c.textList(o['statuses'], [...at, 'statuses'], '`statuses`');
  statusList.forEach((status, index) => {
    if (!(statuses as readonly string[]).includes(status))
      c.report(`Unexpected status \`${status}\`, expected one of: ${statuses.join(', ')}`, [...at, 'statuses', index], 'wrong-value');
  });
  return {
    id,
    title: c.text(o['title'], [...at, 'title'], '`title`', {required: true}) ?? id,
    group: c.text(o['group'], [...at, 'group'], '`group`') ?? '',
    kind:
      c.oneOf(o['kind'], [...at, 'kind'], '`kind`', ['legislative', 'administrative', 'policy'] as const, {required: true}) ??
      'legislative',
    articles: c.textList(o['articles'], [...at, 'articles'], '`articles`'),
    applies,
    appliesText,
    prunedReason: c.text(o['pruned_reason'], [...at, 'pruned_reason'], '`pruned_reason`') ?? '',
    explanation: c.text(o['explanation'], [...at, 'explanation'], '`explanation`', {required: true}) ?? '',
    why: c.text(o['why'], [...at, 'why'], '`why`') ?? '',
    switch: c.text(o['switch'], [...at, 'switch'], '`switch`'),
    params: c.textList(o['params'], [...at, 'params'], '`params`'),
    sections: c.textList(o['sections'], [...at, 'sections'], '`sections`'),
    components,
    options,
    stronger: c.text(o['stronger'], [...at, 'stronger'], '`stronger`') ?? '',
    statuses: statusList.filter((s): s is ItemStatus => (statuses as readonly string[]).includes(s)),
    position: c.yaml.pointAt(at)
  };
}

/** Messages about how a checklist and a model fit together (switches, params, sections). */
export function crossCheck(
  checklist: Checklist,
  model: {params: Map<string, {type: string}>; sections: Map<string, {items: string[]}>; path: string}
): VFileMessage[] {
  const messages: VFileMessage[] = [];
  const at = (item: ChecklistItem) => ({file: checklist.path, place: item.position, source: 'checklist'});
  for (const item of checklist.items) {
    if (item.switch) {
      const decl = model.params.get(item.switch);
      if (!decl)
        messages.push(
          diagnostic(`Unexpected switch \`${item.switch}\` in item \`${item.id}\`, expected a yes/no parameter declared in ${model.path}`, {
            ...at(item),
            ruleId: 'unknown-param'
          })
        );
      else if (decl.type !== 'boolean')
        messages.push(
          diagnostic(`Unexpected ${decl.type} switch \`${item.switch}\` in item \`${item.id}\`, expected a yes/no parameter`, {
            ...at(item),
            ruleId: 'switch-type'
          })
        );
    }
    for (const name of item.params) {
      if (!model.params.has(name))
        messages.push(
          diagnostic(`Unexpected parameter \`${name}\` in item \`${item.id}\`, expected a parameter declared in ${model.path}`, {
            ...at(item),
            ruleId: 'unknown-param'
          })
        );
    }
    for (const id of item.sections) {
      const section = model.sections.get(id);
      if (!section)
        messages.push(
          diagnostic(`Unexpected section \`${id}\` in item \`${item.id}\`, expected a section id of ${model.path}`, {
            ...at(item),
            ruleId: 'unknown-section'
          })
        );
    }
    for (const [id, section] of model.sections) {
      if (section.items.includes(item.id) && !item.sections.includes(id)) {
        messages.push(
          diagnostic(`Missing section \`${id}\` in item \`${item.id}\`: the model says the section serves this item`, {
            ...at(item),
            ruleId: 'missing-section',
            fatal: false
          })
        );
      }
    }
  }
  return messages;
}
