/**
 * Gap analysis of any Act: read its provisions by role
 * ({@link readProvisions}), run each component's detector (registered in
 * the catalogue), and derive the Convention view from the components and a
 * few reporting concepts. Every finding cites and quotes the provisions it
 * rests on, says how sure it is and why, and a component whose deciding
 * text is not available is "cannot tell", never "absent".
 */
import type {Bill} from '../bill/model.js';
import {COMPONENTS, type ComponentInfo, OBLIGATIONS} from './catalogue.js';
import {coreProhibitions, type DetectContext, type Detection, type Hit, readPenalty} from './detectors.js';
import {readProvisions, type Reading} from './provisions.js';
import type {ComponentFinding, Confidence, Evidence, ObligationFinding} from './types.js';
import {ACTS, normaliseForMatch, PLACEHOLDER_HINTS, W} from './words.js';

/** Options for {@link analyseAct}. */
export interface AnalyseOptions {
  /** Longest quoted snippet (characters, default 160). */
  snippetLength?: number;
  /** Read provisions about any weapon as if about cluster munitions (compare's pairing by what sections do; never the gap report). */
  anyWeapon?: boolean;
}

/** The result of analysing an Act (the report adds its envelope). */
export interface ActAnalysis {
  strength: ComponentFinding[];
  convention: ObligationFinding[];
  /** Sections whose text is not available (heading only, repealed, not reproduced). */
  unavailable: number;
  /** For each section number, the components its provisions provide (every provision a detector rests on). */
  bySection: Map<string, Set<string>>;
  /** For each section number, the roles of its provisions. */
  roles: Map<string, Set<string>>;
  /** Whether anything in the Act is about cluster munitions (its title, its Convention, its text). */
  aboutCm: boolean;
}

const RANK: Record<Confidence, number> = {high: 0, medium: 1, low: 2};

/**
 * How a precedent relates to the rating beside it, so it never reads as contradicting it; none when the precedent
 * speaks for itself ("None on record …, Article 5(2) sets the content"), so the report does not say it twice.
 */
export function precedentNote(info: Pick<ComponentInfo, 'precedent'>, rating: ComponentFinding['rating']): string | undefined {
  if (/^None on record\b/.test(info.precedent)) return undefined;
  // A precedent that is itself only partial ("no common-law CCM Act on record sets a clearance duty") is the closest, not a model.
  if (/\bno common-law\b/i.test(info.precedent)) return 'No common-law Act on record does this in full; the closest precedent:';
  if (rating === 'strong') return 'Comparable to a strong precedent.';
  if (rating === 'cannot-tell') return 'For comparison when the text is available: a strong precedent.';
  return rating === 'absent' ? 'What a strong provision looks like: a precedent.' : 'A stronger precedent to compare with.';
}

/**
 * The roles of each section's provisions, read as {@link analyseAct} reads
 * them, without rating anything: compare's model base needs only these (its
 * sections' components come from their provenance), and rating every
 * component of the full model Act was a fifth of comparing an Act with it.
 */
export function sectionRoles(bill: Bill): Map<string, Set<string>> {
  return rolesBySection(readProvisions(bill, {}).readings);
}

/** The roles of the provisions of each section. */
function rolesBySection(readings: readonly Reading[]): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>();
  for (const r of readings)
    if (r.section !== undefined) (roles.get(r.section) ?? roles.set(r.section, new Set()).get(r.section)!).add(r.role);
  return roles;
}

/**
 * Analyse an Act: strength view and Convention view. Takes the Bill, or its
 * flat view (which the matrix holds) when that view carries its Bill.
 */
