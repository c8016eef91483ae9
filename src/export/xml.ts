/**
 * XML for the Akoma Ntoso export, built by construction: a tree of elements
 * and text ({@link x}) serialised by {@link toXml}, which escapes text and
 * attribute values separately, so no value can add an element or an
 * attribute whatever it contains. Also a strict well-formedness parser, so
 * the export (and its tests) can read its own output back and check it. No
 * XML library ships with the project; the subset here (elements, attributes,
 * text, comments, the declaration, character and the five predefined entity
 * references) is all AKN needs.
 */

/** An element built by {@link x}. */
export interface XmlNode {
  name: string;
  attributes: Array<[string, string]>;
  children: XmlChild[];
}

/** A child: an element or text (escaped when serialised, never markup). */
export type XmlChild = XmlNode | string;

/** What {@link x} takes as children: nodes, text, lists of them, and nothing (`undefined`, `false`) to skip. */
type Skip = undefined | false | null;
export type XmlChildren = Array<XmlChild | readonly (XmlChild | Skip)[] | Skip>;

const namePattern = /^[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?$/;

/**
 * Build an element. Attribute values that are `undefined` or `false` are left
 * out; names must be XML names (a bad name is a programming error and throws).
 */
export function x(name: string, attributes?: Record<string, string | undefined | false> | null, ...children: XmlChildren): XmlNode {
  if (!namePattern.test(name)) throw new Error(`Invalid XML element name ${JSON.stringify(name)}`);
  const attrs: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (!namePattern.test(key)) throw new Error(`Invalid XML attribute name ${JSON.stringify(key)}`);
    if (value !== undefined && value !== false) attrs.push([key, value]);
  }
  const flat: XmlChild[] = [];
  for (const child of children) {
    if (child === undefined || child === false || child === null) continue;
    if (Array.isArray(child)) {
      for (const item of child as readonly (XmlChild | Skip)[]) if (item !== undefined && item !== false && item !== null) flat.push(item);
    } else flat.push(child as XmlChild);
  }
  // Adjacent text pieces are one text node (they serialise the same; it keeps layout decisions simple).
  const merged: XmlChild[] = [];
  for (const child of flat) {
    const last = merged.at(-1);
    if (typeof child === 'string' && typeof last === 'string') merged[merged.length - 1] = last + child;
    else if (child !== '') merged.push(child);
  }
  return {name, attributes: attrs, children: merged};
}

/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab, line
 * feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates): each is
 * shown as U+FFFD, the replacement character, rather than dropped silently.
 */
