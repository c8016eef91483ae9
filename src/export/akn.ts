/**
 * Akoma Ntoso 3.0 export (`akomaNtoso/bill`, or `act` for an Act as passed),
 * valid against the OASIS schema (schemas/akn/akomantoso30.xsd) and
 * following the naming convention: FRBR identifiers
 * `/akn/<ISO 3166-1 country>/bill/<year>/<name>` with dates from the caller
 * (never the clock), references to `/akn/ontology/…`, `eId`s numbered
 * without gaps (src/export/eids.ts), the front matter in the bill's house
 * style (preface and preamble), the body of `part`/`section`/`subsection`/
 * `paragraph`/`subparagraph` with `num` and `heading`, cross-references as
 * `ref`, defined terms as `def`, each schedule an `attachment`, and each
 * provision linked to its model clause and the Convention articles it
 * implements through `meta/references` + `refersTo` (and `ccm:` attributes
 * for tools).
 *
 * Built as a tree ({@link x}) and serialised by one escaping rule, so no
 * text in the bill can change the document's structure.
 */
import {countryCodePattern} from '../answers/profile.js';
import {type Bill, type Provision, type Run, type Schedule, type Section, allSections} from '../bill/model.js';
import {defaultFrontMatterStyle, type FrontMatterBlock, frontMatterOrder} from '../bill/front-matter.js';
import {sectionLayout} from './eids.js';
import type {BillLinks} from './provenance.js';
import {type XmlChild, type XmlNode, toXml, x} from './xml.js';

/** The Akoma Ntoso 3.0 namespace. */
export const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** Namespace of the tool's own attributes (`ccm:clause`, `ccm:articles`). */
export const ccmNamespace = 'urn:x-ccm-drafter:provenance:1';

/** ISO 3166-1 alpha-2 in lower case, optionally with a subdivision (`it-45`), as AKN IRIs write it: the profile's own rule. */
export const aknCountryPattern = countryCodePattern;

/** The country code used when neither the profile nor the caller gives one: ISO's user-assigned "unknown". */
export const placeholderCountry = 'xx';

