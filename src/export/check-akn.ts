/**
 * The naming-convention rules an Akoma Ntoso bill from this tool must keep,
 * checked on the XML text itself (parsed back) before anything is written:
 * well-formed; `akomaNtoso/bill` (or `act`) with complete FRBR
 * identification; the nesting of `part`/`section`/`subsection`/`paragraph`/
 * `subparagraph`/`clause`/`hcontainer` and of schedules as `attachment`s;
 * `eId`s unique and built by the naming convention from their ancestors;
 * every `ref`, `tocItem` and `refersTo` pointing at something that exists.
 * The OASIS schema (schemas/akn/akomantoso30.xsd) checks what XSD can; the
 * test suite validates every export against it with xmllint. These rules
 * check what a schema cannot (ids built from numbers, links that resolve).
 */
import {aknNamespace} from './akn.js';
import {descendants, elements, parseXml, XmlError, type XmlElement} from './xml.js';

const hierarchy = new Set(['part', 'section', 'subsection', 'paragraph', 'subparagraph', 'clause', 'hcontainer', 'attachment']);
const abbreviation: Record<string, string> = {
  part: 'part',
  section: 'sec',
  subsection: 'subsec',
  paragraph: 'para',
  subparagraph: 'subpara',
  clause: 'clause',
  hcontainer: 'hcontainer',
  attachment: 'att'
};
const allowedChildren: Record<string, readonly string[]> = {
  body: ['part', 'section', 'hcontainer'],
  part: ['num', 'heading', 'section'],
  section: ['num', 'heading', 'intro', 'content', 'subsection', 'paragraph', 'hcontainer'],
  subsection: ['num', 'intro', 'content', 'paragraph', 'hcontainer'],
  paragraph: ['num', 'intro', 'content', 'subparagraph', 'hcontainer'],
  subparagraph: ['num', 'intro', 'content', 'clause', 'hcontainer'],
  clause: ['num', 'content'],
  hcontainer: ['num', 'heading', 'intro', 'content', 'subsection', 'paragraph', 'subparagraph', 'clause', 'hcontainer'],
  attachments: ['attachment'],
  attachment: ['num', 'heading', 'doc'],
  mainBody: ['p', 'subsection', 'paragraph', 'subparagraph', 'hcontainer']
};

/** A broken rule, with where it is in the XML. */
export interface AknProblem {
  line: number;
  column: number;
  reason: string;
}

