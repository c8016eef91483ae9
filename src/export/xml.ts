/**
 * Just enough XML for the Akoma Ntoso export: escaping for the writer, and a
 * strict well-formedness parser so the export (and its tests) can read its
 * own output back and check it. No XML library ships with the project; the
 * subset here (elements, attributes, text, comments, the declaration,
 * character and the five predefined entity references) is all AKN needs.
 */

/** Escape text content. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape an attribute value (double-quoted). */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
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
