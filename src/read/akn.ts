/**
 * Akoma Ntoso XML (the tool's own export and other publishers') to Markdown
 * lines: the document title, preface and preamble, Parts/Chapters/Divisions,
 * sections with their `num` and `heading`, numbered provisions with their
 * intro, content and wrap-up, and attachments or schedule containers as
 * schedules. Positions are the line and column of each element in the XML.
 */
import type {Element, ElementContent, Root} from 'xast';
import {fromXml} from 'xast-util-from-xml';
import {diagnostic, InputError} from '../util/diagnostics.js';
import {ConvertedLines, escapeInline, type Origin} from './converted.js';

const CONTAINERS: Record<string, string> = {
  part: 'Part',
  chapter: 'Chapter',
  division: 'Division',
  subpart: 'Subpart',
  subdivision: 'Subdivision',
  title: 'Title',
  book: 'Book'
};
const NUMBERED = new Set([
  'subsection',
  'paragraph',
  'subparagraph',
  'clause',
  'subclause',
  'point',
  'item',
  'list',
  'alinea',
  'indent',
  'rule',
  'subrule',
  'article'
]);
const SKIP = new Set(['meta', 'num', 'heading', 'subheading', 'noteRef', 'authorialNote', 'toc', 'eol', 'eop']);

function local(name: string): string {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}

function child(element: Element, name: string): Element | undefined {
  return element.children.find((c): c is Element => c.type === 'element' && local(c.name) === name);
}

function elements(element: Element): Element[] {
  return element.children.filter((c): c is Element => c.type === 'element');
}

function inline(nodes: readonly ElementContent[], bold = false, italic = false): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += escapeInline(node.value.replace(/\s+/g, ' '));
    else if (node.type === 'element') {
      const name = local(node.name);
      if (name === 'noteRef' || name === 'authorialNote' || name === 'eol' || name === 'eop') continue;
      if (name === 'br') {
        out += ' ';
        continue;
      }
      const b = !bold && (name === 'b' || name === 'def' || name === 'term');
      const i = !italic && name === 'i';
      const inner = inline(node.children, bold || b, italic || i);
      out += (b || i) && inner.trim() !== '' ? `${b ? '**' : '*'}${inner.trim()}${b ? '**' : '*'}` : inner;
    }
  }
  return out;
}

function textOf(element: Element | undefined): string {
  return element ? inline(element.children).trim() : '';
}

