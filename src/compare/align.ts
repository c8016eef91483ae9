/**
 * Alignment: pair the sections of two Acts and classify each pair.
 *
 * Cheap signatures first, expensive comparison last, so the work grows with
 * the number of *changed* sections rather than with the square of the Act:
 *
 * 1. provenance: the same model clause id on both sides;
 * 2. exact equality of normalized heading + body, then of body alone
 *    (unchanged, renumbered and moved sections; Map lookups, linear);
 * 3. similarity of word bigrams among the sections still unpaired, found
 *    through an inverted index (modified sections);
 * 4. containment among what is left, for splits and merges;
 * 5. a longest increasing subsequence over the pairs to find what moved.
 */
import {containment, dice, intersectionSize, shingles} from './normalize.js';
import {topicAgreement} from './topics.js';
import type {CompareUnit} from './units.js';

/** How a pair (or group) of sections relates. */
export type ChangeKind = 'unchanged' | 'renumbered' | 'moved' | 'modified' | 'added' | 'removed' | 'split' | 'merged';

/** How the pair was found. */
export type MatchMethod = 'provenance' | 'exact' | 'meaning' | 'heading' | 'similarity' | 'containment';

/** One row of the alignment: base units against other units (indices into each side's units). */
export interface AlignedGroup {
  kind: ChangeKind;
  /** Base unit indices: none for `added`, several for `merged`. */
  base: number[];
  /** Other unit indices: none for `removed`, several for `split`. */
  other: number[];
  /** Order changed relative to the neighbours (also set on modified and renumbered pairs). */
  moved: boolean;
  /** Number changed (also set on moved and modified pairs). */
  renumbered: boolean;
  /** Heading changed (a modified pair). */
  headingChanged: boolean;
  /** Dice similarity of the texts (1 for equal texts, 0 for added/removed). */
  similarity: number;
  method: MatchMethod | null;
}

/** Tuning knobs; the defaults suit Acts. */
export interface AlignOptions {
  /** Minimum similarity to pair two sections with different headings (default 0.5). */
  minSimilarity?: number;
  /** Minimum similarity to pair two sections with the same heading (default 0.2). */
  minSimilaritySameHeading?: number;
  /** Minimum share of a part's text found in the whole for a split or merge (default 0.6). */
  minContainment?: number;
  /**
   * What each unit does (strength components it provides, Convention
   * articles, roles), by unit index, when known for both sides: units are
   * then first paired by meaning, one base unit or several to one other unit.
   */
  meaning?: {base: ReadonlyMap<number, ReadonlySet<string>>; other: ReadonlyMap<number, ReadonlySet<string>>} | undefined;
}

/** Placeholder text ("[Repealed]", "[text not reconstructed]"): never a reason to pair two sections. */
const PLACEHOLDER =
  /^\W*(?:repealed|revoked|spent|omitted|not reproduced|reserved|text not (?:available|reconstructed|reproduced))\b[\s\S]{0,80}$/i;
const isPlaceholder = (unit: CompareUnit): boolean => unit.key.length < 120 && PLACEHOLDER.test(unit.key);

/** Shingles that occur in more units than this are too common to find candidates with. */
const MAX_POSTING = 64;
/** Share of a whole's shingles each part of a split or merge must alone provide. */
const MIN_OWN_SHARE = 0.15;
/** Candidates per unit scored exactly after the inverted-index count. */
const TOP_CANDIDATES = 8;
/** Share of the shorter heading's words the other heading must have for "similar headings" (step 4b). */
const MIN_HEADING_OVERLAP = 0.5;
/** Text similarity that sections with similar headings still need, so unrelated texts never pair. */
const MIN_SIMILARITY_SIMILAR_HEADING = 0.1;
/** Words too common in headings to say two headings are alike. */
const HEADING_STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'under',
  'with',
  'act',
  'this',
  'section',
  'sections',
  // "Meaning of cluster munition" and "Meaning of 'officer'" define different things.
  'meaning'
]);

