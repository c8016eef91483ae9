/**
 * The answers file: what a drafter decided, item by item, and the values of
 * the model's parameters. Written by the wizard, editable by hand, read by
 * `build`, `gap` and `wizard --answers` (resume).
 */
import type {VFileMessage} from 'vfile-message';
import {Document, isMap, isScalar, isSeq, type Node as YamlNode, type Pair, type YAMLMap} from 'yaml';
import type {ItemStatus} from '../checklist/load.js';
import {statuses} from '../checklist/load.js';
import {isIsoDate} from '../model/params.js';
import {stateFields} from '../model/vocabulary.js';
import {readTextFile, type SizeLimit} from '../util/files.js';
import {ShapeChecker} from '../util/validate.js';
import {parseYaml, type YamlSource} from '../util/yaml.js';

/** The answers-file schema version this code reads and writes. */
export const answersSchemaVersion = 1;

/** A decision about one checklist item. */
export interface ItemAnswer {
  status: ItemStatus;
  citation?: string | undefined;
  agency?: string | undefined;
  reason?: string | undefined;
  note?: string | undefined;
}

/** The state profile as answered (keys without the `state.` prefix). */
export type StateAnswers = Partial<{
  holds_stocks: boolean;
  contaminated: boolean;
  victims: boolean;
  producer: boolean;
  /** Whether the State maintains armed forces; absent is read as yes (src/answers/resolve.ts, stateValue). */
  armed_forces: boolean;
  joint_operations: boolean;
  financial_sector: boolean;
  entry_into_force: string;
}>;

/**
 * Short hashes of the questions the answers were given to (written by the
 * wizard): `params` by parameter name, `items` by checklist item id. They let
 * the tool say which answers are new, gone or changed in meaning when the
 * model or checklist changes (src/wizard/fingerprints.ts).
 */
export interface Fingerprints {
  params: Record<string, string>;
  items: Record<string, string>;
}

/** A parsed answers file. */
export interface AnswersFile {
  path: string;
  schema: number;
  /** Model hash the answers were made against, when recorded. */
  model?: string | undefined;
  jurisdiction?: string | undefined;
  state: StateAnswers;
  items: Record<string, ItemAnswer>;
  params: Record<string, unknown>;
  /** Question fingerprints saved by the wizard (absent in hand-written files). */
  fingerprints?: Fingerprints | undefined;
  /** For positions in later messages (unknown params, wrong types). */
  yaml?: YamlSource | undefined;
  messages: VFileMessage[];
}

/** An empty answers file (a fresh wizard run). */
export function emptyAnswers(path: string): AnswersFile {
  return {path, schema: answersSchemaVersion, state: {}, items: {}, params: {}, messages: []};
}

/** Read an answers file (`limit`: the largest file to read, the CLI's `--max-size`). */
export async function loadAnswers(path: string, displayPath = path, limit: SizeLimit = {}): Promise<AnswersFile> {
  return parseAnswers(await readTextFile(path, {source: 'answers', maxBytes: limit.maxBytes}), displayPath);
}

/** Which extra field each status needs. */
export const statusNeeds: Partial<Record<ItemStatus, 'citation' | 'agency' | 'reason'>> = {
  'existing-law': 'citation',
  administrative: 'agency',
  'not-applicable': 'reason',
  'decided-against': 'reason'
};