export function analyseAct(document: Bill | {bill?: Bill | undefined; path: string}, options: AnalyseOptions = {}): ActAnalysis {
  const bill = 'body' in document ? document : document.bill;
  if (!bill) throw new Error(`analyseAct: ${document.path} has no Bill to read`);
  const act = readProvisions(bill, {anyWeapon: options.anyWeapon});
  const readings = act.readings.filter((r) => r.role !== 'purpose');
  const reading = {...act, readings};
  const core = coreProhibitions(reading);
  const context: DetectContext = {act: reading, core, penalty: readPenalty(reading, core)};
  const snippetLength = options.snippetLength ?? 160;
  const evidenceOf = (hits: readonly Hit[], max = 3): Evidence[] => {
    const seen = new Set<string>();
    const out: Evidence[] = [];
    // Strongest first, in the order the detector gives them (what decides first); shown in document order.
    const sorted = [...hits].sort((a, b) => RANK[a.confidence] - RANK[b.confidence]);
    for (const h of sorted) {
      if (seen.has(h.reading.citation)) continue;
      seen.add(h.reading.citation);
      out.push({
        citation: h.reading.citation,
        section: h.reading.section ?? null,
        schedule: h.reading.schedule ?? null,
        line: h.reading.line,
        snippet: snippet(h.reading.text || '(heading only)', h.term, snippetLength),
        confidence: h.confidence,
        role: h.reading.role
      });
      if (out.length >= max) break;
    }
    return out.sort((a, b) => a.line - b.line || a.citation.localeCompare(b.citation));
  };

  const detections = new Map<string, Detection>();
  const bySection = new Map<string, Set<string>>();
  const roles = rolesBySection(act.readings);
  const strength: ComponentFinding[] = COMPONENTS.map((info) => {
    const d = info.detect(context);
    detections.set(info.id, d);
    if (d.rating !== 'absent' && d.rating !== 'cannot-tell')
      for (const h of d.hits) {
        // A schedule item made an offence by a section counts for that section too.
        const section = h.reading.section ?? h.reading.via;
        if (section !== undefined) (bySection.get(section) ?? bySection.set(section, new Set()).get(section)!).add(info.id);
      }
    const evidence = d.rating === 'absent' ? [] : evidenceOf(d.hits);
    const best = [...d.hits].sort((a, b) => RANK[a.confidence] - RANK[b.confidence])[0];
    const confidence: Confidence = d.confidence ?? best?.confidence ?? 'low';
    const confidenceWhy = d.why ?? best?.why ?? '';
    return {
      id: info.id,
      title: info.title,
      articles: info.articles,
      rating: d.rating,
      reason: d.reason,
      precedent: info.precedent,
      precedentNote: d.precedentNote ?? precedentNote(info, d.rating),
      confidence,
      confidenceWhy,
      evidence,
      ...(info.id === 'joint_operations' ? {form: d.form ?? 'none'} : {})
    };
  });
  const findings = new Map(strength.map((f) => [f.id, f]));

  // Convention view: components, and the concepts that only the Convention view asks about.
  // Reporting concepts look only at provisions that speak of reports or Article 7: found once.
  const reporting = readings.filter((r) => W.report.test(r.norm) || /\barticle 7\b/.test(r.norm));
  const concept = (name: string): Hit[] => conceptHits(name, name.startsWith('report_') ? reporting : readings);
  const reportSupport = readings.filter((r) => /\barticle 7\b|\breporting obligations?\b/.test(r.norm));
  // Unavailable text a Convention-view concept could be in (the definitions, for Article 2), as for components.
  const unreadableFor = (name: string): Reading[] => {
    const hint = PLACEHOLDER_HINTS[name];
    return hint && act.aboutCm ? act.unavailable.filter((r) => !r.otherWeaponOnly && hint.test(normaliseForMatch(r.owner.heading))) : [];
  };
  const treaty = bill.schedules.find(
    (sch) => /\bconvention\b/i.test(sch.heading) || /each state party undertakes/i.test(sch.text.slice(0, 600))
  );
  const convention: ObligationFinding[] = OBLIGATIONS.map((o) => {
    const comps = o.components.map((id) => findings.get(id)!);
    const conceptList = (o.concepts ?? []).map((c) => ({name: c, hits: concept(c)}));
    const found = comps.filter((c) => c.rating !== 'absent' && c.rating !== 'cannot-tell');
    const unknown = comps.filter((c) => c.rating === 'cannot-tell');
    const weakOrPartial = comps.filter((c) => c.rating === 'weak' || c.rating === 'partial');
    const absentComps = comps.filter((c) => c.rating === 'absent');
    // A concept whose text may sit in a section that is not available ("Interpretation [text not available]") is not missing.
    const unknownConcepts = conceptList.filter((c) => c.hits.length === 0 && unreadableFor(c.name).length > 0);
    const missingConcepts = conceptList.filter((c) => c.hits.length === 0 && !unknownConcepts.includes(c));
    const ev: Evidence[] = [];
    // Low-confidence evidence only when a component has nothing better: an obligation read as met always cites what it rests on.
    for (const c of found) {
      const firm = c.evidence.filter((e) => e.confidence !== 'low');
      ev.push(...(firm.length > 0 ? firm : c.evidence));
    }
    for (const c of conceptList) ev.push(...evidenceOf(c.hits, 2));
    const evidence = dedupe(ev).slice(0, 4);
    const missing: string[] = [];
    for (const c of [...unknown, ...absentComps, ...weakOrPartial]) missing.push(c.reason);
    for (const c of unknownConcepts) {
      const where = unreadableFor(c.name).map((r) => `${r.citation}${r.owner.heading ? ` (${r.owner.heading})` : ''}`);
      missing.push(`Cannot tell: the text of ${where.slice(0, 3).join(', ')} is not available, and it may hold this.`);
    }
    for (const c of missingConcepts) missing.push(CONCEPT_MISSING[c.name] ?? 'No provision names this reporting item.');
    const anything = found.length > 0 || conceptList.some((c) => c.hits.length > 0);
    const everything = absentComps.length === 0 && unknown.length === 0 && missingConcepts.length === 0 && unknownConcepts.length === 0;
    let status: ObligationFinding['status'] = !anything
      ? unknown.length > 0 || unknownConcepts.length > 0
        ? 'cannot-tell'
        : 'missing'
      : everything && weakOrPartial.length === 0
        ? 'implemented'
        : 'partial';
    // The Convention set out in a schedule gives its definitions some force, short of a definition in the Act.
    if (o.id === 'art-2' && status === 'missing' && treaty) {
      status = 'partial';
      missing.unshift(
        `The Convention is set out in Schedule${treaty.number ? ` ${treaty.number}` : ''}, but no provision defines cluster munition by reference to it.`
      );
    }
    // No retention at all: nothing to authorise, and no Article 3(8) report falls due.
    if (o.id === 'art-3-6-8' && detections.get('retention_authorised')?.notProvided) {
      return {
        id: o.id,
        article: o.article,
        title: o.title,
        status: 'implemented' as const,
        sections: [...new Set(comps[0]!.evidence.map((e) => e.citation))],
        missing: 'Nothing missing: the Act provides for no retention, so there is nothing to authorise and no Article 3(8) report is due.',
        evidence: comps[0]!.evidence
      };
    }
    // A reporting item the Act only supports through information powers is partial, not missing.
    if (
      o.id.startsWith('art-7-') &&
      status === 'missing' &&
      findings.get('information_powers')!.rating !== 'absent' &&
      reportSupport.length > 0
    ) {
      status = 'partial';
      missing.unshift('Only supported by the power to gather information for Article 7 reports.');
    }
    return {
      id: o.id,
      article: o.article,
      title: o.title,
      status,
      sections: [...new Set(evidence.map((e) => e.citation))],
      missing: status === 'implemented' ? '' : [...new Set(missing)].join(' '),
      ...(o.usuallyAdministrative
        ? {note: 'Usually met by administrative measures: absence from the Act is a gap only if nothing else covers it.'}
        : {}),
      evidence
    };
  });
  return {strength, convention, unavailable: act.unavailable.length, bySection, roles, aboutCm: act.aboutCm};
}