/** Content words of a normalized heading. */
/** Headings that say the same thing in other words. */
const HEADING_SYNONYMS: Array<[RegExp, string]> = [
  [/\bcoming into force\b|\bcommencement\b/g, 'commencement'],
  [/\b(?:power to make )?rules\b/g, 'regulations'],
  [/\bcitation\b/g, 'short title'],
  [/\bextra ?-?territorial\b/g, 'outside']
];

function headingWords(headingKey: string): Set<string> {
  let key = headingKey;
  for (const [re, to] of HEADING_SYNONYMS) key = key.replace(re, to);
  // Words compared by their first four letters: "seize" and "seizure", "regulation" and "regulations".
  return new Set(
    key
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !HEADING_STOP_WORDS.has(w))
      .map((w) => w.slice(0, 4))
  );
}

/** Shared words over the size of the smaller set (0 when either is empty). */
function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

interface Pair {
  base: number;
  other: number;
  method: MatchMethod;
  similarity: number;
}

/**
 * Align two lists of units (see {@link unitsOf}). Returns groups in reading
 * order of the other text, removed sections placed after the nearest
 * preceding base section that survives.
 */
export function alignUnits(base: readonly CompareUnit[], other: readonly CompareUnit[], options: AlignOptions = {}): AlignedGroup[] {
  const minSimilarity = options.minSimilarity ?? 0.5;
  const minSameHeading = options.minSimilaritySameHeading ?? 0.2;
  const minContainment = options.minContainment ?? 0.6;

  const baseTo = new Array<number>(base.length).fill(-1);
  const otherTo = new Array<number>(other.length).fill(-1);
  const pairs: Pair[] = [];
  const pair = (b: number, o: number, method: MatchMethod, similarity: number): void => {
    baseTo[b] = o;
    otherTo[o] = b;
    pairs.push({base: b, other: o, method, similarity});
  };

  // 1. Provenance. Two different clause ids are two different clauses, so
  // such units never pair by text later either.
  const otherByClause = new Map<string, number>();
  for (const unit of other) if (unit.clauseId && !otherByClause.has(unit.clauseId)) otherByClause.set(unit.clauseId, unit.index);
  for (const unit of base) {
    const match = unit.clauseId ? otherByClause.get(unit.clauseId) : undefined;
    if (match !== undefined && otherTo[match] === -1) {
      pair(unit.index, match, 'provenance', unit.key === other[match]!.key ? 1 : -1);
    }
  }
  const compatible = (b: CompareUnit, o: CompareUnit): boolean =>
    !(b.clauseId && o.clauseId && b.clauseId !== o.clauseId) && b.kind === o.kind;

  // 2. Exact signatures: heading + body, then body alone when it is long
  // enough to be distinctive ("[Repealed]" is not).
  // Raw bodies first: sections printed identically pair without their text being read at all.
  exactPass(base, other, baseTo, otherTo, compatible, pair, (u) => u.rawKey);
  exactPass(base, other, baseTo, otherTo, compatible, pair, (u) => u.key);

  // 3. Similarity among the unpaired only.
  const baseShingles = new Map<number, Set<string>>();
  const otherShingles = new Map<number, Set<string>>();
  const shinglesOf = (cache: Map<number, Set<string>>, unit: CompareUnit): Set<string> => {
    let set = cache.get(unit.index);
    if (!set) {
      set = shingles(`${unit.heading} ${unit.key}`);
      cache.set(unit.index, set);
    }
    return set;
  };
  // 2b. Meaning: what the sections do (components, articles, roles), when both sides are known.
  const meaningGroups: Group[] = options.meaning
    ? meaningPass(base, other, baseTo, otherTo, options.meaning, pair, compatible, (b, o) =>
        dice(shinglesOf(baseShingles, base[b]!), shinglesOf(otherShingles, other[o]!))
      )
    : [];

  const freeBase = base.filter((u) => baseTo[u.index] === -1 && !isPlaceholder(u));
  const freeOther = other.filter((u) => otherTo[u.index] === -1 && !isPlaceholder(u));
  if (freeBase.length > 0 && freeOther.length > 0) {
    const index = invertedIndex(freeOther, (u) => shinglesOf(otherShingles, u));
    const byHeading = new Map<string, number[]>();
    for (const unit of freeOther) if (unit.headingKey) push(byHeading, unit.headingKey, unit.index);
    const candidates: Pair[] = [];
    for (const unit of freeBase) {
      const mine = shinglesOf(baseShingles, unit);
      const found = new Set(topCandidates(mine, index, TOP_CANDIDATES));
      for (const o of byHeading.get(unit.headingKey) ?? []) found.add(o);
      for (const o of found) {
        const theirs = other[o]!;
        if (!compatible(unit, theirs)) continue;
        const similarity = dice(mine, shinglesOf(otherShingles, theirs));
        const sameHeading = unit.headingKey !== '' && unit.headingKey === theirs.headingKey;
        if (similarity >= minSimilarity || (sameHeading && similarity >= minSameHeading)) {
          candidates.push({
            base: unit.index,
            other: o,
            method: sameHeading && similarity < minSimilarity ? 'heading' : 'similarity',
            similarity
          });
        }
      }
    }
    // Best first; among equals, the pair closest in position (two similar
    // boilerplate sections pair with their own counterparts).
    candidates.sort((x, y) => y.similarity - x.similarity || Math.abs(x.base - x.other) - Math.abs(y.base - y.other) || x.base - y.base);
    for (const c of candidates) if (baseTo[c.base] === -1 && otherTo[c.other] === -1) pair(c.base, c.other, c.method, c.similarity);
  }

  // Provenance pairs whose texts differ get their similarity now (only those).
  for (const p of pairs) {
    if (p.similarity < 0) p.similarity = dice(shinglesOf(baseShingles, base[p.base]!), shinglesOf(otherShingles, other[p.other]!));
  }

  // 4. Splits (one base → several other) and merges (several base → one other).
  for (const g of meaningGroups) {
    g.pairs = pairs.filter((p) => g.other.includes(p.other) && g.base.includes(p.base));
    const union = (units: readonly CompareUnit[], list: number[], cache: Map<number, Set<string>>): Set<string> => {
      const all = new Set<string>();
      for (const i of list) for (const t of shinglesOf(cache, units[i]!)) all.add(t);
      return all;
    };
    g.similarity = Math.round(dice(union(base, g.base, baseShingles), union(other, g.other, otherShingles)) * 1000) / 1000;
  }
  const groups = [
    ...meaningGroups,
    ...findGroups(base, other, baseTo, otherTo, pairs, minContainment, shinglesOf, baseShingles, otherShingles, compatible)
  ];

  // 4b. Among what is still alone, sections whose headings say the same thing ("Short title" and "Short
  // title and commencement", "Prohibited acts" and "Prohibited conduct") and whose texts are not
  // unrelated are the same clause drafted differently: two Acts of different States read best that way.
  // Splits and merges were found first, so they are never taken apart here.
  const inGroups = {base: new Set(groups.flatMap((g) => g.base)), other: new Set(groups.flatMap((g) => g.other))};
  const looseBase = base.filter((u) => baseTo[u.index] === -1 && !inGroups.base.has(u.index));
  const looseOther = other.filter((u) => otherTo[u.index] === -1 && !inGroups.other.has(u.index));
  if (looseBase.length > 0 && looseOther.length > 0 && looseBase.length * looseOther.length <= 250_000) {
    const candidates: Array<Pair & {overlap: number}> = [];
    for (const b of looseBase) {
      const words = headingWords(b.headingKey);
      if (words.size === 0) continue;
      for (const o of looseOther) {
        const overlap = wordOverlap(words, headingWords(o.headingKey));
        if (overlap < MIN_HEADING_OVERLAP || !compatible(b, o) || isPlaceholder(b) || isPlaceholder(o)) continue;
        const similarity = dice(shinglesOf(baseShingles, b), shinglesOf(otherShingles, o));
        // The same heading ("Regulations", "Interpretation") is the same clause however differently drafted;
        // a merely similar heading also needs some text in common (the floor), so unrelated texts never pair.
        // All the words of a heading of two words or more found in the other ("Regulations" is one word: it needs the same heading).
        const whole = overlap === 1 && Math.min(words.size, headingWords(o.headingKey).size) >= 2;
        // When what the sections do is known, doing the same thing (both exceptions) stands in for the text in
        // common: a one-sentence exception and the model's long list of exceptions share few words.
        const sameRole = overlap === 1 && options.meaning !== undefined && sharesRole(options.meaning, b.index, o.index);
        if (b.headingKey === o.headingKey || whole || sameRole || similarity >= MIN_SIMILARITY_SIMILAR_HEADING)
          candidates.push({base: b.index, other: o.index, method: 'heading', similarity, overlap});
      }
    }
    candidates.sort((x, y) => y.overlap - x.overlap || y.similarity - x.similarity || x.base - y.base);
    for (const c of candidates) if (baseTo[c.base] === -1 && otherTo[c.other] === -1) pair(c.base, c.other, c.method, c.similarity);
  }

  // 5. Classify pairs; moves by LIS over the 1:1 pairs.
  const grouped = new Set<Pair>(groups.flatMap((g) => g.pairs));
  const single = pairs.filter((p) => !grouped.has(p)).sort((x, y) => x.base - y.base);
  const keep = longestIncreasing(single.map((p) => p.other));
  const result: AlignedGroup[] = [];
  single.forEach((p, i) => {
    const b = base[p.base]!;
    const o = other[p.other]!;
    const moved = !keep.has(i);
    const renumbered = b.numberKey !== o.numberKey;
    const headingChanged = b.headingKey !== o.headingKey;
    const sameText = (p.method === 'exact' && p.similarity === 1) || b.key === o.key;
    const kind: ChangeKind = !sameText || headingChanged ? 'modified' : moved ? 'moved' : renumbered ? 'renumbered' : 'unchanged';
    result.push({
      kind,
      base: [p.base],
      other: [p.other],
      moved,
      renumbered,
      headingChanged,
      similarity: sameText ? 1 : p.similarity,
      method: p.method
    });
  });
  for (const g of groups) {
    result.push({
      kind: g.kind,
      base: g.base,
      other: g.other,
      moved: false,
      renumbered: false,
      headingChanged: false,
      similarity: g.similarity,
      method: g.method ?? 'containment'
    });
  }
  const inGroupBase = new Set(result.flatMap((g) => g.base));
  const inGroupOther = new Set(result.flatMap((g) => g.other));
  for (const unit of base) if (!inGroupBase.has(unit.index)) result.push(lone('removed', [unit.index], []));
  for (const unit of other) if (!inGroupOther.has(unit.index)) result.push(lone('added', [], [unit.index]));
  return orderGroups(result, base.length);
}

