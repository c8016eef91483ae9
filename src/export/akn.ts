/**
 * Akoma Ntoso 3.0 export (`akomaNtoso/bill`): FRBR identification with
 * deterministic URIs, preface (title, long title, arrangement as `toc`),
 * preamble (enacting formula), body of `part`/`section`/`subsection`/
 * `paragraph`/`subparagraph` with `num`, `heading` and naming-convention
 * `eId`s, cross-references as `ref`, defined terms as `def`, and each
 * provision linked to its model clause and Convention articles through
 * `meta/references` + `refersTo` (and `ccm:` attributes for tools).
 */
import type {Bill, Provision, Run, Schedule, Section} from '../bill/model.js';
import type {BillLinks} from './provenance.js';
import {escapeAttribute as attr, escapeText as esc} from './xml.js';

/** The Akoma Ntoso 3.0 namespace. */
export const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** Namespace of the tool's own attributes (`ccm:clause`, `ccm:articles`). */
export const ccmNamespace = 'urn:x-ccm-drafter:provenance:1';

/** Options for {@link renderAkn}. */
export interface AknOptions {
  /** Date of this version (FRBR expression and manifestation), `YYYY-MM-DD`. Injected: never read from the clock here. */
  date: string;
  /** FRBR country (default: the jurisdiction id from the provenance file, else `xx`). */
  country?: string | undefined;
  /** ISO 639-2 language of the text (default `eng`). */
  language?: string | undefined;
  links?: BillLinks | undefined;
}

/** Lower-case kebab slug for URIs and ids. */
export function uriSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The work's year and name from the short title ("Cluster Munitions Act 2027" → 2027, `cluster-munitions-act`). */
export function workName(title: string, date: string): {year: string; name: string} {
  const m = /^(.*?)[\s,]+((?:19|20)\d\d)$/.exec(title.trim());
  return m ? {year: m[2]!, name: uriSlug(m[1]!)} : {year: date.slice(0, 4), name: uriSlug(title)};
}

/** The FRBR URIs of a bill. */
export function frbrUris(title: string, options: Pick<AknOptions, 'date' | 'country' | 'language'> & {jurisdiction?: string | undefined}) {
  const country = uriSlug(options.country ?? options.jurisdiction ?? 'xx') || 'xx';
  const {year, name} = workName(title, options.date);
  const work = `/akn/${country}/bill/${year}/${name}`;
  const expression = `${work}/${options.language ?? 'eng'}@${options.date}`;
  return {country, work, expression, manifestation: `${expression}.akn`};
}

const articleId = (article: string) => `ccm-art-${article.replace(/[()]+/g, '-').replace(/-+$/, '')}`;
/** Where a Convention article lives, as an AKN URI of the treaty (paragraphs and subparagraphs by the naming convention). */
const articleHref = (article: string) => {
  const [art, ...rest] = article.match(/[0-9a-z]+/g) ?? [];
  const parts = [`art_${art}`, ...rest.map((p, i) => (i === 0 ? `para_${p}` : `point_${p}`))];
  return `/akn/un/act/multilateral/2008-05-30/convention-on-cluster-munitions/!main#${parts.join('__')}`;
};
const clauseId = (clause: string) => `model-${clause}`;
const termId = (term: string) => `term-${uriSlug(term)}`;