/** Check AKN text; an empty list means every rule holds. */
export function checkAkn(xml: string): AknProblem[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlError) return [{line: error.line, column: error.column, reason: `Not well-formed: ${error.message}`}];
    throw error;
  }
  const problems: AknProblem[] = [];
  const report = (node: XmlElement, reason: string) => problems.push({line: node.line, column: node.column, reason});
  if (root.name !== 'akomaNtoso') report(root, `Unexpected root <${root.name}>, expected <akomaNtoso>`);
  if (root.attributes['xmlns'] !== aknNamespace) report(root, `Unexpected namespace, expected ${aknNamespace}`);
  const docs = elements(root);
  const bill = docs[0];
  if (docs.length !== 1 || !bill || (bill.name !== 'bill' && bill.name !== 'act')) {
    report(root, 'Expected exactly one <bill> or <act> in <akomaNtoso>');
    return problems;
  }
  if (!bill.attributes['name']) report(bill, `Missing \`name\` on <${bill.name}>`);
  const order = ['meta', 'preface', 'preamble', 'body', 'attachments'];
  const names = elements(bill).map((e) => e.name);
  if (names.join() !== order.filter((n) => names.includes(n)).join() || !names.includes('meta') || !names.includes('body')) {
    report(
      bill,
      `Unexpected children of <${bill.name}> (${names.join(', ')}), expected meta, preface?, preamble?, body, attachments? in that order`
    );
  }

  // FRBR identification.
  const meta = elements(bill, 'meta')[0];
  const identification = meta && elements(meta, 'identification')[0];
  if (!identification) report(meta ?? bill, 'Missing <identification> in <meta>');
  else {
    if (!identification.attributes['source']) report(identification, 'Missing `source` on <identification>');
    const need: Record<string, string[]> = {
      FRBRWork: ['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor', 'FRBRcountry'],
      FRBRExpression: ['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor', 'FRBRlanguage'],
      FRBRManifestation: ['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor']
    };
    for (const [level, children] of Object.entries(need)) {
      const node = elements(identification, level)[0];
      if (!node) {
        report(identification, `Missing <${level}>`);
        continue;
      }
      for (const child of children) {
        const c = elements(node, child)[0];
        if (!c) report(node, `Missing <${child}> in <${level}>`);
        else if (child === 'FRBRdate' && (!/^\d{4}-\d\d-\d\d$/.test(c.attributes['date'] ?? '') || !c.attributes['name']))
          report(c, 'Expected <FRBRdate> with `date` (YYYY-MM-DD) and `name`');
        else if ((child === 'FRBRthis' || child === 'FRBRuri') && !(c.attributes['value'] ?? '').startsWith('/akn/'))
          report(c, `Expected <${child}> value to be an /akn/ URI`);
      }
    }
  }

  // eIds: unique, and each hierarchical element's built from its hierarchical parent's.
  const eIds = new Map<string, XmlElement>();
  const walk = (node: XmlElement, parentEId: string | undefined) => {
    for (const child of elements(node)) {
      let next = parentEId;
      const allowed = allowedChildren[node.name];
      if (allowed && !allowed.includes(child.name))
        report(child, `Unexpected <${child.name}> in <${node.name}>, expected one of ${allowed.join(', ')}`);
      if (hierarchy.has(child.name) && node.name !== 'references') {
        const eId = child.attributes['eId'];
        if (!eId) report(child, `Missing eId on <${child.name}>`);
        else {
          const last = eId.split('__').at(-1)!;
          const prefix = parentEId ? `${parentEId}__` : '';
          const ownPrefix = new RegExp(`^${abbreviation[child.name]}_`);
          if (!eId.startsWith(prefix) || eId.slice(prefix.length).includes('__') || !ownPrefix.test(last)) {
            report(child, `Unexpected eId \`${eId}\`, expected \`${prefix}${abbreviation[child.name]}_…\` (AKN naming convention)`);
          }
          const num = elements(child, 'num')[0];
          if (child.name !== 'hcontainer' && !num) report(child, `Missing <num> in <${child.name}>`);
          if (num && child.name !== 'part' && child.name !== 'hcontainer' && child.name !== 'attachment') {
            const label = num.children.join('').replace(/^\(|\)$/g, '');
            if (!last.replace(/_\d+$/, '').endsWith(`_${label}`) && last !== `${abbreviation[child.name]}_${label}`)
              report(num, `Number \`${num.children.join('')}\` does not match eId \`${eId}\``);
          }
          const hasContent = elements(child, 'content').length > 0;
          const hasHier = elements(child).some((c) => hierarchy.has(c.name));
          if (child.name !== 'attachment' && hasContent === hasHier)
            report(child, `Expected <${child.name}> to have either <content> or sub-provisions, not ${hasContent ? 'both' : 'neither'}`);
        }
        next = eId ?? parentEId;
      }
      const eId = child.attributes['eId'];
      if (eId) {
        if (eIds.has(eId)) report(child, `Duplicate eId \`${eId}\``);
        eIds.set(eId, child);
      }
      walk(child, next);
    }
  };
  walk(bill, undefined);

  // Links: refs and toc entries to eIds; refersTo to the references in meta.
  for (const node of descendants(bill)) {
    const href = node.attributes['href'];
    if ((node.name === 'ref' || node.name === 'tocItem') && (!href?.startsWith('#') || !eIds.has(href.slice(1))))
      report(node, `Unresolved <${node.name}> href \`${href ?? ''}\``);
    for (const target of (node.attributes['refersTo'] ?? '').split(/\s+/).filter(Boolean)) {
      const to = eIds.get(target.slice(1));
      if (!target.startsWith('#') || !to?.name.startsWith('TLC'))
        report(node, `Unresolved refersTo \`${target}\`, expected a TLC entry in <references>`);
    }
  }
  return problems;
}