const REPORT_TERMS: Record<string, RegExp> = {
  report_measures: /\b(?:implementation|measures)\b/,
  report_stockpiles: /\b(?:types? and quantit\w*|stockpil\w*|stocks)\b/,
  report_technical: /\btechnical characteristics\b/,
  report_facilities: /\b(?:production facilities|conver\w*|decommission\w*)\b/,
  report_destruction_programmes: /\bdestruction programmes?\b/,
  report_destroyed: /\bdestroyed\b/,
  report_discovered: /\bdiscovered\b/,
  report_contaminated: /\bcontaminated\b/,
  report_clearance: /\bclearance\b/,
  report_education: /\brisk (?:reduction )?education\b|\bwarnings?\b/,
  report_victims: /\bvictims?\b/,
  report_institutions: /\b(?:institutions?|bodies mandated|contact)\b/,
  report_resources: /\bresources\b/,
  report_cooperation: /\b(?:co ?operation|assistance provided)\b/,
  report_annual: /\b(?:annual\w*|each year|every year|30 april)\b/
};

const CONCEPT_MISSING: Record<string, string> = {
  definition: 'No definition of cluster munition found (by reference to Article 2 or in full).',
  separate_mark: 'No duty to separate and mark stockpiles for destruction.',
  retention_report: 'No record or report of retained munitions (Article 3(8)).',
  compliance: 'No provision tied to Article 8 compliance or clarification.',
  report_annual: 'No annual update by 30 April.'
};

