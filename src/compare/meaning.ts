/**
 * What each section of two Acts does, for pairing them by meaning
 * (`compareActs(…, {meaning})`): the model's sections by their provenance
 * (components, Convention articles) and by reading them, the other Act's by
 * reading them as the gap report does. Kept apart from `compare.ts` so that
 * a comparison of two drafts never loads the gap analysis.
 */
import type {ActDocument} from '../act/types.js';
import {type ActAnalysis, analyseAct, sectionRoles} from '../gap/analyze.js';
import {COMPONENTS} from '../gap/catalogue.js';
import {attachProvenance, type Provenance, type SectionOrigin} from './provenance.js';
import {actTopics, sectionTopics} from './topics.js';

/** An article as a pairing token: the article itself (`3(2)` and `3(6)` are both Article 3). */
const articleToken = (article: string): string => `art:${/^\d+/.exec(article)?.[0] ?? article}`;

/** The Convention articles each component implements. */
const ARTICLES = new Map(COMPONENTS.map((c) => [c.id as string, c.articles]));

/**
 * What each section does, on both sides, for pairing by meaning: the model's
 * sections by their provenance (components, Convention articles) and by
 * reading them; the other Act's sections by reading them as the gap report
 * does (the components its provisions provide, their roles).
 */
export function meaningOf(
  base: ActDocument,
  other: ActDocument,
  baseOrigins: Map<number, SectionOrigin>
): {base: Map<number, Set<string>>; other: Map<number, Set<string>>} | undefined {
  if (!other.bill) return undefined;
  /**
   * `national`: an Act the tool did not write. Its provisions are read for what they do whatever the weapon (a mines
   * Act's "Prohibited conduct" is its offences section), and its topics also from what a short section says ("This Act
   * comes into operation …"); the model's headings say what its sections are.
   */
  const signature = (act: ActDocument, national: boolean): Map<number, Set<string>> => {
    const out = new Map<number, Set<string>>();
    if (!act.bill) return out;
    // An Act about other weapons only (a mines or chemical weapons Act) is read for what its provisions do with those;
    // an Act about cluster munitions as the gap report reads it (an omnibus Act's mines Part is not its offences clause).
    // The model's sections declare their components (their provenance): of the model, only the roles are read.
    let analysis: Pick<ActAnalysis, 'roles' | 'bySection' | 'aboutCm'> = national
      ? analyseAct(act.bill)
      : {roles: sectionRoles(act.bill), bySection: new Map(), aboutCm: true};
    if (national && !analysis.aboutCm) analysis = analyseAct(act.bill, {anyWeapon: true});
    const topics: Array<Set<string>> = [];
    act.sections.forEach((s, i) => {
      const set = new Set<string>();
      // A definitions section defines what the others do; it pairs with the model's by its heading, not its terms.
      const roles = analysis.roles.get(s.number) ?? new Set<string>();
      const definitionsOnly = [...roles].every((r) => r === 'definition' || r === 'other');
      // The model's clauses declare what they provide (their provenance, added below); reading them again only adds noise.
      for (const c of definitionsOnly || !national ? [] : (analysis.bySection.get(s.number) ?? [])) {
        set.add(c);
        for (const a of ARTICLES.get(c) ?? []) set.add(articleToken(a));
      }
      for (const role of roles) if (role !== 'other' && role !== 'definition') set.add(`role:${role}`);
      const heading = s.heading || marginalNote(s.containers);
      topics[i] = national
        ? sectionTopics(heading, {text: s.text, definitions: definitionsOnly && roles.has('definition')})
        : sectionTopics(heading);
      // A section that only permits ("Enabling destruction": a defence) is one of the Act's exceptions, whatever it is about.
      const permits = roles.has('exception') || roles.has('defence');
      if (national && permits && [...roles].every((r) => PERMISSIVE.has(r))) topics[i]!.add('exceptions');
      out.set(i, set);
    });
    actTopics(topics);
    topics.forEach((list, i) => {
      for (const t of list) out.get(i)!.add(`topic:${t}`);
    });
    return out;
  };
  const baseSig = signature(base, false);
  for (const [i, origin] of baseOrigins) {
    const set = baseSig.get(i) ?? new Set<string>();
    for (const c of origin.record.components) set.add(c);
    for (const a of origin.record.articles) set.add(articleToken(a));
    baseSig.set(i, set);
  }
  return {base: baseSig, other: signature(other, true)};
}

/** Roles of a section that only permits (with its definitions and plain words). */
const PERMISSIVE = new Set(['exception', 'defence', 'definition', 'other']);

/** A section without a heading of its own (Canadian style) goes by the cross-heading above it. */
function marginalNote(containers: readonly string[]): string {
  const last = containers.at(-1) ?? '';
  return /^(?:chapter|part|sub-?part|division|sub-?division)\b/i.test(last) ? '' : last;
}

/** Pairing signatures for an Act compared with the model base (whose provenance is known). */
export function meaningForModelBase(base: ActDocument, other: ActDocument, baseProvenance: Provenance): ReturnType<typeof meaningOf> {
  return meaningOf(base, other, attachProvenance(base, baseProvenance));
}
