/**
 * Parse model text: remark (remark-parse and remark-stringify) with
 * remark-frontmatter and remark-directive, and the front matter's parameter
 * declarations with positioned messages.
 */
import type {Root, Yaml} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import {remark} from 'remark';
import type {VFileMessage} from 'vfile-message';
import {diagnostic} from '../util/diagnostics.js';
import {excessiveNesting} from '../util/nesting.js';
import {isRecord, parseYaml, type YamlSource} from '../util/yaml.js';
import {cachedModel, modelFrom, type Model} from './model.js';
import type {ChoiceOption, ParamDecl, ParamType, ParamValue} from './params.js';
import {checkValue} from './params.js';

/**
 * The processor for model files: Markdown with front matter and directives,
 * both ways (the same extensions that read a model write one back). Only
 * loaded when a model is parsed, never on the cached start-up path.
 */
export function modelParser() {
  return remark().use(remarkFrontmatter, ['yaml']).use(remarkDirective);
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

/** Parse model text (no I/O except the parse cache). */
export function parseModel(text: string, path: string): Model {
  return cachedModel(text, path) ?? parseModelText(text, path);
}

function parseModelText(text: string, path: string): Model {
  const tooDeep = excessiveNesting(text, path, 'model');
  if (tooDeep) return modelFrom(text, path, {type: 'root', children: []}, {}, new Map(), [tooDeep]);
  const tree = modelParser().parse(text) as Root;
  const messages: VFileMessage[] = [];
  const params = new Map<string, ParamDecl>();
  let meta: Record<string, unknown> = {};
  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  if (!yamlNode) {
    messages.push(
      diagnostic('Missing front matter, expected `---` YAML with `id`, `title` and `params` at the top of the model', {
        file: path,
        place: {line: 1, column: 1},
        ruleId: 'missing-front-matter',
        source: 'model'
      })
    );
  } else {
    const start = yamlNode.position!.start;
    // The YAML text begins on the line after the opening `---`.
    const parsed = parseYaml(yamlNode.value, {file: path, source: 'model', lineOffset: start.line, offsetBase: (start.offset ?? 0) + 4});
    messages.push(...parsed.messages);
    if (parsed.source) {
      if (!isRecord(parsed.source.value)) {
        messages.push(
          diagnostic('Unexpected front matter, expected a mapping with `id`, `title` and `params`', {
            file: path,
            place: start,
            ruleId: 'front-matter-shape',
            source: 'model'
          })
        );
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
      messages.push(
        diagnostic(`Unexpected parameter name \`${name}\`, expected dotted lower-case names like \`penalty.individual.prison_years\``, {
          file: source.file,
          place: source.pointAt(at, 'key'),
          ruleId: 'param-name',
          source: 'model'
        })
      );
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
      if (!allowed.includes(key))
        fail(`Unexpected field \`${key}\` in ${type} parameter \`${name}\`, expected one of: ${allowed.join(', ')}`, [...at, key]);
    }
    if (typeof value['label'] !== 'string' || value['label'].trim() === '')
      fail(`Missing \`label\` for \`${name}\`, expected a short question-style label`, at);
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
          list.push({
            value: option['value'],
            label: typeof option['label'] === 'string' ? option['label'] : option['value'],
            text: typeof option['text'] === 'string' ? option['text'] : undefined
          });
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
      // Set first: whether a blank text is a value depends on the default (src/model/params.ts).
      decl.defaultRaw = value['default'];
      const checked = checkValue(decl, value['default']);
      if (checked.ok) decl.default = checked.value as ParamValue;
      else
        messages.push(
          diagnostic(`${checked.reason} (default), expected ${checked.expected}`, {
            file: source.file,
            place: source.pointAt([...at, 'default']),
            ruleId: 'param-default',
            source: 'model'
          })
        );
    }
    params.set(name, decl);
  }
}