function conceptHits(name: string, readings: readonly Reading[]): Hit[] {
  const hits = (list: Reading[], term: RegExp, confidence: Confidence, why: string): Hit[] =>
    list.map((reading) => ({reading, term, confidence, why}));
  switch (name) {
    case 'definition':
      return hits(
        readings.filter((r) => W.definitionCm.test(r.norm)),
        W.definitionCm,
        'high',
        'a definition of cluster munition'
      );
    case 'separate_mark':
      return hits(
        readings.filter((r) => W.separate.test(r.norm) && /\bmark\w*\b/.test(r.norm) && ACTS.destroy.test(r.norm)),
        W.separate,
        'medium',
        'a duty to separate and mark for destruction'
      );
    case 'retention_report':
      return hits(
        readings.filter(
          (r) =>
            /\b(?:report\w*|records?)\b/.test(r.norm) &&
            (ACTS.retain.test(r.norm) || /\bauthoris\w*|\bpermission\b/.test(r.norm)) &&
            /\b(?:cluster munitions?|number|quantit\w*|lot)\b/.test(r.norm)
        ),
        /report|record/,
        'medium',
        'a record or report of retained munitions'
      );
    case 'compliance':
      return hits(
        readings.filter((r) => /\barticle 8\b|\bclarification\b|\bfact finding\b|\bcompliance with the convention\b/.test(r.norm)),
        /article 8|clarification|fact|compliance/,
        'high',
        'a provision tied to Article 8'
      );
    default: {
      const re = REPORT_TERMS[name];
      if (!re) return [];
      return hits(
        readings.filter((r) => re.test(r.norm)),
        re,
        'medium',
        'a reporting provision names this item'
      );
    }
  }
}

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    if (seen.has(e.citation)) return false;
    seen.add(e.citation);
    return true;
  });
}

/** A short quote around the first place the term occurs in the original text. */
export function snippet(text: string, term: RegExp, max: number): string {
  if (text.length <= max) return text;
  const lower = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, ' ');
  const source = term.source.replace(/\\b/g, '');
  let at = 0;
  try {
    const m = new RegExp(source).exec(lower);
    if (m) at = m.index;
  } catch {
    at = 0;
  }
  // NFKD can change lengths; clamp into the original.
  at = Math.min(at, text.length - 1);
  let start = Math.max(0, at - Math.floor(max / 3));
  let end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space > 0 && space < at) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

export {imprisonmentYears} from './detectors.js';