function lone(kind: 'added' | 'removed', b: number[], o: number[]): AlignedGroup {
  return {kind, base: b, other: o, moved: false, renumbered: false, headingChanged: false, similarity: 0, method: null};
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Pair units with equal normalized bodies. Short bodies ("[Repealed]") are
 * not distinctive, so they also need equal headings. Among several equal
 * candidates: the same number and heading first, then the same heading,
 * then document order.
 */
function exactPass(
  base: readonly CompareUnit[],
  other: readonly CompareUnit[],
  baseTo: number[],
  otherTo: number[],
  compatible: (b: CompareUnit, o: CompareUnit) => boolean,
  pair: (b: number, o: number, method: MatchMethod, similarity: number) => void,
  keyOf: (unit: CompareUnit) => string
): void {
  const byKey = new Map<string, number[]>();
  for (const unit of other) if (otherTo[unit.index] === -1) push(byKey, keyOf(unit), unit.index);
  const tiers: Array<(b: CompareUnit, o: CompareUnit) => boolean> = [
    (b, o) => b.numberKey === o.numberKey && b.headingKey === o.headingKey,
    (b, o) => b.headingKey === o.headingKey,
    (b, _o) => keyOf(b).length >= 40 && !isPlaceholder(b)
  ];
  let pending = base.filter((u) => baseTo[u.index] === -1 && byKey.has(keyOf(u)));
  for (const tier of tiers) {
    const next: CompareUnit[] = [];
    for (const unit of pending) {
      const list = byKey.get(keyOf(unit))!;
      const at = list.findIndex((o) => tier(unit, other[o]!) && compatible(unit, other[o]!));
      if (at === -1) {
        next.push(unit);
        continue;
      }
      pair(unit.index, list[at]!, 'exact', 1);
      list.splice(at, 1);
    }
    pending = next;
  }
}

type ShinglesOf = (cache: Map<number, Set<string>>, unit: CompareUnit) => Set<string>;

function invertedIndex(units: readonly CompareUnit[], of: (u: CompareUnit) => Set<string>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const unit of units) for (const s of of(unit)) push(index, s, unit.index);
  return index;
}

