/**
 * Read a model Act (or any clause file): Markdown with directives and YAML
 * front matter declaring its parameters.
 */
import {createHash} from 'node:crypto';
import type {Root, Yaml} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {VFileMessage} from 'vfile-message';
import {readCache} from '../parse-cache.js';
import {diagnostic} from '../util/diagnostics.js';
import {readTextFile} from '../util/files.js';
import {isRecord, parseYaml, type YamlSource} from '../util/yaml.js';
import type {ChoiceOption, ParamDecl, ParamType, ParamValue} from './params.js';
import {checkValue} from './params.js';

/** A loaded model Act. */
export interface Model {
  /** Path as given. */
  path: string;
  /** The source text. */
  text: string;
  /** `sha256:` + the first 16 hex digits of the source's hash: the model version answers are made against. */
  hash: string;
  id: string;
  title: string;
  version: string;
  /** The parsed tree (directives included, positions kept). Treat as read-only: assembly works on a copy. */
  tree: Root;
  /** Declared parameters by name, in declaration order. */
  params: Map<string, ParamDecl>;
  /** Problems found while reading the front matter. */
  messages: VFileMessage[];
}

/** The parser for model files: Markdown + front matter + directives. */
export function modelParser() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);
}

/** Content hash of a model text, as recorded in answers files. */
export function modelHash(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** Read and parse a model file. Unreadable files raise an InputError. */
export async function loadModel(path: string): Promise<Model> {
  return parseModel(await readTextFile(path, {source: 'model'}), path);
}

const types: readonly ParamType[] = ['text', 'number', 'money', 'date', 'choice', 'boolean', 'list'];
const fields: Record<string, readonly string[]> = {
  common: ['type', 'label', 'help', 'default'],
  text: ['pattern', 'max_length'],
  number: ['min', 'max', 'integer', 'unit'],
  money: ['min', 'max'],
  date: [],
  choice: ['options'],
  boolean: [],
  list: ['of', 'min_items']
};

/** The part of a parsed model kept in the parse cache (see parse-cache.ts). */
export interface CachedModel {
  tree: Root;
  meta: Record<string, unknown>;
  params: Array<[string, ParamDecl]>;
}

/** Parse model text (no I/O except the parse cache). */
export function parseModel(text: string, path: string): Model {
  const cached = readCache<CachedModel>('model', text);
  if (cached) return modelFrom(text, path, cached.tree, cached.meta, new Map(cached.params), []);
  return parseModelText(text, path);
}

/** What the parse cache stores for a model that parsed without problems. */
export function cacheableModel(model: Model): CachedModel | undefined {
  if (model.messages.length > 0) return undefined;
  return {tree: model.tree, meta: {id: model.id, title: model.title, version: model.version}, params: [...model.params]};
}

function modelFrom(text: string, path: string, tree: Root, meta: Record<string, unknown>, params: Map<string, ParamDecl>, messages: VFileMessage[]): Model {
  return {
    path,
    text,
    hash: modelHash(text),
    id: typeof meta['id'] === 'string' ? meta['id'] : 'model',
    title: typeof meta['title'] === 'string' ? meta['title'] : 'Model Act',
    version: meta['version'] === undefined ? '0' : String(meta['version']),
    tree,
    params,
    messages
  };
}

function parseModelText(text: string, path: string): Model {
  const tree = modelParser().parse(text) as Root;
  const messages: VFileMessage[] = [];
  const params = new Map<string, ParamDecl>();
  let meta: Record<string, unknown> = {};
  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  if (!yamlNode) {
    messages.push(diagnostic('Missing front matter, expected `---` YAML with `id`, `title` and `params` at the top of the model', {file: path, place: {line: 1, column: 1}, ruleId: 'missing-front-matter', source: 'model'}));
  } else {
    const start = yamlNode.position!.start;
    // The YAML text begins on the line after the opening `---`.
    const parsed = parseYaml(yamlNode.value, {file: path, source: 'model', lineOffset: start.line, offsetBase: (start.offset ?? 0) + 4});
    messages.push(...parsed.messages);
    if (parsed.source) {
      if (!isRecord(parsed.source.value)) {
        messages.push(diagnostic('Unexpected front matter, expected a mapping with `id`, `title` and `params`', {file: path, place: start, ruleId: 'front-matter-shape', source: 'model'}));
      } else {
        meta = parsed.source.value;
        readParams(parsed.source, params, messages);
      }
    }
  }
  return modelFrom(text, path, tree, meta, params, messages);
}

function readParams(source: YamlSource, params: Map<string, ParamDecl>, messages: VFileMessage[]): void {
  const root = source.value as Record<string, unknown>;
  const raw = root['params'];
  if (raw === undefined) return;
  const fail = (reason: string, path: Array<string | number>, ruleId = 'param-declaration') =>
    messages.push(diagnostic(reason, {file: source.file, place: source.pointAt(path), ruleId, source: 'model'}));
  if (!isRecord(raw)) {
    fail('Unexpected `params`, expected a mapping of parameter names to declarations', ['params']);
    return;
  }
  for (const [name, value] of Object.entries(raw)) {
    const at = ['params', name];
    if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/.test(name)) {
      messages.push(diagnostic(`Unexpected parameter name \`${name}\`, expected dotted lower-case names like \`penalty.individual.prison_years\``, {file: source.file, place: source.pointAt(at, 'key'), ruleId: 'param-name', source: 'model'}));
      continue;
    }
    if (name.startsWith('state.')) {
      fail(`Unexpected parameter \`${name}\`: \`state.*\` names belong to the state profile`, at, 'param-name');
      continue;
    }
    if (!isRecord(value)) {
      fail(`Unexpected declaration for \`${name}\`, expected a mapping with \`type\` and \`label\``, at);
      continue;
    }
    const type = value['type'];
    if (typeof type !== 'string' || !types.includes(type as ParamType)) {
      fail(`Unexpected type ${JSON.stringify(type)} for \`${name}\`, expected one of: ${types.join(', ')}`, [...at, 'type']);
      continue;
    }
    const allowed = [...fields['common']!, ...fields[type]!];
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) fail(`Unexpected field \`${key}\` in ${type} parameter \`${name}\`, expected one of: ${allowed.join(', ')}`, [...at, key]);
    }
    if (typeof value['label'] !== 'string' || value['label'].trim() === '') fail(`Missing \`label\` for \`${name}\`, expected a short question-style label`, at);
    const decl: ParamDecl = {
      name,
      type: type as ParamType,
      label: typeof value['label'] === 'string' ? value['label'] : name,
      help: typeof value['help'] === 'string' ? value['help'] : undefined,
      min: typeof value['min'] === 'number' ? value['min'] : undefined,
      max: typeof value['max'] === 'number' ? value['max'] : undefined,
      integer: value['integer'] === true,
      pattern: typeof value['pattern'] === 'string' ? value['pattern'] : undefined,
      maxLength: typeof value['max_length'] === 'number' ? value['max_length'] : undefined,
      minItems: typeof value['min_items'] === 'number' ? value['min_items'] : undefined,
      unit: typeof value['unit'] === 'string' ? value['unit'] : undefined,
      position: source.pointAt(at, 'key')
    };
    if (type === 'choice') {
      const options = value['options'];
      if (!Array.isArray(options) || options.length === 0) {
        fail(`Missing \`options\` for choice \`${name}\`, expected a list of {value, label, text}`, at);
        continue;
      }
      const list: ChoiceOption[] = [];
      options.forEach((option, index) => {
        if (isRecord(option) && typeof option['value'] === 'string') {
          list.push({value: option['value'], label: typeof option['label'] === 'string' ? option['label'] : option['value'], text: typeof option['text'] === 'string' ? option['text'] : undefined});
        } else if (typeof option === 'string') {
          list.push({value: option, label: option});
        } else {
          fail(`Unexpected option for \`${name}\`, expected {value, label, text}`, [...at, 'options', index]);
        }
      });
      decl.options = list;
    }
    if (decl.pattern) {
      try {
        new RegExp(decl.pattern, 'u');
      } catch {
        fail(`Unexpected pattern for \`${name}\`, expected a valid regular expression`, [...at, 'pattern']);
        decl.pattern = undefined;
      }
    }
    if ('default' in value) {
      const checked = checkValue(decl, value['default']);
      if (checked.ok) decl.default = checked.value as ParamValue;
      else messages.push(diagnostic(`${checked.reason} (default), expected ${checked.expected}`, {file: source.file, place: source.pointAt([...at, 'default']), ruleId: 'param-default', source: 'model'}));
    }
    params.set(name, decl);
  }
}