/** Convert Akoma Ntoso XML text to Markdown lines. */
export function aknToLines(xml: string, path: string): ConvertedLines {
  let tree: Root;
  try {
    tree = fromXml(xml);
  } catch (error) {
    const e = error as {place?: {line: number; column: number}; reason?: string; message: string};
    throw new InputError(
      diagnostic(`Unexpected malformed XML (${e.reason ?? e.message}), expected an Akoma Ntoso document`, {
        file: path,
        place: e.place,
        ruleId: 'unreadable-xml',
        source: 'act'
      })
    );
  }
  const out = new ConvertedLines(path, 'akn');
  const origin = (node: Element): Origin => {
    const start = node.position?.start;
    return {line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0};
  };
  const root = tree.children.find((c): c is Element => c.type === 'element');
  const doc = root ? (elements(root).find((e) => local(e.name) !== 'meta') ?? root) : undefined;
  if (!doc) return out;

  // The title: preface docTitle / shortTitle, or FRBRname.
  const find = (element: Element, name: string): Element | undefined => {
    for (const c of elements(element)) {
      if (local(c.name) === name) return c;
      const found = find(c, name);
      if (found) return found;
    }
    return undefined;
  };
  const titleElement = find(doc, 'docTitle') ?? find(doc, 'shortTitle');
  const frbrName = find(doc, 'FRBRname');
  const title = titleElement ? textOf(titleElement) : escapeInline(String(frbrName?.attributes['value'] ?? ''));
  if (title) out.block(`# ${title}`, titleElement ? origin(titleElement) : {line: 1, column: 1, offset: 0});

  const paragraphs = (element: Element): void => {
    for (const c of elements(element)) {
      const name = local(c.name);
      if (name === 'p' || name === 'longTitle' || name === 'formula' || name === 'recital' || name === 'block') {
        if (elements(c).some((e) => ['p', 'block'].includes(local(e.name)))) paragraphs(c);
        else {
          const text = inline(c.children).trim();
          if (text && !(titleElement && c === titleElement)) out.block(text, origin(c));
        }
      } else if (name !== 'docTitle' && name !== 'shortTitle') paragraphs(c);
    }
  };
  const provision = (element: Element): void => {
    const num = textOf(child(element, 'num'));
    const heading = textOf(child(element, 'heading'));
    let first = true;
    const lead = num ? `${/^\(.*\)$/.test(num) ? num : `(${num.replace(/[.)]$/, '')})`} ` : '';
    const line = (text: string, node: Element): void => {
      out.block(`${first ? lead : ''}${text}`, origin(node));
      first = false;
    };
    if (heading) line(heading, element);
    for (const c of elements(element)) {
      const name = local(c.name);
      if (SKIP.has(name)) continue;
      if (name === 'intro' || name === 'content' || name === 'wrapUp' || name === 'wrap') {
        for (const p of elements(c)) {
          const text = inline(p.children).trim();
          if (text) line(text, p);
        }
      } else if (NUMBERED.has(name) || name === 'hcontainer' || name === 'level') provision(c);
      else if (name === 'p' || name === 'blockList') {
        const text = inline(c.children).trim();
        if (text) line(text, c);
      }
    }
    if (first && lead) out.block(lead.trim(), origin(element));
  };
  const section = (element: Element): void => {
    const num = textOf(child(element, 'num'))
      .replace(/^(?:section|s\.?)\s*/i, '')
      .replace(/[.]$/, '');
    const heading = textOf(child(element, 'heading'));
    out.block(`### ${num} ${heading}`.trimEnd(), origin(element));
    for (const c of elements(element)) {
      const name = local(c.name);
      if (SKIP.has(name)) continue;
      if (name === 'intro' || name === 'content' || name === 'wrapUp') {
        for (const p of elements(c)) {
          const text = inline(p.children).trim();
          if (text) out.block(text, origin(p));
        }
      } else provision(c);
    }
  };
  const schedule = (element: Element, fallback: string): void => {
    const num = textOf(child(element, 'num'));
    const heading = textOf(child(element, 'heading'));
    const label = /^schedule/i.test(num) ? num : `Schedule${num ? ` ${num}` : fallback ? ` ${fallback}` : ''}`;
    out.block(`## ${label}${heading ? ` ${heading}` : ''}`, origin(element));
    const walk = (e: Element): void => {
      for (const c of elements(e)) {
        const name = local(c.name);
        if (SKIP.has(name) || name === 'meta') continue;
        if (name === 'p' || name === 'heading') {
          const text = inline(c.children).trim();
          if (text) out.block(text, origin(c));
        } else walk(c);
      }
    };
    for (const c of elements(element)) if (!['num', 'heading'].includes(local(c.name))) walk(c);
  };
  const body = (element: Element): void => {
    for (const c of elements(element)) {
      const name = local(c.name);
      if (CONTAINERS[name]) {
        const num = textOf(child(c, 'num')).replace(new RegExp(`^${CONTAINERS[name]}\\s*`, 'i'), '');
        const heading = textOf(child(c, 'heading'));
        out.block(`## ${CONTAINERS[name]} ${num}${heading ? ` ${heading}` : ''}`, origin(c));
        body(c);
      } else if (name === 'section' || name === 'article') section(c);
      else if (name === 'hcontainer' && c.attributes['name'] === 'schedule') schedule(c, '');
      else if (name === 'hcontainer' || name === 'crossHeading') {
        const heading = textOf(child(c, 'heading')) || inline(c.children).trim();
        if (heading && name === 'crossHeading') out.block(`#### ${heading}`, origin(c));
        else body(c);
      }
    }
  };
  let n = 0;
  for (const c of elements(doc)) {
    const name = local(c.name);
    if (name === 'meta') continue;
    if (name === 'preface' || name === 'preamble') paragraphs(c);
    else if (name === 'body' || name === 'mainBody') body(c);
    else if (name === 'attachments' || name === 'components') {
      for (const a of elements(c)) {
        n++;
        const inner = elements(a).find((e) => !['num', 'heading'].includes(local(e.name)));
        schedule(inner && ['doc', 'act', 'bill'].includes(local(inner.name)) ? inner : a, String(n));
      }
    }
  }
  return out;
}