/** Options for {@link renderAkn}. */
export interface AknOptions {
  /** Date of this version (FRBR dates), `YYYY-MM-DD`. Injected: never read from the clock here. */
  date: string;
  /** ISO 3166-1 alpha-2 code of the State, lower case ({@link aknCountryPattern}). */
  country: string;
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

/**
 * The work's year and name from the short title ("Cluster Munitions Bill
 * 2027" → 2027, `cluster-munitions`): the document type (bill or act) is
 * already in the IRI, so a final "Bill" or "Act" is not repeated. A title
 * with nothing usable gives the naming convention's `nn` ("no number").
 */
export function workName(title: string, date: string): {year: string; name: string} {
  const m = /^(.*?)[\s,]+((?:19|20)\d\d)$/.exec(title.trim());
  const words = (m ? m[1]! : title).replace(/\s+(Bill|Act)$/i, '');
  return {year: m ? m[2]! : date.slice(0, 4), name: uriSlug(words) || 'nn'};
}

/** The AKN document type of a bill: `act` for an Act as passed, `bill` otherwise. */
export function aknDocType(bill: Pick<Bill, 'stage'>): 'bill' | 'act' {
  return bill.stage === 'act' ? 'act' : 'bill';
}

/** The FRBR IRIs of a bill. */
export function frbrUris(bill: Pick<Bill, 'stage' | 'title'>, options: Pick<AknOptions, 'date' | 'country' | 'language'>) {
  if (!aknCountryPattern.test(options.country))
    throw new Error(`Invalid AKN country ${JSON.stringify(options.country)}, expected an ISO 3166-1 alpha-2 code such as nz`);
  const {year, name} = workName(bill.title.text, options.date);
  const work = `/akn/${options.country}/${aknDocType(bill)}/${year}/${name}`;
  const expression = `${work}/${options.language ?? 'eng'}@${options.date}`;
  return {work, expression, manifestation: `${expression}.akn`};
}

/** The eId of the meta reference to a Convention article (`1(1)(c)` → `ccm-art-1-1-c`). */
const articleId = (article: string) => `ccm-art-${article.replace(/[()]+/g, '-').replace(/-+$/, '')}`;
/** Where a Convention article lives, as an AKN IRI of the treaty (paragraphs and subparagraphs by the naming convention). */
const articleHref = (article: string) => {
  const [art, ...rest] = article.match(/[0-9a-z]+/g) ?? [];
  const parts = [`art_${art}`, ...rest.map((p, i) => (i === 0 ? `para_${p}` : `point_${p}`))];
  return `/akn/un/act/multilateral/2008-05-30/convention-on-cluster-munitions/!main#${parts.join('__')}`;
};
const clauseId = (clause: string) => `model-${uriSlug(clause) || 'clause'}`;
const termId = (term: string) => `term-${uriSlug(term) || 'term'}`;

/** Render a bill as Akoma Ntoso 3.0 XML. Deterministic: the same bill, links and options give the same text. */
export function renderAkn(bill: Bill, options: AknOptions): string {
  const links = options.links;
  const uris = frbrUris(bill, options);
  const docType = aknDocType(bill);
  const legislatureValue = links?.values['legislature.name'];
  const legislature = typeof legislatureValue === 'string' && legislatureValue.trim() ? legislatureValue : 'Parliament';
  const terms = new Map<string, string>();
  const references = new Map<string, XmlNode>();

  const linkAttributes = (eId: string): Record<string, string | undefined> => {
    const link = eId ? links?.byEId.get(eId) : undefined;
    if (!link) return {};
    const refs: string[] = [];
    for (const clause of link.clauses) {
      const id = clauseId(clause);
      references.set(
        id,
        x('TLCConcept', {
          eId: id,
          href: `/akn/ontology/concept/ccm-drafter/${uriSlug(links?.model?.id ?? 'model') || 'model'}/${uriSlug(clause) || 'clause'}`,
          showAs: `Model clause ${clause}${links?.model?.version ? ` (model ${links.model.version})` : ''}`
        })
      );
      refs.push(`#${id}`);
    }
    for (const article of link.articles) {
      references.set(
        articleId(article),
        x('TLCReference', {
          eId: articleId(article),
          name: 'implementsArticle',
          href: articleHref(article),
          showAs: `Convention on Cluster Munitions, Article ${article}`
        })
      );
      refs.push(`#${articleId(article)}`);
    }
    return {
      refersTo: refs.join(' '),
      'ccm:clause': link.clauses.join(' '),
      'ccm:articles': link.articles.length ? link.articles.join(', ') : undefined
    };
  };

  const inline = (runs: readonly Run[], defines?: string): XmlChild[] =>
    runs.map((run) => {
      let node: XmlChild = run.text;
      if (run.italic) node = x('i', null, node);
      if (run.bold) {
        const term = run.text.trim();
        if (defines && term === defines) {
          terms.set(termId(term), term);
          node = x('def', {refersTo: `#${termId(term)}`}, node);
        } else node = x('b', null, node);
      }
      return run.ref ? x('ref', {href: `#${run.ref}`}, node) : node;
    });
  const p = (runs: readonly Run[], defines?: string) => x('p', null, inline(runs, defines));

  const elementOf = (kind: Provision['kind']) => (kind === 'text' ? 'hcontainer' : kind);

  /** A provision: its own text as content (no children) or intro (children follow). */
  const provision = (item: Provision): XmlNode =>
    x(
      elementOf(item.kind),
      {
        eId: item.eId,
        name: item.kind === 'text' ? (item.defines ? 'definition' : 'provision') : undefined,
        ...linkAttributes(item.eId)
      },
      item.num ? x('num', null, item.num) : undefined,
      item.children.length === 0
        ? x('content', null, p(item.block.runs, item.defines))
        : [x('intro', null, p(item.block.runs, item.defines)), ...item.children.map(provision)]
    );

  const section = (s: Section): XmlNode => {
    const layout = sectionLayout(s.children);
    return x(
      'section',
      {eId: s.eId, ...linkAttributes(s.eId)},
      x('num', null, s.number),
      x('heading', null, s.heading),
      layout.mode === 'content'
        ? x('content', null, s.children.length ? s.children.map((c) => p(c.block.runs, c.defines)) : x('p'))
        : [
            layout.intro ? x('intro', null, p(layout.intro.block.runs)) : undefined,
            ...s.children.filter((c) => c !== layout.intro).map(provision)
          ]
    );
  };

  const scheduleLabel = (s: Schedule) => `Schedule${s.number ? ` ${s.number}` : ''}`;

  // Body and attachments first: they fill the references and terms that meta lists.
  const body = x(
    'body',
    null,
    bill.body.map((item) =>
      item.kind === 'part'
        ? x(
            'part',
            {eId: item.eId, ...linkAttributes(item.eId)},
            x('num', null, `Part ${item.number}`),
            x('heading', null, item.heading),
            item.sections.map(section)
          )
        : section(item)
    )
  );

  /** FRBR identification of the bill (`!main`) or of an attached schedule (`!schedule_N`, with its title as an alias). */
  const identification = (component: string, names: {alias?: string; name?: string}) =>
    x(
      'identification',
      {source: '#ccm-drafter'},
      x(
        'FRBRWork',
        null,
        x('FRBRthis', {value: `${uris.work}/${component}`}),
        x('FRBRuri', {value: uris.work}),
        names.alias !== undefined ? x('FRBRalias', {value: names.alias, name: 'title'}) : undefined,
        x('FRBRdate', {date: options.date, name: 'draft'}),
        x('FRBRauthor', {href: '#legislature'}),
        x('FRBRcountry', {value: options.country}),
        names.name !== undefined ? x('FRBRname', {value: names.name}) : undefined
      ),
      x(
        'FRBRExpression',
        null,
        x('FRBRthis', {value: `${uris.expression}/${component}`}),
        x('FRBRuri', {value: uris.expression}),
        x('FRBRdate', {date: options.date, name: 'draft'}),
        x('FRBRauthor', {href: '#ccm-drafter'}),
        x('FRBRlanguage', {language: options.language ?? 'eng'})
      ),
      x(
        'FRBRManifestation',
        null,
        x('FRBRthis', {value: `${uris.expression}/${component}.xml`}),
        x('FRBRuri', {value: uris.manifestation}),
        x('FRBRdate', {date: options.date, name: 'transform'}),
        x('FRBRauthor', {href: '#ccm-drafter'})
      )
    );

  // Each schedule is an attached document of its own (naming convention: component `!schedule_N`).
  const attachments = bill.schedules.map((s, index) => {
    const children = s.children.map((c) => (c.kind === 'text' && c.children.length === 0 ? p(c.block.runs, c.defines) : provision(c)));
    return x(
      'attachment',
      {eId: s.eId, ...linkAttributes(s.eId)},
      x('num', null, scheduleLabel(s)),
      s.heading ? x('heading', null, s.heading) : undefined,
      x(
        'doc',
        {name: 'schedule'},
        x('meta', null, identification(`!schedule_${index + 1}`, {alias: scheduleLabel(s)})),
        x('mainBody', null, children.length > 0 ? children : x('p'))
      )
    );
  });

  // The arrangement of sections, generated from the body so it cannot drift.
  const tocEntry = (href: string, level: number, num: string, heading: string) =>
    x(
      'tocItem',
      {href: `#${href}`, level: String(level)},
      x('inline', {name: 'tocNum'}, num),
      ' ',
      x('inline', {name: 'tocHeading'}, heading)
    );
  const toc = x(
    'toc',
    null,
    bill.body.flatMap((item) =>
      item.kind === 'part'
        ? [tocEntry(item.eId, 1, `Part ${item.number}`, item.heading), ...item.sections.map((s) => tocEntry(s.eId, 2, s.number, s.heading))]
        : [tocEntry(item.eId, 1, item.number, item.heading)]
    ),
    bill.schedules.map((s) => tocEntry(s.eId, 1, scheduleLabel(s), s.heading))
  );

  // Front matter in the bill's house style: the preface holds the title, long title and arrangement;
  // the preamble the recitals and the enacting formula.
  const front: Record<FrontMatterBlock, XmlNode[]> = {
    arrangement: allSections(bill).length > 0 || bill.schedules.length > 0 ? [toc] : [],
    title: [x('p', {class: 'title'}, x('docTitle', null, inline(bill.title.runs)))],
    longTitle: bill.longTitle ? [x('longTitle', null, p(bill.longTitle.runs))] : [],
    preamble: bill.preamble.map((block) => p(block.runs)),
    enactingFormula: bill.enactingFormula ? [x('formula', {name: 'enactingFormula'}, p(bill.enactingFormula.runs))] : []
  };
  const order = frontMatterOrder(bill.frontMatter ?? defaultFrontMatterStyle);
  const prefaceBlocks = order.filter((b) => b === 'arrangement' || b === 'title' || b === 'longTitle').flatMap((b) => front[b]);
  const preambleBlocks = order.filter((b) => b === 'preamble' || b === 'enactingFormula').flatMap((b) => front[b]);

  const sortById = (entries: Iterable<[string, XmlNode]>) =>
    [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, node]) => node);
  const meta = x(
    'meta',
    null,
    identification('!main', {name: bill.title.text}),
    x(
      'references',
      {source: '#ccm-drafter'},
      x('TLCOrganization', {eId: 'ccm-drafter', href: '/akn/ontology/organization/ccm-drafter', showAs: 'ccm-drafter'}),
      x('TLCOrganization', {
        eId: 'legislature',
        href: `/akn/ontology/organization/${options.country}/${uriSlug(legislature) || 'legislature'}`,
        showAs: legislature
      }),
      sortById(references),
      sortById(
        [...terms].map(([id, term]): [string, XmlNode] => [
          id,
          x('TLCTerm', {eId: id, href: `/akn/ontology/term/${options.country}/${id.slice(5)}`, showAs: term})
        ])
      )
    )
  );

  const document = x(
    'akomaNtoso',
    {xmlns: aknNamespace, 'xmlns:ccm': ccmNamespace},
    x(
      docType,
      {name: docType},
      meta,
      prefaceBlocks.length > 0 ? x('preface', null, prefaceBlocks) : undefined,
      preambleBlocks.length > 0 ? x('preamble', null, preambleBlocks) : undefined,
      body,
      attachments.length > 0 ? x('attachments', null, attachments) : undefined
    )
  );
  return toXml(document, {mixed: mixedContent});
}

/** AKN elements whose content is text with inline markup: written on one line so no white space is added to the text. */
const mixedContent: ReadonlySet<string> = new Set(['p', 'num', 'heading', 'docTitle', 'tocItem', 'inline', 'ref', 'def', 'b', 'i']);