/** Render a bill as Akoma Ntoso 3.0 XML. Deterministic: the same bill, links and options give the same text. */
export function renderAkn(bill: Bill, options: AknOptions): string {
  const links = options.links;
  const uris = frbrUris(bill.title.text, {...options, jurisdiction: links?.jurisdiction?.id});
  const legislature = typeof links?.values['legislature.name'] === 'string' ? (links.values['legislature.name'] as string) : 'Parliament';
  const terms = new Map<string, string>();
  const references = new Map<string, string>();
  const out: string[] = [];
  const w = (line: string, depth: number) => out.push(`${'  '.repeat(depth)}${line}`);

  const linkAttributes = (eId: string): string => {
    const link = links?.byEId.get(eId);
    if (!link) return '';
    const refs: string[] = [];
    for (const clause of link.clauses) {
      references.set(
        clauseId(clause),
        `<TLCReference eId="${attr(clauseId(clause))}" name="modelClause" href="/ccm-drafter/model/${attr(links?.model?.id ?? 'model')}/${attr(links?.model?.version ?? '')}/${attr(clause)}" showAs="${attr(clause)}"/>`
      );
      refs.push(`#${clauseId(clause)}`);
    }
    for (const article of link.articles) {
      references.set(
        articleId(article),
        `<TLCReference eId="${attr(articleId(article))}" name="implementsArticle" href="${attr(articleHref(article))}" showAs="Convention on Cluster Munitions, Article ${attr(article)}"/>`
      );
      refs.push(`#${articleId(article)}`);
    }
    const ccm = ` ccm:clause="${attr(link.clauses.join(' '))}"${link.articles.length ? ` ccm:articles="${attr(link.articles.join(', '))}"` : ''}`;
    return ` refersTo="${attr(refs.join(' '))}"${ccm}`;
  };

  const inline = (runs: readonly Run[], defines?: string): string =>
    runs
      .map((run) => {
        let text = esc(run.text);
        if (run.italic) text = `<i>${text}</i>`;
        if (run.bold) {
          const term = run.text.trim();
          if (defines && term === defines) {
            terms.set(termId(term), term);
            text = `<def refersTo="#${termId(term)}">${text}</def>`;
          } else text = `<b>${text}</b>`;
        }
        return run.ref ? `<ref href="#${attr(run.ref)}">${text}</ref>` : text;
      })
      .join('');

  const hierName = (p: Provision) => (p.kind === 'text' ? 'hcontainer' : p.kind);

  /** A provision: its own text as content (no children) or intro (children follow). */
  const provision = (p: Provision, depth: number) => {
    const name = hierName(p);
    const nameAttr = p.kind === 'text' ? ` name="${p.defines ? 'definition' : 'provision'}"` : '';
    w(`<${name} eId="${attr(p.eId)}"${nameAttr}${linkAttributes(p.eId)}>`, depth);
    if (p.num) w(`<num>${esc(p.num)}</num>`, depth + 1);
    if (p.children.length === 0) {
      w(`<content><p>${inline(p.block.runs, p.defines)}</p></content>`, depth + 1);
    } else {
      w(`<intro><p>${inline(p.block.runs, p.defines)}</p></intro>`, depth + 1);
      for (const child of p.children) provision(child, depth + 1);
    }
    w(`</${name}>`, depth);
  };

  /** The inside of a section or schedule. */
  const container = (children: readonly Provision[], depth: number) => {
    if (children.every((c) => c.kind === 'text' && c.children.length === 0)) {
      w('<content>', depth);
      for (const c of children) w(`<p>${inline(c.block.runs, c.defines)}</p>`, depth + 1);
      if (children.length === 0) w('<p/>', depth + 1);
      w('</content>', depth);
      return;
    }
    let rest = children;
    // Leading plain text ("In this Act, unless the context otherwise requires:") is the section's intro.
    const lead = children[0];
    if (lead && lead.kind === 'text' && lead.children.length === 0 && !lead.defines) {
      w(`<intro><p>${inline(lead.block.runs)}</p></intro>`, depth);
      rest = children.slice(1);
    }
    for (const child of rest) provision(child, depth);
  };

  const section = (s: Section, depth: number) => {
    w(`<section eId="${attr(s.eId)}"${linkAttributes(s.eId)}>`, depth);
    w(`<num>${esc(s.number)}</num>`, depth + 1);
    w(`<heading>${esc(s.heading)}</heading>`, depth + 1);
    container(s.children, depth + 1);
    w('</section>', depth);
  };

  const schedule = (s: Schedule, depth: number) => {
    w(`<hcontainer eId="${attr(s.eId)}" name="schedule"${linkAttributes(s.eId)}>`, depth);
    w(`<num>${esc(`Schedule${s.number ? ` ${s.number}` : ''}`)}</num>`, depth + 1);
    if (s.heading) w(`<heading>${esc(s.heading)}</heading>`, depth + 1);
    container(s.children, depth + 1);
    w('</hcontainer>', depth);
  };

  // Body first (it fills the references and terms that meta lists), then assemble.
  for (const item of bill.body) {
    if (item.kind === 'part') {
      w(`<part eId="${attr(item.eId)}"${linkAttributes(item.eId)}>`, 3);
      w(`<num>Part ${esc(item.number)}</num>`, 4);
      w(`<heading>${esc(item.heading)}</heading>`, 4);
      for (const s of item.sections) section(s, 4);
      w('</part>', 3);
    } else section(item, 3);
  }
  for (const s of bill.schedules) schedule(s, 3);
  const bodyLines = out.splice(0);

  const title = esc(bill.title.text);
  w('<?xml version="1.0" encoding="UTF-8"?>', 0);
  w(`<akomaNtoso xmlns="${aknNamespace}" xmlns:ccm="${ccmNamespace}">`, 0);
  w(`<bill name="${attr(workName(bill.title.text, options.date).name)}">`, 1);
  w('<meta>', 2);
  w('<identification source="#ccm-drafter">', 3);
  w('<FRBRWork>', 4);
  w(`<FRBRthis value="${attr(uris.work)}/!main"/>`, 5);
  w(`<FRBRuri value="${attr(uris.work)}"/>`, 5);
  w(`<FRBRdate date="${attr(options.date)}" name="draft"/>`, 5);
  w('<FRBRauthor href="#legislature"/>', 5);
  w(`<FRBRcountry value="${attr(uris.country)}"/>`, 5);
  w(`<FRBRname value="${title}"/>`, 5);
  w('</FRBRWork>', 4);
  w('<FRBRExpression>', 4);
  w(`<FRBRthis value="${attr(uris.expression)}/!main"/>`, 5);
  w(`<FRBRuri value="${attr(uris.expression)}"/>`, 5);
  w(`<FRBRdate date="${attr(options.date)}" name="draft"/>`, 5);
  w('<FRBRauthor href="#ccm-drafter"/>', 5);
  w(`<FRBRlanguage language="${attr(options.language ?? 'eng')}"/>`, 5);
  w('</FRBRExpression>', 4);
  w('<FRBRManifestation>', 4);
  w(`<FRBRthis value="${attr(uris.expression)}/!main.xml"/>`, 5);
  w(`<FRBRuri value="${attr(uris.manifestation)}"/>`, 5);
  w(`<FRBRdate date="${attr(options.date)}" name="transform"/>`, 5);
  w('<FRBRauthor href="#ccm-drafter"/>', 5);
  w('</FRBRManifestation>', 4);
  w('</identification>', 3);
  w('<references source="#ccm-drafter">', 3);
  w('<TLCOrganization eId="ccm-drafter" href="/ontology/organization/ccm-drafter" showAs="ccm-drafter"/>', 4);
  w(
    `<TLCOrganization eId="legislature" href="/ontology/organization/${attr(uris.country)}/${attr(uriSlug(legislature))}" showAs="${attr(legislature)}"/>`,
    4
  );
  for (const [, line] of [...references].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) w(line, 4);
  for (const [id, term] of [...terms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    w(`<TLCTerm eId="${attr(id)}" href="/ontology/term/ccm-drafter/${attr(id.slice(5))}" showAs="${attr(term)}"/>`, 4);
  }
  w('</references>', 3);
  w('</meta>', 2);
  w('<preface>', 2);
  w(`<p class="title"><docTitle>${title}</docTitle></p>`, 3);
  if (bill.longTitle) w(`<longTitle><p>${inline(bill.longTitle.runs)}</p></longTitle>`, 3);
  // The arrangement of sections, generated from the body so it cannot drift.
  w('<toc>', 3);
  for (const item of bill.body) {
    if (item.kind === 'part') {
      w(
        `<tocItem href="#${attr(item.eId)}" level="1"><inline name="tocNum">Part ${esc(item.number)}</inline> <inline name="tocHeading">${esc(item.heading)}</inline></tocItem>`,
        4
      );
    }
    for (const s of item.kind === 'part' ? item.sections : [item]) {
      w(
        `<tocItem href="#${attr(s.eId)}" level="${item.kind === 'part' ? 2 : 1}"><inline name="tocNum">${esc(s.number)}</inline> <inline name="tocHeading">${esc(s.heading)}</inline></tocItem>`,
        4
      );
    }
  }
  for (const s of bill.schedules) {
    w(
      `<tocItem href="#${attr(s.eId)}" level="1"><inline name="tocNum">Schedule${s.number ? ` ${esc(s.number)}` : ''}</inline> <inline name="tocHeading">${esc(s.heading)}</inline></tocItem>`,
      4
    );
  }
  w('</toc>', 3);
  w('</preface>', 2);
  if (bill.enactingFormula || bill.preamble.length > 0) {
    w('<preamble>', 2);
    for (const p of bill.preamble) w(`<p>${inline(p.runs)}</p>`, 3);
    if (bill.enactingFormula) w(`<formula name="enactingFormula"><p>${inline(bill.enactingFormula.runs)}</p></formula>`, 3);
    w('</preamble>', 2);
  }
  w('<body>', 2);
  out.push(...bodyLines);
  w('</body>', 2);
  w('</bill>', 1);
  w('</akomaNtoso>', 0);
  return `${out.join('\n')}\n`;
}