/** The units sharing the most informative shingles with `mine`. */
function topCandidates(mine: ReadonlySet<string>, index: ReadonlyMap<string, number[]>, limit: number): number[] {
  const counts = new Map<number, number>();
  for (const s of mine) {
    const list = index.get(s);
    if (!list || list.length > MAX_POSTING) continue;
    for (const o of list) counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, limit)
    .map(([o]) => o);
}

interface Group {
  kind: 'split' | 'merged';
  base: number[];
  other: number[];
  similarity: number;
  pairs: Pair[];
  method?: MatchMethod;
}

/**
 * Roles specific enough to stand in for shared text: what an exception or a penalty does is narrow;
 * "application" (extent, binding the Crown, jurisdiction) and "procedure" cover unlike clauses.
 */
const PAIRING_ROLES = new Set(['role:offence', 'role:exception', 'role:defence', 'role:penalty', 'role:power', 'role:duty']);

/** Whether a base unit and an other unit have a specific role in common (`role:exception`) in the meaning signatures. */
function sharesRole(meaning: NonNullable<AlignOptions['meaning']>, b: number, o: number): boolean {
  const sb = meaning.base.get(b);
  if (!sb) return false;
  for (const t of meaning.other.get(o) ?? []) if (PAIRING_ROLES.has(t) && sb.has(t)) return true;
  return false;
}