const notXml =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text content: `&`, `<`, `>` (so `]]>` cannot occur) and carriage returns (which a parser would fold into line feeds). */
export function escapeText(text: string): string {
  return text.replace(notXml, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escape a double-quoted attribute value: as text, plus `"` and the white space a parser would normalise to spaces. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** Options for {@link toXml}. */
export interface ToXmlOptions {
  /** Write `<?xml version="1.0" encoding="UTF-8"?>` first (default true). */
  declaration?: boolean | undefined;
  /** Indentation per level for elements that hold only elements (default two spaces). */
  indent?: string | undefined;
  /** Elements with mixed content (`p`, `num`…): always written on one line, so no white space is added to their text. */
  mixed?: ReadonlySet<string> | undefined;
}

/**
 * Serialise a tree. An element holding only elements puts each on its own
 * indented line; an element holding any text, or named in `mixed`, is
 * written on one line, so mixed content keeps exactly its own white space
 * (and so is an element whose only child is such an element:
 * `<content><p>…</p></content>`).
 */
export function toXml(root: XmlNode, options: ToXmlOptions = {}): string {
  const indent = options.indent ?? '  ';
  const out: string[] = [];
  const open = (node: XmlNode) => `<${node.name}${node.attributes.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('')}`;
  const inline = (node: XmlChild): string =>
    typeof node === 'string'
      ? escapeText(node)
      : node.children.length === 0
        ? `${open(node)}/>`
        : `${open(node)}>${node.children.map(inline).join('')}</${node.name}>`;
  const block = (node: XmlNode, depth: number) => {
    const pad = indent.repeat(depth);
    const only = node.children.length === 1 ? node.children[0] : undefined;
    const oneMixedChild = typeof only === 'object' && options.mixed?.has(only.name) === true;
    if (node.children.length === 0 || oneMixedChild || options.mixed?.has(node.name) || node.children.some((c) => typeof c === 'string')) {
      out.push(pad + inline(node));
      return;
    }
    out.push(`${pad}${open(node)}>`);
    for (const child of node.children) block(child as XmlNode, depth + 1);
    out.push(`${pad}</${node.name}>`);
  };
  if (options.declaration !== false) out.push('<?xml version="1.0" encoding="UTF-8"?>');
  block(root, 0);
  return `${out.join('\n')}\n`;
}

/** An element read back by {@link parseXml}. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
  line: number;
  column: number;
}

/** A well-formedness error with its place in the text. */
export class XmlError extends Error {
  constructor(
    reason: string,
    readonly line: number,
    readonly column: number
  ) {
    super(`${line}:${column}: ${reason}`);
    this.name = 'XmlError';
  }
}

const nameStart = /[A-Za-z_:]/;
const nameChar = /[A-Za-z0-9_:.-]/;
const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

/** Parse XML text strictly; throws {@link XmlError} at the first problem. */
export function parseXml(text: string): XmlElement {
  let i = 0;
  let line = 1;
  let column = 1;
  const advance = (n: number) => {
    // Count lines by searching for newlines rather than visiting each character: outputs run to ~100 KB.
    const end = i + n;
    let newline = text.indexOf('\n', i);
    if (newline === -1 || newline >= end) {
      column += n;
      i = end;
      return;
    }
    while (newline !== -1 && newline < end) {
      line++;
      column = 1;
      i = newline + 1;
      newline = text.indexOf('\n', i);
    }
    column += end - i;
    i = end;
  };
  const fail = (reason: string): never => {
    throw new XmlError(reason, line, column);
  };
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) advance(1);
  };
  const readName = () => {
    if (!nameStart.test(text[i] ?? '')) fail(`Unexpected \`${text[i] ?? 'end of input'}\`, expected a name`);
    const start = i;
    while (i < text.length && nameChar.test(text[i]!)) advance(1);
    return text.slice(start, i);
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);?/g, (whole, body: string) => {
      if (!whole.endsWith(';')) fail('Unexpected `&`, expected an entity reference ending in `;`');
      if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
      if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
      const value = entities[body];
      if (value === undefined) fail(`Unexpected entity \`&${body};\`, expected one of the predefined entities`);
      return value!;
    });
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i);
        if (end === -1) fail('Unterminated processing instruction');
        advance(end + 2 - i);
      } else if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i);
        if (end === -1) fail('Unterminated comment');
        advance(end + 3 - i);
      } else return;
    }
  };

  const readElement = (): XmlElement => {
    const at = {line, column};
    advance(1); // <
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = /\s/.test(text[i] ?? '');
      skipSpace();
      if (text.startsWith('/>', i)) {
        advance(2);
        return {name, attributes, children: [], ...at};
      }
      if (text[i] === '>') {
        advance(1);
        break;
      }
      if (!hadSpace) fail(`Unexpected \`${text[i] ?? 'end of input'}\` in <${name}>, expected white space before an attribute`);
      const attribute = readName();
      skipSpace();
      if (text[i] !== '=') fail(`Unexpected \`${text[i] ?? 'end of input'}\` after attribute \`${attribute}\`, expected \`=\``);
      advance(1);
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") fail(`Unexpected \`${quote ?? 'end of input'}\`, expected a quoted attribute value`);
      advance(1);
      const end = text.indexOf(quote!, i);
      if (end === -1) fail('Unterminated attribute value');
      const raw = text.slice(i, end);
      if (raw.includes('<')) fail('Unexpected `<` in an attribute value');
      if (attribute in attributes) fail(`Duplicate attribute \`${attribute}\` on <${name}>`);
      attributes[attribute] = decode(raw);
      advance(end + 1 - i);
    }
    const children: Array<XmlElement | string> = [];
    for (;;) {
      if (i >= text.length) fail(`Unclosed element <${name}> opened at ${at.line}:${at.column}`);
      if (text.startsWith('</', i)) {
        advance(2);
        const closing = readName();
        if (closing !== name) fail(`Unexpected </${closing}>, expected </${name}> (opened at ${at.line}:${at.column})`);
        skipSpace();
        if (text[i] !== '>') fail('Unexpected content in an end tag, expected `>`');
        advance(1);
        return {name, attributes, children, ...at};
      }
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i);
        if (end === -1) fail('Unterminated comment');
        advance(end + 3 - i);
        continue;
      }
      if (text[i] === '<') {
        children.push(readElement());
        continue;
      }
      const next = text.indexOf('<', i);
      const raw = text.slice(i, next === -1 ? text.length : next);
      if (raw.includes('>') && raw.includes(']]>')) fail('Unexpected `]]>` in text');
      children.push(decode(raw));
      advance(raw.length);
    }
  };

  skipMisc();
  if (text[i] !== '<') fail('Expected the root element');
  const root = readElement();
  skipMisc();
  if (i < text.length) fail('Unexpected content after the root element');
  return root;
}

/** The text content of an element (all descendant text, in order). */
export function textOf(node: XmlElement | string): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** Child elements of an element. */
export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** Every element below (and including) `node`, document order. */
export function descendants(node: XmlElement): XmlElement[] {
  // An explicit stack: nested generators cost a frame per level for every element.
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    out.push(next);
    for (let k = next.children.length - 1; k >= 0; k--) {
      const child = next.children[k]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return out;
}