/** Parse answers text (no I/O). Shape problems are positioned messages. */
export function parseAnswers(text: string, path: string): AnswersFile {
  const parsed = parseYaml(text, {file: path, source: 'answers'});
  const answers = emptyAnswers(path);
  answers.messages.push(...parsed.messages);
  if (!parsed.source) return answers;
  answers.yaml = parsed.source;
  const c = new ShapeChecker(parsed.source, 'answers');
  const root = c.mapping(parsed.source.value, [], 'the answers file', [
    'schema',
    'model',
    'jurisdiction',
    'state',
    'items',
    'params',
    'fingerprints'
  ]);
  if (root) {
    c.schemaVersion(root['schema'], answersSchemaVersion, {optional: true});
    answers.model = c.text(root['model'], ['model'], '`model`', {
      pattern: /^sha256:[0-9a-f]{16}$/,
      patternHint: 'a model hash such as sha256:0123456789abcdef'
    });
    answers.jurisdiction = c.text(root['jurisdiction'], ['jurisdiction'], '`jurisdiction`');
    const state =
      root['state'] === undefined
        ? undefined
        : c.mapping(
            root['state'],
            ['state'],
            '`state`',
            Object.keys(stateFields).map((k) => k.slice(6))
          );
    if (state) {
      for (const [key, value] of Object.entries(state)) {
        const type = stateFields[`state.${key}` as keyof typeof stateFields];
        if (!type) continue;
        if (type === 'boolean') {
          const b = c.boolean(value, ['state', key], `\`state.${key}\``);
          if (b !== undefined) (answers.state as Record<string, unknown>)[key] = b;
        } else if (value !== null && value !== undefined) {
          if (typeof value !== 'string' || !isIsoDate(value))
            c.report(
              `Unexpected ${JSON.stringify(value)} for \`state.${key}\`, expected a date as YYYY-MM-DD`,
              ['state', key],
              'wrong-type'
            );
          else (answers.state as Record<string, unknown>)[key] = value;
        }
      }
    }
    const items = root['items'] === undefined ? undefined : c.mapping(root['items'], ['items'], '`items`');
    if (items) {
      for (const [id, raw] of Object.entries(items)) {
        const at = ['items', id];
        if (typeof raw === 'string' && (statuses as readonly string[]).includes(raw)) {
          c.report(`Unexpected \`${id}: ${raw}\`, expected a mapping such as \`${id}: {status: ${raw}}\``, at, 'wrong-type');
          continue;
        }
        const item = c.mapping(raw, at, `item \`${id}\``, ['status', 'citation', 'agency', 'reason', 'note']);
        if (!item) continue;
        const status = c.oneOf(item['status'], [...at, 'status'], `status of \`${id}\``, statuses, {required: true});
        if (!status) continue;
        const answer: ItemAnswer = {status};
        for (const field of ['citation', 'agency', 'reason', 'note'] as const) {
          const value = c.text(item[field], [...at, field], `\`${field}\` of \`${id}\``);
          if (value !== undefined) answer[field] = value;
        }
        const needed = statusNeeds[status];
        if (needed && !answer[needed]?.trim()) {
          c.report(
            `Missing \`${needed}\` for item \`${id}\` with status \`${status}\`, expected ${needed === 'citation' ? 'the law that covers it' : needed === 'agency' ? 'the agency that handles it' : 'the reason'}`,
            [...at, 'status'],
            'missing-key'
          );
        }
        answers.items[id] = answer;
      }
    }
    if (root['params'] !== undefined) answers.params = c.mapping(root['params'], ['params'], '`params`') ?? {};
    if (root['fingerprints'] !== undefined) answers.fingerprints = readFingerprints(c, root['fingerprints']);
  }
  answers.messages.push(...c.messages);
  return answers;
}

/**
 * Fingerprints are written by the tool, never by people: a damaged block is a
 * warning and is ignored (the answers themselves still count).
 */
function readFingerprints(c: ShapeChecker, raw: unknown): Fingerprints | undefined {
  const warn = (reason: string, at: Array<string | number>) =>
    c.report(`${reason}; the fingerprints are ignored (the wizard writes them again on its next save)`, at, 'fingerprints', {fatal: false});
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    warn('Unexpected `fingerprints`, expected a mapping with `params` and `items`', ['fingerprints']);
    return undefined;
  }
  const result: Fingerprints = {params: {}, items: {}};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key !== 'params' && key !== 'items') {
      warn(`Unexpected key \`${key}\` in \`fingerprints\`, expected \`params\` or \`items\``, ['fingerprints', key]);
      return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      warn(`Unexpected \`fingerprints.${key}\`, expected a mapping of names to 8-digit hashes`, ['fingerprints', key]);
      return undefined;
    }
    for (const [name, hash] of Object.entries(value as Record<string, unknown>)) {
      if (typeof hash !== 'string' || !/^[0-9a-f]{8}$/.test(hash)) {
        warn(`Unexpected fingerprint ${JSON.stringify(hash)} for \`${name}\`, expected 8 hexadecimal digits`, ['fingerprints', key, name]);
        return undefined;
      }
      result[key][name] = hash;
    }
  }
  return result;
}

/** The answers as plain data, in the order the file lists them. */
function answersBody(answers: Omit<AnswersFile, 'messages' | 'yaml' | 'path'>): Record<string, unknown> {
  const body: Record<string, unknown> = {schema: answers.schema};
  if (answers.model) body['model'] = answers.model;
  if (answers.jurisdiction) body['jurisdiction'] = answers.jurisdiction;
  body['state'] = answers.state;
  body['items'] = answers.items;
  body['params'] = answers.params;
  // Last, so the part people read and edit comes first.
  if (answers.fingerprints) body['fingerprints'] = {params: answers.fingerprints.params, items: answers.fingerprints.items};
  return body;
}

/** Serialise answers as YAML with a header comment; stable key order so saves diff cleanly. */
export function serializeAnswers(answers: Omit<AnswersFile, 'messages' | 'yaml' | 'path'>, header?: string): string {
  const body = answersBody(answers);
  const comment = (header ?? 'ccm-drafter answers file. Edit by hand or with `ccm-draft wizard --answers <this file>`.')
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
  // One line per item (`transit: {status: act}`), as in the examples: the file reads like a checklist.
  const document = new Document(body, {sortMapEntries: false});
  const items = document.get('items', true);
  if (isMap(items)) for (const pair of items.items) if (isMap(pair.value)) pair.value.flow = true;
  return `${comment}\n${document.toString({lineWidth: 0, flowCollectionPadding: false})}`;
}

