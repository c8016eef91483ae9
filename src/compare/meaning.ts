/**
 * What each section of two Acts does, for pairing them by meaning
 * (`compareActs(…, {meaning})`): the model's sections by their provenance
 * (components, Convention articles) and by reading them, the other Act's by
 * reading them as the gap report does. Kept apart from `compare.ts` so that
 * a comparison of two drafts never loads the gap analysis.
 */
import type {ActDocument} from '../act/types.js';
import {analyseAct} from '../gap/analyze.js';
import {COMPONENTS} from '../gap/catalogue.js';
import {attachProvenance, type Provenance, type SectionOrigin} from './provenance.js';

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
  const signature = (act: ActDocument): Map<number, Set<string>> => {
    const out = new Map<number, Set<string>>();
    if (!act.bill) return out;
    const analysis = analyseAct(act.bill);
    act.sections.forEach((s, i) => {
      const set = new Set<string>();
      // A definitions section defines what the others do; it pairs with the model's by its heading, not its terms.
      const roles = analysis.roles.get(s.number) ?? new Set<string>();
      const definitionsOnly = [...roles].every((r) => r === 'definition' || r === 'other');
      for (const c of definitionsOnly ? [] : (analysis.bySection.get(s.number) ?? [])) {
        set.add(c);
        for (const a of ARTICLES.get(c) ?? []) set.add(articleToken(a));
      }
      for (const role of analysis.roles.get(s.number) ?? []) if (role !== 'other' && role !== 'definition') set.add(`role:${role}`);
      out.set(i, set);
    });
    return out;
  };
  const baseSig = signature(base);
  for (const [i, origin] of baseOrigins) {
    const set = baseSig.get(i) ?? new Set<string>();
    for (const c of origin.record.components) set.add(c);
    for (const a of origin.record.articles) set.add(articleToken(a));
    baseSig.set(i, set);
  }
  return {base: baseSig, other: signature(other)};
}

/** Pairing signatures for an Act compared with the model base (whose provenance is known). */
export function meaningForModelBase(base: ActDocument, other: ActDocument, baseProvenance: Provenance): ReturnType<typeof meaningOf> {
  return meaningOf(base, other, attachProvenance(base, baseProvenance));
}