/** Content words of a heading, for the meaning pass. */
function overlapOf(a: CompareUnit, b: CompareUnit): number {
  return wordOverlap(headingWords(a.headingKey), headingWords(b.headingKey));
}

/**
 * Pair units by what they do: the strength components they provide, the
 * Convention articles, their roles, and their topics (what their headings
 * say, synonyms read: "Cognizance of offences" is about consent to
 * prosecution; a section whose text is not available has only its heading).
 * Best score first; an other unit whose best partner is already taken by a
 * unit doing the same thing joins it (the model's one offences section for
 * an Act with a section per offence: a split), and an other unit that does
 * more than its partner also takes the free base units that do the rest
 * (an exceptions section that covers the model's retention and exceptions
 * clauses, "Short title and commencement": a merge). Units that do nothing
 * the catalogue knows pair later by text.
 */
function meaningPass(
  base: readonly CompareUnit[],
  other: readonly CompareUnit[],
  baseTo: number[],
  otherTo: number[],
  meaning: NonNullable<AlignOptions['meaning']>,
  pair: (b: number, o: number, method: MatchMethod, similarity: number) => void,
  compatible: (b: CompareUnit, o: CompareUnit) => boolean,
  similarity: (b: number, o: number) => number
): Group[] {
  const strong = (set: ReadonlySet<string>): string[] => [...set].filter((t) => !t.startsWith('role:') && !t.startsWith('topic:'));
  const components = (set: ReadonlySet<string>): string[] => [...set].filter((t) => !t.includes(':'));
  const topicsOf = (set: ReadonlySet<string>): Set<string> =>
    new Set([...set].filter((t) => t.startsWith('topic:')).map((t) => t.slice(6)));
  const rolesOf = (set: ReadonlySet<string>): string[] => [...set].filter((t) => t.startsWith('role:'));
  const empty = new Set<string>();
  const baseSig = base.map((u) => meaning.base.get(u.index) ?? empty);
  const otherSig = other.map((u) => meaning.other.get(u.index) ?? empty);
  const baseTopics = baseSig.map(topicsOf);
  const otherTopics = otherSig.map(topicsOf);
  // A shared component weighs four times a shared article: articles are broad (9, 1(1)(c)), components are not.
  const weight = (t: string): number => (t.startsWith('art:') ? 0.25 : 1);
  interface Candidate {
    b: number;
    o: number;
    score: number;
    topic: number;
    subset: boolean;
    roles: boolean;
    /** The two units share a component. */
    components: boolean;
    /** Both headings name topics, and not the same or related ones. */
    mismatch: boolean;
  }
  const candidates: Candidate[] = [];
  for (const o of other) {
    if (otherTo[o.index] !== -1) continue;
    const so = otherSig[o.index]!;
    const oComps = components(so);
    const oTopics = otherTopics[o.index]!;
    if (oComps.length === 0 && oTopics.size === 0) continue;
    const placeholder = isPlaceholder(o);
    for (const b of base) {
      if (baseTo[b.index] !== -1 || !compatible(b, o)) continue;
      const sb = baseSig[b.index]!;
      const bComps = components(sb);
      const topic = topicAgreement(oTopics, baseTopics[b.index]!);
      const sharesComponent = !placeholder && oComps.some((t) => sb.has(t));
      if (!sharesComponent && topic === 0) continue;
      let compScore = 0;
      if (sharesComponent) {
        const union = new Set([...strong(so), ...strong(sb)]);
        let shared = 0;
        let total = 0;
        for (const t of union) {
          total += weight(t);
          if (so.has(t) && sb.has(t)) shared += weight(t);
        }
        compScore = shared / total;
      }
      const roles = rolesOf(so).some((t) => sb.has(t));
      // A section that only permits (exceptions, defences) is not a duty or power of the model's, nor the reverse.
      const permissiveOnly = (set: ReadonlySet<string>): boolean =>
        rolesOf(set).length > 0 && rolesOf(set).every((t) => t === 'role:exception' || t === 'role:defence');
      const kindMismatch = permissiveOnly(so) && !sb.has('role:exception') && !sb.has('role:defence');
      const text = placeholder || isPlaceholder(b) ? 0 : similarity(b.index, o.index);
      candidates.push({
        b: b.index,
        o: o.index,
        // What a heading says (synonyms read) weighs as much as what the provisions do: components read by patterns can be
        // incidental (a customs clause is partly about transit), a heading names the clause.
        // Headings that name different things ("Licensing", "Offences") count against the pair.
        score:
          compScore +
          topic -
          (topic === 0 && oTopics.size > 0 && baseTopics[b.index]!.size > 0 ? 0.3 : 0) -
          (kindMismatch ? 0.3 : 0) +
          0.1 * overlapOf(b, o) +
          (roles ? 0.1 : 0) +
          0.3 * text,
        topic,
        subset: oComps.length > 0 && oComps.every((t) => bComps.includes(t)),
        roles,
        components: sharesComponent,
        mismatch: topic === 0 && oTopics.size > 0 && baseTopics[b.index]!.size > 0
      });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.b - y.b || x.o - y.o);
  const partner = new Map<number, number>();
  const partnerOfBase = new Map<number, number>();
  const splits = new Map<number, number[]>();
  for (const c of candidates) {
    if (otherTo[c.o] !== -1) continue;
    if (baseTo[c.b] === -1) {
      pair(c.b, c.o, 'meaning', -1);
      partner.set(c.o, c.b);
      partnerOfBase.set(c.b, c.o);
      continue;
    }
    // Its best match is taken by a unit doing the same thing: it is part of that clause, drafted as several sections.
    const first = partnerOfBase.get(c.b);
    // Only a unit that does something the catalogue knows (a component) joins: a heading alone is too little to call it part of the clause.
    if (first === undefined || !c.components || !(c.topic === 1 || c.subset || !c.mismatch) || !c.roles) continue;
    otherTo[c.o] = c.b;
    const list = splits.get(c.b) ?? [first];
    list.push(c.o);
    splits.set(c.b, list);
  }
  // One other unit, several base units: what the partner does not do (components, topics), free base units may.
  const groups: Group[] = [];
  for (const [o, b] of partner) {
    if (splits.has(b)) continue;
    const uncovered = new Set(components(otherSig[o]!));
    for (const t of baseSig[b]!) uncovered.delete(t);
    const topics = new Set(otherTopics[o]!);
    for (const t of baseTopics[b]!) topics.delete(t);
    if (uncovered.size === 0 && topics.size === 0) continue;
    const members = [b];
    for (const c of candidates) {
      if (c.o !== o || baseTo[c.b] !== -1 || members.includes(c.b)) continue;
      const sb = components(baseSig[c.b]!);
      const bt = baseTopics[c.b]!;
      if (!sb.some((t) => uncovered.has(t)) && ![...bt].some((t) => topics.has(t))) continue;
      members.push(c.b);
      baseTo[c.b] = o;
      for (const t of sb) uncovered.delete(t);
      for (const t of bt) topics.delete(t);
    }
    if (members.length > 1)
      groups.push({kind: 'merged', base: members.sort((x, y) => x - y), other: [o], similarity: 0, pairs: [], method: 'meaning'});
  }
  for (const [b, others] of splits)
    groups.push({kind: 'split', base: [b], other: others.sort((x, y) => x - y), similarity: 0, pairs: [], method: 'meaning'});
  // Pairs that became groups are reported as groups.
  return groups.map((g) => ({...g, pairs: []}));
}

/**
 * Splits: a base section whose text reappears in two or more other sections
 * that are new (added) or are its own modified counterpart. Merges are the
 * mirror image. Only unpaired and modified sections are examined.
 */
function findGroups(
  base: readonly CompareUnit[],
  other: readonly CompareUnit[],
  baseTo: number[],
  otherTo: number[],
  pairs: Pair[],
  minContainment: number,
  shinglesOf: ShinglesOf,
  baseShingles: Map<number, Set<string>>,
  otherShingles: Map<number, Set<string>>,
  compatible: (b: CompareUnit, o: CompareUnit) => boolean
): Group[] {
  const pairOfBase = new Map<number, Pair>(pairs.map((p) => [p.base, p]));
  const pairOfOther = new Map<number, Pair>(pairs.map((p) => [p.other, p]));
  const groups: Group[] = [];
  const used = new Set<string>();

  const side = (kind: 'split' | 'merged'): void => {
    // "whole" is the side with one unit, "parts" the side with several.
    const [wholes, parts, wholeTo, partTo, wholeCache, partCache] =
      kind === 'split'
        ? [base, other, baseTo, otherTo, baseShingles, otherShingles]
        : [other, base, otherTo, baseTo, otherShingles, baseShingles];
    const pairOfWhole = kind === 'split' ? pairOfBase : pairOfOther;
    const partnerOf = (p: Pair): number => (kind === 'split' ? p.other : p.base);
    const freeParts = parts.filter((u) => partTo[u.index] === -1 && !used.has(`${kind === 'split' ? 'o' : 'b'}${u.index}`));
    if (freeParts.length === 0) return;
    // Candidate wholes: unpaired, or paired but modified.
    const wholeUnits = wholes.filter((u) => {
      const p = pairOfWhole.get(u.index);
      return wholeTo[u.index] === -1 || (p !== undefined && p.similarity < 1);
    });
    if (wholeUnits.length === 0) return;
    const index = invertedIndex(wholeUnits, (u) => shinglesOf(wholeCache, u));
    const partsOf = new Map<number, number[]>();
    for (const part of freeParts) {
      const mine = shinglesOf(partCache, part);
      if (mine.size < 4) continue;
      let best = -1;
      let bestScore = minContainment;
      for (const w of topCandidates(mine, index, TOP_CANDIDATES)) {
        const whole = wholes[w]!;
        if (kind === 'split' ? !compatible(whole, part) : !compatible(part, whole)) continue;
        const score = containment(mine, shinglesOf(wholeCache, whole));
        if (score >= bestScore) {
          best = w;
          bestScore = score;
        }
      }
      if (best !== -1) push(partsOf, best, part.index);
    }
    for (const [w, found] of partsOf) {
      const whole = shinglesOf(wholeCache, wholes[w]!);
      const existing = pairOfWhole.get(w);
      const members = [...found];
      if (existing) {
        const counterpart = partnerOf(existing);
        if (containment(shinglesOf(partCache, parts[counterpart]!), whole) >= minContainment) members.push(counterpart);
      }
      if (members.length < 2) continue;
      // Each part must bring its own share of the whole's text: boilerplate
      // (two penalty sections differing in a number) is not a merge.
      const owners = new Map<string, number>();
      for (const m of members) {
        for (const s of shinglesOf(partCache, parts[m]!)) if (whole.has(s)) owners.set(s, owners.has(s) ? -1 : m);
      }
      const own = new Map<number, number>();
      for (const m of owners.values()) if (m !== -1) own.set(m, (own.get(m) ?? 0) + 1);
      const distinct = members.filter((m) => (own.get(m) ?? 0) >= MIN_OWN_SHARE * whole.size);
      if (distinct.length !== members.length) continue;
      members.sort((x, y) => x - y);
      // The parts together must carry most of the whole's text.
      const union = new Set<string>();
      for (const m of members) for (const s of shinglesOf(partCache, parts[m]!)) union.add(s);
      const coverage = whole.size === 0 ? 0 : intersectionSize(whole, union) / whole.size;
      if (coverage < minContainment) continue;
      const groupPairs = existing && members.includes(partnerOf(existing)) ? [existing] : [];
      if (groupPairs.length === 0 && existing) continue; // the whole keeps its own partner; the parts are just added
      for (const m of members) used.add(`${kind === 'split' ? 'o' : 'b'}${m}`);
      groups.push({
        kind,
        base: kind === 'split' ? [w] : members,
        other: kind === 'split' ? members : [w],
        similarity: Math.round(coverage * 1000) / 1000,
        pairs: groupPairs
      });
    }
  };
  side('split');
  side('merged');
  return groups;
}

/**
 * Indices (into `values`) of one longest strictly increasing subsequence,
 * O(n log n) by patience sorting. Among equally long ones it keeps the
 * earliest-ending elements, which reports a section moved down the Act as
 * the one that moved rather than everything it jumped over.
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // index into values of the smallest tail for each length
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  let at = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (at !== -1) {
    keep.add(at);
    at = previous[at]!;
  }
  return keep;
}

/**
 * Reading order: groups with an other side by their first other unit;
 * removed sections just after the group holding the nearest preceding base
 * section, so a reader meets the removal where it happened.
 */
function orderGroups(groups: AlignedGroup[], baseCount: number): AlignedGroup[] {
  const positionOfBase = new Array<number>(baseCount).fill(-1);
  // `other` lists are in ascending order, so their first entry is the smallest.
  for (const g of groups) {
    if (g.other.length === 0) continue;
    const at = g.other[0]!;
    for (const b of g.base) positionOfBase[b] = at;
  }
  const keyed = groups.map((g) => {
    if (g.other.length > 0) return {g, key: g.other[0]!, tie: 0};
    const b = g.base[0]!;
    let anchor = -1;
    for (let i = b - 1; i >= 0; i--) {
      if (positionOfBase[i] !== -1) {
        anchor = positionOfBase[i]!;
        break;
      }
    }
    return {g, key: anchor, tie: 1 + b / (baseCount + 1)};
  });
  keyed.sort((x, y) => x.key - y.key || x.tie - y.tie);
  return keyed.map((k) => k.g);
}