/** First line of the header the wizard writes: a file that starts with it was saved by the wizard. */
export const wizardHeaderStart = 'ccm-drafter answers file, saved by `ccm-draft wizard`';

/**
 * The text of answers read from a file and changed since: the file's own
 * YAML document with only the changed values rewritten, so its comments,
 * key order, quoting and layout stay as the person wrote them. New keys go
 * after the keys that precede them in the file's usual order. The wizard's
 * own header (and only that) is replaced by `header`. Line ends stay CRLF
 * when the file had them.
 */
export function updateAnswersText(answers: AnswersFile, header: string): string {
  const yaml = answers.yaml;
  if (!yaml || !isMap(yaml.doc.contents)) return serializeAnswers(answers, header);
  const doc = yaml.doc;
  syncMap(doc, doc.contents as YAMLMap, answersBody(answers), 'root');
  const comment = header
    .split('\n')
    .map((line) => ` ${line}`.trimEnd())
    .join('\n');
  const first = (doc.contents as YAMLMap).items[0]?.key as YamlNode | undefined;
  for (const holder of [doc as {commentBefore?: string | null}, doc.contents as YamlNode, first]) {
    if (holder?.commentBefore?.trimStart().startsWith(wizardHeaderStart)) {
      holder.commentBefore = comment;
      break;
    }
  }
  const text = doc.toString({lineWidth: 0, flowCollectionPadding: false});
  return yaml.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
}

const keyOf = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

/** `yes` in a file and `true` in memory are the same answer: keep the person's word. */
function sameScalar(found: unknown, wanted: unknown): boolean {
  if (found === wanted) return true;
  if (typeof wanted === 'boolean' && typeof found === 'string' && /^(yes|no|true|false)$/i.test(found))
    return /^(yes|true)$/i.test(found) === wanted;
  return false;
}

function sameValue(node: unknown, wanted: unknown): boolean {
  if (isScalar(node)) return sameScalar(node.value, wanted);
  const found = node && typeof node === 'object' && 'toJSON' in node ? (node as YamlNode).toJSON() : node;
  return JSON.stringify(found) === JSON.stringify(wanted);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Make a mapping node hold `wanted`, touching only the keys whose values differ. */
function syncMap(doc: Document, map: YAMLMap, wanted: Record<string, unknown>, where: string): void {
  map.items = map.items.filter((pair) => wanted[keyOf(pair)] !== undefined);
  const order = Object.keys(wanted).filter((k) => wanted[k] !== undefined);
  for (const [index, key] of order.entries()) {
    const value = wanted[key];
    const pair = map.items.find((p) => keyOf(p) === key);
    if (pair) {
      pair.value = syncNode(doc, pair.value, value, where === 'root' ? key : where);
      continue;
    }
    // An empty section the file never had (`state: {}`) says nothing: leave it out.
    if (isPlainObject(value) && Object.values(value).every((v) => v === undefined)) continue;
    const node = doc.createNode(value) as YamlNode;
    // A new checklist answer takes the style of the answers beside it (one line each, unless the file writes them out).
    if (where === 'items' && isMap(node)) {
      const sibling = [...map.items].reverse().find((p) => isMap(p.value));
      node.flow = sibling ? (sibling.value as YAMLMap).flow === true : true;
    }
    const created = doc.createPair(key, node);
    // After the nearest key that comes before it in the file's usual order (the tool's fingerprints: always last).
    let at = map.items.length;
    for (let i = key === 'fingerprints' ? -1 : index - 1; i >= 0; i--) {
      const before = map.items.findIndex((p) => keyOf(p) === order[i]);
      if (before !== -1) {
        at = before + 1;
        break;
      }
    }
    map.items.splice(at, 0, created);
  }
}

/** The node for `wanted` in place of `node`: the same node when the value is unchanged or can be updated in place. */
function syncNode(doc: Document, node: unknown, wanted: unknown, where: string): unknown {
  if (isPlainObject(wanted) && isMap(node)) {
    syncMap(doc, node, wanted, where);
    return node;
  }
  if (sameValue(node, wanted)) return node;
  if (isScalar(node) && (wanted === null || ['string', 'number', 'boolean'].includes(typeof wanted))) {
    // A quoted style stays for text; anything else is written plainly.
    if (typeof wanted !== 'string') delete node.type;
    node.value = wanted;
    return node;
  }
  const created = doc.createNode(wanted) as YamlNode;
  if (node && typeof node === 'object') {
    const old = node as YamlNode;
    if (old.commentBefore) created.commentBefore = old.commentBefore;
    if (old.comment) created.comment = old.comment;
    if (old.spaceBefore) created.spaceBefore = true;
    if ((isMap(old) || isSeq(old)) && (isMap(created) || isSeq(created)) && old.flow) created.flow = true;
  }
  return created;
}
