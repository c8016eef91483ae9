/**
 * One detector per strength component (registered beside the component in
 * `catalogue.ts`). A detector reads the provisions of an Act by their role
 * ({@link readProvisions}) and returns a rating, the reason in one line, the
 * provisions it rests on, and how sure it is, in words.
 *
 * Rules every detector keeps:
 * - only an offence (or a penalty, for sanctions) proves a prohibition; an
 *   exception or a defence that names an act never does;
 * - a heading alone never proves anything: the text must say it;
 * - when the text that would decide is not there (a heading only,
 *   "[Repealed]", "[text not reconstructed]"), the answer is "cannot tell",
 *   not "absent".
 */
import {type ActReading, OTHER_TREATY, type Reading, type Role} from './provisions.js';
import type {ActRating, Confidence, JointOperationsForm} from './types.js';
import {ACTS as ACT_TERMS, type ActName, normaliseForMatch, OBJECTS, PLACEHOLDER_HINTS, ROLE, W} from './words.js';

/** A provision a finding rests on, with the term to quote around and how sure the reading is. */
export interface Hit {
  reading: Reading;
  term: RegExp;
  confidence: Confidence;
  /** Why this confidence, in words. */
  why: string;
}

/** What a detector returns. */
export interface Detection {
  rating: ActRating;
  reason: string;
  hits: Hit[];
  form?: JointOperationsForm | undefined;
  /** For an absent or cannot-tell rating: why the confidence is what it is. */
  why?: string | undefined;
  confidence?: Confidence | undefined;
  /** How the precedent relates to this finding, when the rating alone does not say it (no retention is strong, and no precedent is needed). */
  precedentNote?: string | undefined;
  /** The Act leaves a permission out on purpose (no retention): nothing to implement or report for it. */
  notProvided?: boolean | undefined;
}

/** What every detector is given: the Act as read, and the shared penalty reading. */
export interface DetectContext {
  act: ActReading;
  /** Provisions that prohibit conduct with cluster munitions (offences, not exceptions). */
  core: Reading[];
  penalty: PenaltyReading;
}

/** A detector: the Act in, a rating out. */
export type Detector = (context: DetectContext) => Detection;

const ROLE_WORD: Record<Role, string> = {
  offence: 'an offence provision',
  exception: 'an exception',
  defence: 'a defence',
  definition: 'a definition',
  power: 'a power',
  duty: 'a duty',
  penalty: 'a penalty provision',
  application: 'an application provision',
  procedure: 'a procedural provision',
  purpose: 'a purpose provision',
  placeholder: 'a provision whose text is not available',
  other: 'a provision'
};

/** The confidence of a hit on a prohibition, explained. */
export function prohibitionHit(r: Reading, term: RegExp, act: ActName | undefined): Hit {
  const actOwn = act === undefined || r.acts.has(act);
  const roleWhere =
    r.roleFrom === 'own' ? '' : r.roleFrom === 'lead-in' ? ' (read with its lead-in words)' : ' (its section heading says so)';
  const objectWhere =
    r.object === 'own'
      ? 'in the same clause'
      : r.object === 'lead-in'
        ? 'cluster munitions in its lead-in'
        : r.object === 'section'
          ? 'cluster munitions elsewhere in the section'
          : 'cluster munitions only in the title of the Act';
  const high = r.roleFrom !== 'heading' && (r.object === 'own' || r.object === 'lead-in') && actOwn;
  const low = r.roleFrom === 'heading' || r.object === 'title' || r.object === 'none';
  const confidence: Confidence = high ? 'high' : low ? 'low' : 'medium';
  const what = actOwn ? 'names the act' : 'names the act only in its lead-in';
  const why =
    r.object === 'own' && actOwn
      ? `${ROLE_WORD[r.role]}${roleWhere} names the act and cluster munitions in the same clause`
      : `${ROLE_WORD[r.role]}${roleWhere} ${what}, with ${objectWhere}`;
  return {reading: r, term, confidence, why};
}

function hit(r: Reading, term: RegExp, confidence: Confidence, why: string): Hit {
  return {reading: r, term, confidence, why};
}

const REFERS_TO_CONDUCT = /\b(?:prohibited|any conduct|activity|paragraphs? \(|this (?:act|part|section))\b/;

/**
 * Whether a provision is about cluster munitions: it (or its lead-in, or its
 * section) names them, or it sits in an Act about them, or it refers to the
 * Convention the Act identifies as the Convention on Cluster Munitions. A
 * provision naming only mines or chemical weapons, or another treaty ("Article
 * 6 of the Convention on the Privileges and Immunities"), is not.
 */
export function tiedToCm(context: DetectContext, r: Reading): boolean {
  if (r.otherWeaponOnly || !r.cmPart) return false;
  if (r.object === 'own') return true;
  if (OTHER_TREATY.test(r.norm)) return false;
  if (r.object !== 'none') return true;
  return context.act.convention === 'ccm' && /\b(?:convention|article \d)/.test(r.norm);
}
const LIABILITY = /\b(?:liable|guilty|commits?|offence)\b/;
/** Names of a body corporate (as BINDERS.bodyCorporate, as a pattern source). */
const CORPORATE_NOUN =
  '(?:bod(?:y|ies) corporate|compan(?:y|ies)|corporations?|legal (?:persons?|entit(?:y|ies))|body incorporated|organi[sz]ations?|unincorporated bod(?:y|ies)|partnerships?)';
const about = (r: Reading): boolean => r.object !== 'none' && !r.otherWeaponOnly && r.cmPart;
const has = (r: Reading, act: ActName): boolean => r.acts.has(act) || r.leadActs.has(act);
const isOffence = (r: Reading): boolean =>
  r.role === 'offence' || (r.role === 'penalty' && r.roleFrom === 'own' && /\bwhoever\b/.test(r.norm));
const permissive = (r: Reading): boolean => r.role === 'exception' || r.role === 'defence';

/** Readings of the core prohibitions: offences about cluster munitions, not investment or information offences. */
const CORE_ACTS: readonly ActName[] = [
  'use',
  'develop',
  'produce',
  'acquire',
  'stockpile',
  'retain',
  'possess',
  'transfer',
  'assist',
  'encourage',
  'transit'
];

export function coreProhibitions(act: ActReading): Reading[] {
  return act.readings.filter(
    (r) =>
      isOffence(r) &&
      // An offence is a core prohibition only if it names conduct with the munitions (not "fails to comply with a notice").
      CORE_ACTS.some((a) => r.acts.has(a) || r.leadActs.has(a)) &&
      about(r) &&
      !W.sanctionInfo.test(r.norm) &&
      !(r.acts.has('invest') && r.inFull(W.investTarget)) &&
      !r.acts.has('request') &&
      // "The Minister must not give permission unless …" restrains an official; it prohibits nothing to anyone.
      !/^ (?:the )?(?:minister|secretary(?: of state)?|officer|authority|director|commissioner|court|registrar)\b/.test(r.norm) &&
      // A reference to an offence elsewhere (`an offence under section 2(1)(d)`) does not create one.
      !(
        /\boffences? (?:under|against) (?:section|subsection|this|paragraph)\b/.test(r.norm) &&
        !/\b(?:commits?|guilty|must not|shall not|no person)\b/.test(r.norm)
      )
  );
}

// ------------------------------------------------------------------ penalties

/** The penalty that applies to the core offences. */
export interface PenaltyReading {
  /** Longest imprisonment in years (life = 99), 0 when none. */
  years: number;
  reading: Reading | undefined;
  fines: Reading[];
  /** How the penalty was tied to the offences, in words. */
  tie: string;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50
};

/** Longest term of imprisonment named in normalised text, in years (life = 99). */
export function imprisonmentYears(norm: string): number {
  let best = 0;
  const re = /\b(?:imprisonment|imprisoned|penal servitude|custody|jail|gaol)\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) !== null) {
    const window = norm.slice(Math.max(0, m.index - 60), m.index + 140);
    if (/\bfor life\b|\blife imprisonment\b|\bimprisonment for life\b/.test(window)) best = Math.max(best, 99);
    // `twenty five years` (from `twenty-five`) is 25, not 5.
    const num =
      /\b(\d{1,3}|(?:twenty|thirty|forty|fifty)(?: (?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen) (years?|months?)\b/g;
    let n: RegExpExecArray | null;
    while ((n = num.exec(window)) !== null) {
      const value = /^\d/.test(n[1]!) ? Number(n[1]) : n[1]!.split(' ').reduce((sum, word) => sum + (NUMBER_WORDS[word] ?? 0), 0);
      best = Math.max(best, n[2]!.startsWith('month') ? value / 12 : value);
    }
  }
  return best;
}

/** Format years for a reason: `14 years`, `6 months`, `life`. */
export function yearsText(n: number): string {
  if (n >= 99) return 'life';
  if (n < 1) return `${Math.round(n * 12)} months`;
  return `${Number.isInteger(n) ? n : n.toFixed(1)} years`;
}

/**
 * The penalty of the core offences: a penalty in the offence provision
 * itself, in its section, or in a provision that refers to the offence's
 * section ("an offence against section 4") or to the whole Act; never the
 * penalty of an information offence or of an offence about other weapons.
 */
export function readPenalty(act: ActReading, core: readonly Reading[]): PenaltyReading {
  const coreSections = new Set(core.map((r) => r.section).filter((s): s is string => s !== undefined));
  const coreSet = new Set(core);
  // A penalty in the provision, or in a paragraph under a lead-in that says "is liable" ("(a) on indictment, to …").
  const penalties = act.readings.filter(
    (r) =>
      (r.hasPenalty ||
        r.role === 'penalty' ||
        // "A person who uses a cluster munition: imprisonment for 15 years" (an item of an offence schedule): the offence names its penalty.
        ((r.leadInTest(ROLE.penalty) || coreSet.has(r)) && (W.imprisonment.test(r.norm) || W.fine.test(r.norm)))) &&
      !r.inFull(W.sanctionInfo) &&
      !r.otherWeaponOnly
  );
  const tied = (r: Reading): string | undefined => {
    if (coreSet.has(r)) return 'in the offence provision itself';
    if (r.section !== undefined && coreSections.has(r.section)) return 'in the section that creates the offences';
    const words = r.full;
    // The sections a penalty names ("against section 4", "s 72 38"), found in one pass rather than one pattern per section.
    for (const m of words.matchAll(/\b(?:section|s) (\d+[a-z]*(?: \d+)?)\b/g)) {
      // `s 72 38` is section 72.38 only in an Act numbered that way; "section 3, 4 or 5" names 3 (and 4 and 5).
      for (const named of [m[1]!.replace(' ', '.').toUpperCase(), m[1]!.split(' ')[0]!.toUpperCase()])
        if (coreSections.has(named)) return `for offences against section ${named}`;
    }
    if (/\b(?:against|under) this (?:act|part|division|subdivision)\b|\bany offence\b/.test(words) && r.cmPart)
      return 'for offences against the Act';
    return undefined;
  };
  let best: PenaltyReading = {years: 0, reading: undefined, fines: [], tie: ''};
  for (const r of penalties) {
    const tie = tied(r);
    if (!tie) continue;
    const years = imprisonmentYears(r.norm);
    if (years > best.years) best = {...best, years, reading: r, tie};
    if (W.fine.test(r.norm)) best.fines.push(r);
  }
  return best;
}

// ------------------------------------------------------------------ helpers

function finding(rating: ActRating, reason: string, hits: Hit[], extra: Partial<Detection> = {}): Detection {
  return {rating, reason, hits, ...extra};
}

/** What an unavailable section or fragment could hold, read from its own heading and any words that survive. */
function unavailableHint(r: Reading): string {
  return `${normaliseForMatch(r.owner.heading)}${r.role === 'placeholder' ? '' : r.norm}`;
}

/**
 * Absent, or "cannot tell" when text that is not available (a heading only,
 * "[Repealed]", "[text not available]", a fragment of a section) could hold
 * the component, as its heading or surviving words suggest. An Act about
 * other weapons only (its title, its Convention and its text name none)
 * cannot hold a cluster munition component in its missing text either. An
 * absence is said with high confidence only when all the text was read.
 */
export function absentOrUnknown(context: DetectContext, id: string, reason: string, lookedFor: string): Detection {
  const hint = PLACEHOLDER_HINTS[id];
  const act = context.act;
  const suspects =
    hint && act.aboutCm ? act.unavailable.filter((r) => !r.otherWeaponOnly && r.cmPart && hint.test(unavailableHint(r))) : [];
  if (suspects.length > 0) {
    const names = suspects.map((r) => `${r.citation}${r.owner.heading ? ` (${r.owner.heading})` : ''}`);
    const listed = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
    return finding(
      'cannot-tell',
      `Cannot tell: the text of ${listed} is not available, and such a provision may hold this; nothing in the text that was read provides it.`,
      suspects.map((r) => hit(r, /./, 'low', 'the provision is a heading only, repealed, or its text is not available')),
      {confidence: 'low', why: `no text to read in ${listed}; the rest of the Act was searched for ${lookedFor}`}
    );
  }
  const unread = act.unavailable.length;
  const gaps: string[] = [];
  if (unread > 0)
    gaps.push(
      `${unread} section${unread === 1 ? ' or fragment' : 's or fragments'} (${act.unavailable
        .slice(0, 3)
        .map((r) => r.citation)
        .join(', ')}${unread > 3 ? ', …' : ''}) could not be read`
    );
  if (act.leftOut.length > 0)
    gaps.push(`text outside any section (from line ${act.leftOut.map((m) => m.line).join(', line ')}) was left out`);
  return finding('absent', reason, [], {
    confidence: gaps.length > 0 ? 'medium' : 'high',
    why:
      gaps.length > 0
        ? `searched ${act.readings.length} provisions for ${lookedFor}; ${gaps.join('; ')}`
        : `searched all ${act.readings.length} provisions of ${act.sections} sections for ${lookedFor}; none says it`
  });
}

/**
 * A power to lift the prohibitions for anyone ("The Minister may, by order, exempt any person or class of persons
 * from any provision of section 3"), not limited to what the Convention permits (destruction, training,
 * counter-measures): the prohibitions it reaches are no stronger than partial, and the power is cited.
 */
function exemptionPowers(context: DetectContext): Reading[] {
  let found = exemptionsOf.get(context);
  if (!found) {
    found = findExemptionPowers(context);
    exemptionsOf.set(context, found);
  }
  return found;
}
/** Each Act's exemption powers, found once: every core finding asks for its rating, its reason and its evidence. */
const exemptionsOf = new WeakMap<DetectContext, Reading[]>();

function findExemptionPowers(context: DetectContext): Reading[] {
  const sections = [...new Set(context.core.map((r) => r.section).filter((n): n is string => n !== undefined))];
  if (sections.length === 0) return [];
  const names = new RegExp(
    `\\bsections? (?:${sections.map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '')).join('|')})\\b|\\bthis (?:act|part)\\b`
  );
  return context.act.readings.filter(
    (r) =>
      r.role !== 'offence' &&
      /\bexempt\w*\b/.test(r.norm) &&
      /\b(?:may|is empowered to|has power to|shall have power to)\b/.test(r.norm) &&
      /\b(?:any person|persons?|class(?:es)? of persons|any body)\b/.test(r.norm) &&
      names.test(r.norm) &&
      !/\b(?:destruction|destroy\w*|training|counter ?measures?|detection|clearance|article 3)\b/.test(r.norm)
  );
}
const offenceRating = (context: DetectContext): 'strong' | 'partial' =>
  exemptionPowers(context).length === 0 && (context.penalty.years > 0 || context.penalty.fines.length > 0) ? 'strong' : 'partial';
const penaltyNote = (context: DetectContext): string => {
  const exemptions = exemptionPowers(context);
  return `${context.penalty.years > 0 || context.penalty.fines.length > 0 ? '' : ' No penalty is attached.'}${
    exemptions.length > 0 ? ` A power to exempt anyone from it (${exemptions.map((r) => r.citation).join(', ')}) can lift it.` : ''
  }`;
};
/** A core finding's evidence, with any power to exempt from the prohibition (see {@link exemptionPowers}). */
const withExemptions = (context: DetectContext, hits: Hit[]): Hit[] => [
  ...hits,
  ...exemptionPowers(context).map((r) => hit(r, /\bexempt\w*/, 'high', `${ROLE_WORD[r.role]} lets the prohibition be lifted for anyone`))
];

function coreHits(context: DetectContext, act: ActName): Hit[] {
  return context.core.filter((r) => has(r, act)).map((r) => prohibitionHit(r, ACT_TERMS[act], act));
}

/** Exceptions or defences that mention an act: reported, never counted as the prohibition. */
function permissionsNaming(context: DetectContext, act: ActName): Reading[] {
  return context.act.readings.filter((r) => permissive(r) && has(r, act) && about(r));
}

function onlyPermitted(context: DetectContext, act: ActName, what: string): string {
  const found = permissionsNaming(context, act);
  return found.length > 0
    ? ` Only ${found[0]!.role === 'defence' ? 'a defence' : 'an exception'} (${found[0]!.citation}) mentions ${what}: it permits, it does not prohibit.`
    : '';
}

// ------------------------------------------------------------------ the detectors

/** Use (Art 1(1)(a)). */
export const detectUse: Detector = (context) => {
  const hits = coreHits(context, 'use');
  if (hits.length > 0)
    return finding(offenceRating(context), `Prohibits use of cluster munitions.${penaltyNote(context)}`, withExemptions(context, hits));
  return absentOrUnknown(
    context,
    'use',
    `No prohibition of use found.${onlyPermitted(context, 'use', 'use')}`,
    'an offence of using cluster munitions'
  );
};

/** Development, production, other acquisition (Art 1(1)(b)). */
export const detectDevelopProduceAcquire: Detector = (context) => {
  const dev = coreHits(context, 'develop');
  const prod = coreHits(context, 'produce');
  const acq = coreHits(context, 'acquire');
  const missing = [dev.length ? '' : 'develop', prod.length ? '' : 'produce', acq.length ? '' : 'acquire'].filter(Boolean);
  const hits = [...dev, ...prod, ...acq];
  if (hits.length === 0)
    return absentOrUnknown(
      context,
      'develop_produce_acquire',
      `No prohibition of development, production or acquisition found.${onlyPermitted(context, 'acquire', 'acquisition')}`,
      'an offence of developing, producing or acquiring cluster munitions'
    );
  if (missing.length > 0) return finding('partial', `Prohibition does not name: ${missing.join(', ')}.`, hits);
  return finding(
    offenceRating(context),
    `Prohibits developing, producing and acquiring.${penaltyNote(context)}`,
    withExemptions(context, hits)
  );
};

/** Stockpiling and retention (Art 1(1)(b)). */
export const detectStockpileRetain: Detector = (context) => {
  const pos = coreHits(context, 'possess');
  const stock = coreHits(context, 'stockpile');
  const ret = coreHits(context, 'retain');
  const hits = [...pos, ...stock, ...ret];
  if (hits.length === 0)
    return absentOrUnknown(
      context,
      'stockpile_retain',
      `No prohibition of possession, stockpiling or retention found.${onlyPermitted(context, 'retain', 'retention')}`,
      'an offence of possessing, stockpiling or retaining cluster munitions'
    );
  if (pos.length > 0 || (stock.length > 0 && ret.length > 0))
    return finding(
      offenceRating(context),
      `Prohibits possessing, stockpiling or retaining.${penaltyNote(context)}`,
      withExemptions(context, hits)
    );
  return finding('partial', `Prohibits ${stock.length ? 'stockpiling' : 'retention'} but not the other, nor possession.`, hits);
};

/** Transfer (Art 1(1)(b)). */
export const detectTransfer: Detector = (context) => {
  const hits = coreHits(context, 'transfer');
  if (hits.length === 0)
    return absentOrUnknown(
      context,
      'transfer',
      `No prohibition of transfer found.${onlyPermitted(context, 'transfer', 'transfer')}`,
      'an offence of transferring cluster munitions'
    );
  // "Transfer" unqualified covers any recipient; only selling, supplying or exporting is narrower than Article 1(1)(b).
  const generalWords = /\b(?:transfer\w*|pass(?:es|ed|ing)? on|hand(?:s|ed|ing)? over|otherwise dispos\w*|deals? in)\b/;
  const general = hits.some((h) => generalWords.test(h.reading.full));
  // "To anyone" or "directly or indirectly" widens the provision that prohibits transfer, not some other provision:
  // a paragraph that only forbids selling or exporting stays narrow whatever its neighbours say.
  const wide = hits.find(
    (h) => generalWords.test(h.reading.full) && (W.anyone.test(h.reading.full) || /\bdirectly or indirectly\b/.test(h.reading.full))
  );
  // The reason names the Act's own words: "to any other person" is not "to anyone, directly or indirectly".
  if (wide)
    return finding(
      offenceRating(context),
      `Prohibits transfer ${recipientWords(wide.reading)}.${penaltyNote(context)}`,
      withExemptions(context, hits)
    );
  if (general) return finding(offenceRating(context), `Prohibits transfer.${penaltyNote(context)}`, withExemptions(context, hits));
  return finding('partial', 'Prohibits only some forms of transfer (selling, supplying or exporting), not transfer as such.', hits);
};

/** The words that widen a transfer offence, quoted from the provision (its own words before its lead-in's). */
function recipientWords(r: Reading): string {
  const find = (re: RegExp): string | undefined => re.exec(r.norm)?.[0] ?? re.exec(r.leadIn)?.[0];
  const who = find(/\b(?:to )?(?:anyone|any (?:other )?person|another person|any (?:other )?(?:state|entity|group))\b/);
  const how = find(/\bdirectly or indirectly\b/);
  return [who, how]
    .filter((w): w is string => w !== undefined)
    .map((w) => `“${w}”`)
    .join(', ');
}

/** Assistance, encouragement, inducement (Art 1(1)(c)). */
export const detectAssist: Detector = (context) => {
  const candidates = context.act.readings.filter(
    (r) =>
      isOffence(r) &&
      !r.otherWeaponOnly &&
      r.cmPart &&
      (has(r, 'assist') || has(r, 'encourage')) &&
      (about(r) || r.inFull(REFERS_TO_CONDUCT) || coreReference(context, r) !== undefined)
  );
  if (candidates.length === 0)
    return absentOrUnknown(
      context,
      'assist_encourage_induce',
      'No offence of assisting, encouraging or inducing found.',
      'an offence of assisting, encouraging or inducing prohibited conduct'
    );
  const term = /assist|aid|abet|encourag|induc|counsel|procur|promot|incit|conspir/;
  const hits = candidates.map((r) => referenceHit(context, r, term) ?? prohibitionHit(r, term, undefined));
  // A paragraph is read with its lead-in: "assists …, intending that the other person engage in conduct that: (a) …".
  const limited = candidates.every(
    (r) => W.intent.test(r.full) && /\b(?:intend\w* (?:that|to)|the other person|if the other)\b/.test(r.full)
  );
  if (limited)
    return finding('partial', 'Assisting or encouraging is an offence only with intent that the other person commits the act.', hits);
  // "Aids, abets, counsels or procures the commission of an offence": liability as a party to an offence someone
  // commits, not the Convention's stand-alone "assist, encourage or induce, in any way".
  const accessorial = candidates.every((r) => ACCESSORIAL.test(r.norm) && !STAND_ALONE.test(r.full));
  if (accessorial)
    return finding(
      'partial',
      'Only liability as a party (aiding, abetting, counselling or procuring the commission of an offence, which someone must commit): not a stand-alone offence of assisting, encouraging or inducing prohibited conduct in any way.',
      hits
    );
  return finding(
    offenceRating(context),
    `Assisting, encouraging or inducing prohibited conduct is an offence.${penaltyNote(context)}`,
    withExemptions(context, hits)
  );
};

/** "an offence against section 10(1), 11 or 12 of this Act": the sections cited (not those "of" another Act). */
const CITED_OFFENCES =
  /\boffences? (?:against|under) sections? ((?:\d+[A-Z]?(?:\(\w{1,4}\))*)(?:(?:, | and | or | to )\d+[A-Z]?(?:\(\w{1,4}\))*)*)(?! of (?!this\b))/gi;

/**
 * The Act's own cluster munition prohibition that a provision's conduct is
 * tied to by number ("assists … conduct that is an offence against section
 * 10"), read in its own words or, for a lead-in, the paragraphs it
 * introduces: the section (or subsection) cited, when the prohibitions that
 * name cluster munitions are there. A section of another Act ("section 3 of
 * the Firearms Act") or a subsection about something else is not.
 */
function coreReference(context: DetectContext, r: Reading): string | undefined {
  const below = context.act.readings.filter((c) => c.owner === r.owner && c.citation.startsWith(`${r.citation}(`));
  const words = [r.text, ...below.map((c) => c.text)].join(' ');
  if (!/\boffences? (?:against|under) section/i.test(words)) return undefined;
  const named = context.core.filter((c) => c.object === 'own' || c.object === 'lead-in');
  for (const m of words.matchAll(CITED_OFFENCES)) {
    for (const item of m[1]!.split(/, | and | or | to /)) {
      const cite = `s ${item}`;
      if (named.some((c) => c.citation === cite || c.citation.startsWith(`${cite}(`) || c.citation.startsWith(`${cite} `))) return item;
    }
  }
  return undefined;
}

/** An assisting offence tied to the munitions only by its reference to the prohibitions (medium confidence). */
function referenceHit(context: DetectContext, r: Reading, term: RegExp): Hit | undefined {
  if (r.object !== 'title' && r.object !== 'none') return undefined;
  const cited = coreReference(context, r);
  if (cited === undefined) return undefined;
  return hit(
    r,
    term,
    'medium',
    `${ROLE_WORD[r.role]}${r.roleFrom === 'lead-in' ? ' (read with its lead-in words)' : ''} names assisting, encouraging or inducing, tied to cluster munitions by its reference to the offences in section ${cited}, which name them`
  );
}

/** Party liability: "aids, abets, counsels or procures the commission of an offence". */
const ACCESSORIAL = /\bthe commission of (?:an|the|that|any) offence\b|\b(?:is|shall be) guilty of (?:that|the same) offence\b/;
/**
 * The Convention's own words for a stand-alone offence, or conduct named by what the Convention prohibits rather
 * than by an offence someone else commits ("instigates, aids or procures any person … to do any act which would be
 * prohibited to a State Party under the Convention").
 */
const STAND_ALONE =
  /\bin any way\b|\bencourag\w*|\binduc\w*|\bprohibited to a state party\b|\bany (?:act|activity|conduct) (?:which|that) (?:would be|is) prohibited\b/;

/** Penal sanctions (Art 9): the penalty of the core offences. */
export const detectPenalSanctions: Detector = (context) => {
  const p = context.penalty;
  if (p.reading && p.years > 0) {
    const h = hit(p.reading, W.imprisonment, 'high', `the penalty provision is tied to the offences (${p.tie}) and states the term`);
    // Same thresholds as the draft report (catalogue PENALTY_YEARS): 7 strong, 3 to 6 partial, under 3 weak.
    if (p.years >= 7) return finding('strong', `Imprisonment up to ${yearsText(p.years)}.`, [h]);
    if (p.years >= 3)
      return finding('partial', `Imprisonment only up to ${yearsText(p.years)}, below the 7 years of comparable weapons offences.`, [h]);
    return finding('weak', `Imprisonment only up to ${yearsText(p.years)}, the range of regulatory offences.`, [h]);
  }
  if (p.fines.length > 0)
    return finding(
      'weak',
      'Fines only: the penalty tied to the offences names no term of imprisonment.',
      p.fines.map((r) => hit(r, W.fine, 'medium', 'a penalty provision tied to the offences names a fine and no imprisonment'))
    );
  if (context.core.length === 0)
    return absentOrUnknown(
      context,
      'penal_sanctions',
      'No offence found, so no penalty for the prohibitions.',
      'a penalty for the prohibitions'
    );
  return absentOrUnknown(context, 'penal_sanctions', 'No penalty found for the prohibitions.', 'a penalty tied to the offences');
};

/** Investment (Art 1(1)(c)). */
export const detectInvestment: Detector = (context) => {
  const found = context.act.readings.filter(
    (r) =>
      (isOffence(r) || (r.role === 'duty' && /\b(?:shall not|must not|avoid|divest|not invest)\b/.test(r.norm))) &&
      r.acts.has('invest') &&
      W.investTarget.test(r.full + r.sectionText) &&
      !W.victim.test(r.norm) &&
      // Money for producing something else (grants for mining a substance, loans to an industry) is not investment in cluster munitions.
      tiedToCm(context, r)
  );
  if (found.length === 0)
    return absentOrUnknown(
      context,
      'investment',
      'No prohibition of investment in cluster munitions found.',
      'an offence of providing or investing funds for cluster munition production'
    );
  const hits = found.map((r) => prohibitionHit(r, ACT_TERMS.invest, 'invest'));
  if (found.every((r) => W.publicMoney.test(r.full + r.sectionText + r.heading)))
    return finding('partial', 'Investment is restricted only for public money, not for any person.', hits);
  // "The Guardians must not invest the Fund in …": a restraint on one body's money, not on any person.
  if (!found.some((r) => r.binds.has('anyPerson')))
    return finding('partial', 'Investment is restricted only for a named body or fund, not for any person.', hits);
  return finding('strong', 'Prohibits any person from investing in cluster munition production.', hits);
};

/** Transit (Art 1(1)(b)-(c)). */
export const detectTransit: Detector = (context) => {
  // "transports a cluster munition— (a) into, through or out of the Republic": the lead-in and the paragraph read together.
  const offences = context.act.readings.filter(
    (r) => isOffence(r) && about(r) && (r.acts.has('transit') || ACT_TERMS.transit.test(`${r.leadIn.trimEnd()}${r.norm}`))
  );
  // "Subsection (1) does not apply where the munition remains on board … and the Minister has granted a transit
  // licence", "visiting forces … which pass in transit through": an exception that lets munitions through (a licence,
  // an approval, foreign forces), not one for destruction or training the Convention permits, nor the passage rights
  // of foreign ships under the law of the sea.
  const loopholes = context.act.readings.filter(
    (r) =>
      permissive(r) &&
      about(r) &&
      /\btransit\b|\bcarry(?:ing)? (?:it|them) through\b|\bpass(?:es|ing)? through\b/.test(r.full) &&
      /\b(?:licen[cs]\w*|approval|authori[sz]\w*|permit\w*|consent|visiting|not (?:a )?party|foreign)\b/.test(r.full) &&
      !/\b(?:destruction|destroy\w*|training|counter ?measures?|article 3)\b/.test(r.norm) &&
      // Passage the law of the sea gives foreign ships and aircraft is no loophole a State could close.
      !/\b(?:innocent passage|transit passage|archipelagic sea lanes?|under international law)\b/.test(r.norm)
  );
  const loopholeHits = loopholes.map((r) =>
    hit(r, /\btransit\b|\bthrough\b/, 'high', `${ROLE_WORD[r.role]} lets cluster munitions pass through`)
  );
  if (offences.length > 0 && loopholes.length > 0)
    return finding(
      'weak',
      'Prohibits transit, but an exception lets cluster munitions pass through (under a licence or approval, or for foreign forces).',
      [...offences.map((r) => prohibitionHit(r, ACT_TERMS.transit, 'transit')), ...loopholeHits]
    );
  if (offences.length > 0)
    return finding(
      'strong',
      'Prohibits transit of cluster munitions through the territory.',
      offences.map((r) => prohibitionHit(r, ACT_TERMS.transit, 'transit'))
    );
  // "'transfer' includes … the transit of cluster munitions through the territory": the transfer offence reaches transit.
  const defined = context.act.readings.filter(
    (r) =>
      r.role === 'definition' &&
      /\btransfer\b(?: \w+){0,3} (?:includes|means)\b(?: \w+){0,40} transit\b/.test(r.norm) &&
      !/\b(?:not include|other than|except|excluding|but not)\b(?: \w+){0,6} transit\b/.test(r.norm)
  );
  const transfers = context.core.filter((r) => has(r, 'transfer'));
  if (defined.length > 0 && transfers.length > 0)
    return finding(
      'strong',
      'Prohibits transit through the transfer offence: "transfer" is defined to include transit through the territory.',
      [
        ...defined.map((r) =>
          hit(r, /\btransit\b/, 'high', 'a definition makes "transfer" include transit, so the transfer offence reaches it')
        ),
        ...transfers.slice(0, 1).map((r) => prohibitionHit(r, ACT_TERMS.transfer, 'transfer'))
      ]
    );
  const customs = context.act.readings.filter(
    (r) => !permissive(r) && about(r) && W.customs.test(r.norm) && (W.importExport.test(r.norm) || /\btransit\b/.test(r.norm))
  );
  if (customs.length > 0)
    return finding(
      loopholes.length > 0 ? 'weak' : 'partial',
      loopholes.length > 0
        ? 'Customs control of import and export, and an exception lets cluster munitions pass through: no prohibition of transit.'
        : 'Customs control of import and export, with no express prohibition of transit.',
      [
        ...customs.map((r) => hit(r, W.customs, 'medium', `${ROLE_WORD[r.role]} applies customs powers to cluster munitions`)),
        ...loopholeHits
      ]
    );
  return absentOrUnknown(context, 'transit', 'No prohibition of transit found.', 'an offence of transit through the territory');
};

/** Foreign stockpiling (Art 1(1)(b)-(c)). */
export const detectForeignStockpiling: Detector = (context) => {
  const express = context.act.readings.filter((r) => isOffence(r) && about(r) && r.inFull(W.foreign) && r.inFull(W.store));
  if (express.length > 0)
    return finding(
      'strong',
      'Expressly prohibits stockpiling by foreign States or forces on the territory.',
      express.map((r) => prohibitionHit(r, W.foreign, undefined))
    );
  const possession = context.core.filter((r) => has(r, 'possess') || has(r, 'stockpile'));
  // "Explanation.—Possession by a member of a visiting force of a foreign State is possession for the purposes of this
  // section": words in the possession offence's own section that bring foreign forces within it.
  const owners = new Set(possession.map((r) => r.owner));
  const deemed = context.act.readings.filter(
    (r) => owners.has(r.owner) && !permissive(r) && !possession.includes(r) && W.foreign.test(r.norm) && W.store.test(r.norm)
  );
  if (deemed.length > 0)
    return finding('strong', 'The possession offence expressly reaches foreign or visiting forces on the territory.', [
      ...deemed.map((r) =>
        hit(r, W.foreign, 'high', `${ROLE_WORD[r.role]} in the possession offence's section names foreign or visiting forces`)
      ),
      ...possession.slice(0, 1).map((r) => prohibitionHit(r, ACT_TERMS.possess, 'possess'))
    ]);
  // Foreign forces keeping munitions on the territory: a visiting-forces defence, or an exception for foreign States' munitions here.
  const carveOut = context.act.readings.filter(
    (r) =>
      permissive(r) &&
      (/\bvisiting forces?\b/.test(r.norm + r.heading) || (W.foreign.test(r.norm) && W.store.test(r.norm) && W.territory.test(r.norm)))
  );
  if (possession.length > 0 && carveOut.length > 0)
    return finding('weak', 'Possession is an offence, but an exception or defence covers foreign forces on the territory.', [
      ...carveOut.map((r) => hit(r, W.foreign, 'high', `${ROLE_WORD[r.role]} names foreign or visiting forces`)),
      ...possession.slice(0, 1).map((r) => prohibitionHit(r, ACT_TERMS.possess, 'possess'))
    ]);
  if (possession.length > 0)
    return finding(
      'partial',
      'Covered only through the general possession or stockpiling offence; foreign stockpiling is not named.',
      possession.map((r) => prohibitionHit(r, W.store, undefined))
    );
  return absentOrUnknown(
    context,
    'foreign_stockpiling',
    'No prohibition of possession or stockpiling that would reach foreign stockpiles.',
    'an offence that reaches foreign stockpiles'
  );
};

/** Joint military operations (Art 21(3)-(4)). */
export const detectJointOperations: Detector = (context) => {
  const requests = context.act.readings.filter(
    (r) => isOffence(r) && (r.acts.has('request') || r.leadActs.has('request')) && !permissive(r)
  );
  const joint = context.act.readings.filter(
    (r) =>
      permissive(r) &&
      (r.inFull(W.joint) ||
        (W.nonParty.test(r.norm) && /\b(?:military|forces|operations?)\b/.test(r.norm)) ||
        (W.joint.test(r.heading) && /\b(?:military|operations?|forces|not (?:a )?party|non party)\b/.test(r.norm)))
  );
  if (requests.length > 0)
    return finding(
      'strong',
      'An offence of expressly requesting use where the choice of munitions is within national control.',
      [
        ...requests.map((r) => prohibitionHit(r, ACT_TERMS.request, 'request')),
        ...joint.slice(0, 1).map((r) => hit(r, W.joint, 'high', `${ROLE_WORD[r.role]} for taking part in joint operations`))
      ],
      {form: 'express-request'}
    );
  if (joint.length === 0)
    return {
      ...absentOrUnknown(
        context,
        'joint_operations',
        'No provision on joint military operations with States not party found.',
        'a joint-operations offence, exception or defence'
      ),
      form: 'none'
    };
  const section = new Set(joint.map((r) => r.owner));
  // A limit says what the exception does not permit ("unless the act is the use …", "does not apply to the use …",
  // "if he does not himself use …"), in the exception itself, under it, or naming it ("Subsection (1) shall not
  // authorise … to use"): another exception of the section (a visiting force's transit) limits nothing.
  const limitsJoint = (r: Reading): boolean =>
    joint.some((j) => {
      if (r.citation === j.citation || r.citation.startsWith(`${j.citation}(`)) return true;
      const sub = /^s \S+?\((\w+)\)/.exec(j.citation)?.[1];
      return sub !== undefined && r.inFull(new RegExp(`\\bsub ?section ${sub}\\b`));
    });
  const limits = context.act.readings.filter(
    (r) =>
      section.has(r.owner) &&
      r.inFull(W.limit) &&
      (['use', 'develop', 'stockpile', 'transfer', 'request', 'acquire', 'produce'] as const).some((a) => r.acts.has(a)) &&
      limitsJoint(r)
  );
  // Permitting own forces to use (not merely the allies' use) is not a limit: the exception is broad.
  const ownUse = joint.some(
    (r) => r.acts.has('use') && /\bmay\b/.test(r.norm) && !/\bmay involve\b/.test(r.norm) && !W.limit.test(r.norm) && !r.acts.has('request')
  );
  const hits = [
    ...joint.map((r) =>
      hit(
        r,
        W.joint,
        'high',
        `${ROLE_WORD[r.role]} for military cooperation or operations with States not party: it permits, it does not prohibit`
      )
    ),
    ...limits.map((r) => hit(r, W.limit, 'high', 'the exception states what it does not permit'))
  ];
  if (limits.length > 0 && !ownUse)
    return finding('partial', 'An interoperability exception or defence, with carve-outs that keep the Article 21(4) limits.', hits, {
      form: 'interoperability'
    });
  return finding(
    'weak',
    'A broad interoperability exception or defence without the Article 21(4) limits (own use or express requests are not excluded).',
    hits,
    {form: 'interoperability'}
  );
};

/** Explosive bomblets (Art 1(2)). */
export const detectBomblets: Detector = (context) => {
  // What applies the Act to explosive bomblets: a provision applying it ("This Act applies to explosive bomblets as it
  // applies to cluster munitions"), the definition of a term the Act uses that includes them ("prohibited munition
  // means … (c) an explosive bomblet …"), or offences that name them ("… any cluster munition or explosive bomblet").
  // The definition of "explosive bomblet" alone applies nothing.
  const found = context.act.readings.filter(
    (r) =>
      /\bexplosive bomblets?\b/.test(r.norm) &&
      (r.role === 'definition'
        ? !DEFINES_BOMBLET.test(r.norm)
        : r.role === 'application' || APPLIES_TO_BOMBLETS.test(r.norm) || (isOffence(r) && about(r)))
  );
  if (found.length > 0)
    return finding(
      'strong',
      'The Act applies to explosive bomblets released from aircraft dispensers.',
      found.map((r) =>
        hit(
          r,
          /explosive bomblet/,
          r.role === 'definition' || r.role === 'application' || isOffence(r) ? 'high' : 'medium',
          `${ROLE_WORD[r.role]} names explosive bomblets`
        )
      )
    );
  const mentioned = context.act.readings.some((r) => /\bexplosive bomblets?\b/.test(r.norm));
  return absentOrUnknown(
    context,
    'explosive_bomblets',
    mentioned ? 'Explosive bomblets are mentioned, but no provision applies the Act to them.' : 'Explosive bomblets are not mentioned.',
    'explosive bomblets'
  );
};

/**
 * A body corporate as what an offence is about, not who commits it: the
 * company invested in, financed or producing ("invests in a company that
 * produces cluster munitions", "shares issued by a company", "produced by a
 * company", "whether or not the organisation is a body corporate"). These
 * mentions are set aside before looking for a body corporate that offends.
 * A producing company is set aside only where it is the object of a
 * preposition or a clause ("in a company that produces"), never as the
 * subject ("A company that produces … commits an offence"), and only when no
 * word of liability comes between ("a body corporate commits an offence of
 * producing …" stays).
 */
const CORPORATE_OBJECT = new RegExp(
  `(?<=\\b(?:in|to|by|of|from|with|into|for|where|whether|that) (?:(?:an?|the|any|its|such) )?)${CORPORATE_NOUN}(?: (?!(?:commits?|committed|guilty|liable|contraven\\w*|convicted|punish\\w*|fined?|offences?)\\b)\\w+){0,5} (?:produc|manufactur|develop|engag)\\w*` +
    `|\\b(?:invest\\w*|fund\\w*|financ\\w*|services?|shares?|securities|stocks?|bonds?|loans?|credit|produced|manufactured|developed|issued|owned|controlled)(?: \\w+){0,3} (?:in|to|by|of|from|with|into|for)(?: an?| the| any)? ${CORPORATE_NOUN}` +
    `|\\bwhether or not(?: \\w+){0,3} (?:is|are)(?: an?| the)? ${CORPORATE_NOUN}`,
  'g'
);

/**
 * A body corporate as the one who offends or is punished, once the mentions
 * of one as what an offence is about are set aside: after "committed by",
 * "in the case of", "where", "for" (a penalty for a body corporate),
 * "including" or "being"; as the first words of a provision ("A body
 * corporate guilty of …", "Any company which contravenes …", "(b) body
 * corporate — 500 penalty units"); or followed by words of liability ("… may
 * be fined", "… shall be punishable with fine").
 */
const CORPORATE_OFFENDER = new RegExp(
  `\\b(?:committed by|in the case of|where|if|when|being|including|includes|include|person or|for|against)(?: an?| the| any| every)? ${CORPORATE_NOUN}\\b` +
    `|^ (?:\\(?\\w{1,4}\\)? )?(?:(?:a|an|any|every|the) )?${CORPORATE_NOUN}\\b` +
    `|\\b${CORPORATE_NOUN}\\b(?: \\w+){0,12} (?:commits?|contraven\\w*|guilty|liable|punishable|punished|convicted|fined?|penalty|penalties|imprisonment)\\b`
);

/** Whether a provision (or its lead-in) makes a body corporate one who offends or is punished (see {@link CORPORATE_OFFENDER}). */
function corporateOffender(r: Reading): boolean {
  const offends = (text: string): boolean => CORPORATE_OFFENDER.test(text.replace(CORPORATE_OBJECT, ' _ '));
  return offends(r.norm) || (r.leadIn !== '' && r.leadInTest(CORPORATE_NOUN_RE) && offends(r.leadIn));
}
const CORPORATE_NOUN_RE = new RegExp(`\\b${CORPORATE_NOUN}\\b`);

const APPLIES_TO_BOMBLETS =
  /\bappl(?:y|ies|ied)\b(?: \w+){0,8} explosive bomblets?\b|\bexplosive bomblets?\b(?: \w+){0,8} as (?:it|they) appl(?:y|ies)\b/;
/** The definition of a bomblet itself ("explosive bomblet means …", "unexploded bomblet means …"), not of a term that includes them. */
const DEFINES_BOMBLET = /^ (?:\w{1,4} )?(?:in this act )?(?:\w+ ){0,2}bomblets?\b(?: \w+){0,3} (?:means|has the (?:same )?meaning)\b/;

/** Corporations and other legal entities (Art 9). */
export const detectCorporate: Detector = (context) => {
  // Liability of bodies corporate is liability for the cluster munition offences: an Act with none (a companies or tax Act
  // whose "person" includes a body corporate) provides none, whatever its other offences.
  if (context.core.length === 0)
    return absentOrUnknown(
      context,
      'corporate_liability',
      'No offence about cluster munitions found, so no liability of bodies corporate for one.',
      'offences about cluster munitions that bodies corporate or their officers could commit'
    );
  const officers = context.act.readings.filter(
    (r) => !permissive(r) && r.binds.has('bodyCorporate') && r.inFull(W.officer) && (isOffence(r) || r.inFull(LIABILITY)) && r.cmPart
  );
  const bodies = context.act.readings.filter(
    (r) =>
      !permissive(r) &&
      r.binds.has('bodyCorporate') &&
      (r.role === 'application' || ((isOffence(r) || r.role === 'penalty' || r.hasPenalty) && corporateOffender(r))) &&
      r.cmPart &&
      !officers.includes(r)
  );
  const person = context.act.readings.filter((r) => r.role === 'definition' && W.personIncludes.test(r.norm));
  if (officers.length > 0)
    return finding(
      'strong',
      'Bodies corporate are liable, and so are their directors and officers.',
      [...officers, ...bodies.slice(0, 1), ...person.slice(0, 1)].map((r) =>
        hit(
          r,
          /bod(?:y|ies) corporate|director|officer|compan/,
          'high',
          `${ROLE_WORD[r.role]} makes bodies corporate or their officers liable`
        )
      )
    );
  if (bodies.length > 0 || person.length > 0)
    return finding(
      'partial',
      person.length > 0 && bodies.length === 0
        ? '"Person" is defined to include bodies corporate, so they can commit the offences; directors and officers are not made liable.'
        : 'Bodies corporate can be liable; directors and officers are not made liable.',
      [...bodies, ...person].map((r) =>
        hit(
          r,
          /bod(?:y|ies) corporate|compan|organi|entit|corporat/,
          r.role === 'definition' ? 'medium' : 'high',
          r.role === 'definition'
            ? 'a definition makes "person" include bodies corporate, so every offence of a "person" reaches them'
            : `${ROLE_WORD[r.role]} names bodies corporate`
        )
      )
    );
  return absentOrUnknown(
    context,
    'corporate_liability',
    'No liability of bodies corporate or their officers found.',
    'liability of bodies corporate or their officers'
  );
};

/** Extraterritorial application (Art 9). */
export const detectExtraterritorial: Detector = (context) => {
  // Outside an application clause, "outside" must describe where the conduct happens ("whether in or outside",
  // "an act … outside"): an offence of storing munitions here for "any person outside" reaches nothing abroad.
  const conductAbroad =
    /\b(?:whether (?:in|within) or outside|in or outside|wherever)\b|\b(?:acts?|omissions?|conduct|does|done|engages?)\b[^.;]{0,80}\boutside\b|\boutside\b[^.;]{0,80}\b(?:acts?|omissions?|conduct|engages?)\b/;
  const found = context.act.readings.filter(
    (r) =>
      !permissive(r) &&
      r.role !== 'definition' &&
      r.cmPart &&
      (r.role === 'application' || W.category.test(r.norm) || conductAbroad.test(r.full)) &&
      (W.category.test(r.norm) ||
        (r.inFull(W.abroad) &&
          (r.inFull(W.citizen) ||
            r.inFull(W.resident) ||
            r.binds.has('bodyCorporate') ||
            r.binds.has('forces') ||
            r.binds.has('anyPerson'))))
  );
  if (found.length === 0)
    return absentOrUnknown(
      context,
      'extraterritorial',
      'No application to conduct outside the territory found.',
      'application of the offences to conduct abroad'
    );
  const text = found.map((r) => r.full).join(' ');
  const hits = found.map((r) =>
    hit(
      r,
      W.abroad,
      r.role === 'application' ? 'high' : 'medium',
      `${ROLE_WORD[r.role]} extends the offences to conduct outside the territory`
    )
  );
  // Australia's categories of extended geographical jurisdiction: C and D reach anyone; A and B citizens, residents and
  // bodies corporate (Criminal Code ss 15.1-15.4).
  const anyone = /\bcategory [cd]\b/.test(text) || /\bany person\b|\bwhether (?:in|within) or outside\b|\bwherever\b/.test(text);
  const nationals = anyone || W.category.test(text) || W.citizen.test(text);
  const companies = anyone || /\bcategory [ab]\b/.test(text) || found.some((r) => r.binds.has('bodyCorporate'));
  if (nationals && companies)
    return finding(
      'strong',
      anyone
        ? 'Offences reach conduct abroad by anyone, bodies corporate included.'
        : 'Offences reach conduct abroad by citizens and by bodies corporate.',
      hits
    );
  if (nationals) return finding('partial', 'Offences reach conduct abroad by citizens, but not by bodies corporate.', hits);
  return finding('partial', 'Offences reach some conduct abroad (residents, companies or forces), but not citizens generally.', hits);
};

/** Authorised retention (Art 3(6)-(7)). */
export const detectRetention: Detector = (context) => {
  const found = context.act.readings.filter(
    (r) =>
      (permissive(r) || r.role === 'power' || r.role === 'duty' || r.role === 'other') &&
      // A defence for "conduct authorised … for training in techniques" covers keeping the munitions for it.
      (has(r, 'retain') ||
        has(r, 'acquire') ||
        has(r, 'possess') ||
        (permissive(r) && /\bconduct\b/.test(r.norm) && W.authorise.test(r.norm))) &&
      r.inFull(W.purposeTraining) &&
      tiedToCm(context, r)
  );
  if (found.length === 0) {
    const none = absentOrUnknown(
      context,
      'retention_authorised',
      'No provision for retention for permitted purposes found.',
      'an authorisation to retain cluster munitions for training or counter-measures'
    );
    // No retention clause beside a prohibition of retaining: every cluster munition must go, the strongest choice.
    const prohibition = context.core.filter((r) => has(r, 'retain') || has(r, 'stockpile') || has(r, 'possess'));
    if (none.rating === 'cannot-tell' || prohibition.length === 0) return none;
    return finding(
      'strong',
      'Retention is not provided for: the Act prohibits retaining cluster munitions and makes no exception for training or counter-measures. Not retaining any is a policy choice the Convention allows (Art 3(6) permits retention, it does not require it), and the strongest one.',
      prohibition.slice(0, 2).map((r) => prohibitionHit(r, ACT_TERMS.retain, 'retain')),
      {
        precedentNote:
          'No provision is needed. If the State decides to retain cluster munitions for permitted purposes, a precedent for the clause:',
        notProvided: true,
        confidence: none.confidence,
        why: `the prohibition of retaining (${prohibition[0]!.citation}) has no exception; ${none.why}`
      }
    );
  }
  // The authorisation and the cap are read where the permission is: its own words, its lead-in and its section.
  const owners = new Set(found.map((r) => r.owner));
  const around = context.act.readings.filter((r) => owners.has(r.owner));
  // Cited first: a provision saying it in its own words, and for the cap one that limits the number to what is
  // necessary ("does not exceed the minimum number absolutely necessary"), before a lead-in's "a specified number".
  const ownFirst = (list: Reading[], re: RegExp, best?: RegExp): Reading[] => {
    const rank = (r: Reading): number => (best?.test(r.norm) ? 0 : re.test(r.norm) ? 1 : 2);
    return [...list].sort((a, b) => rank(a) - rank(b));
  };
  const authorised = ownFirst(
    around.filter((r) => r.inFull(W.authorise)),
    W.authorise
  );
  const capped = ownFirst(
    around.filter((r) => r.inFull(W.cap)),
    W.cap,
    /\b(?:minimum number|absolutely necessary|not exceed|number (?:\w+ ){0,6}necessary)\b/
  );
  // Article 3(7) permits transfer for destruction to another State Party only; a permission to transfer to any
  // other State reaches States not party and is wider than the Convention.
  const wideTransfer = context.act.readings.filter(
    (r) =>
      r.role !== 'offence' &&
      /\btransfer\w*\b/.test(r.norm) &&
      /\bdestr\w*\b/.test(r.norm) &&
      /\b(?:another|any other|other|a foreign|any) (?:state|country|countries|states)\b/.test(r.norm) &&
      !/\bstates? part(?:y|ies)\b|\bparty to the convention\b|\bbound by the convention\b/.test(r.norm) &&
      tiedToCm(context, r)
  );
  const hits = [
    ...found.map((r) =>
      hit(
        r,
        W.purposeTraining,
        r.roleFrom === 'own' ? 'high' : 'medium',
        `${ROLE_WORD[r.role]} permits retention for training, techniques or counter-measures`
      )
    ),
    ...authorised.slice(0, 2).map((r) => hit(r, W.authorise, 'high', 'the permission needs an authorisation')),
    ...capped.slice(0, 2).map((r) => hit(r, W.cap, 'high', 'the number retained is capped'))
  ];
  const where = (list: Reading[]): string => [...new Set(list.map((r) => r.citation))].slice(0, 2).join(', ');
  if (authorised.length > 0 && capped.length > 0) {
    const reason = `Retention only under an authorisation (${where(authorised)}), for a number capped at what is necessary (${where(capped)})`;
    if (wideTransfer.length === 0) return finding('strong', `${reason}.`, hits);
    return finding(
      'partial',
      `${reason}; but ${where(wideTransfer)} permits transfer for destruction to another State, not only to a State Party as Article 3(7) allows.`,
      [
        ...hits,
        ...wideTransfer
          .slice(0, 1)
          .map((r) =>
            hit(
              r,
              /\b(?:another|any other|other|a foreign|any) (?:state|country|countries|states)\b/,
              'high',
              'transfer for destruction to any State'
            )
          )
      ]
    );
  }
  if (authorised.length > 0)
    return finding(
      'partial',
      `Retention for permitted purposes under an authorisation (${where(authorised)}), without a cap on the number.`,
      hits
    );
  if (capped.length > 0)
    return finding('partial', `Retention for permitted purposes, capped (${where(capped)}), without a written authorisation.`, hits);
  return finding('partial', 'Retention for permitted purposes is allowed, without a written authorisation or a cap on the number.', hits);
};

/** Information powers (Arts 7, 8). */
export const detectInformation: Detector = (context) => {
  const powers = context.act.readings.filter(
    (r) =>
      (r.role === 'power' || r.role === 'duty') &&
      OBJECTS.information.test(r.norm) &&
      W.requireInfo.test(r.norm) &&
      !/\blaid\b/.test(r.norm) &&
      (r.binds.has('official') || /\bnotice\b/.test(r.norm)) &&
      tiedToCm(context, r)
  );
  if (powers.length === 0)
    return absentOrUnknown(context, 'information_powers', 'No power to require information found.', 'a power to require information');
  const sections = new Set(powers.map((r) => r.section));
  const refs = [...sections].filter(Boolean).map((s) => new RegExp(`\\b(?:section|s) ${String(s).replace('.', ' ')}\\b`));
  const backing = context.act.readings.filter(
    (r) =>
      (isOffence(r) || r.role === 'penalty') &&
      W.sanctionInfo.test(r.norm) &&
      (sections.has(r.section) || refs.some((re) => re.test(r.norm)) || /\b(?:notice|requirement|information)\b/.test(r.norm))
  );
  const hits = [
    ...powers.map((r) => hit(r, OBJECTS.information, 'high', `${ROLE_WORD[r.role]} to require information`)),
    ...backing.map((r) => hit(r, W.sanctionInfo, 'high', 'an offence of failing to comply or giving false information backs the power'))
  ];
  return backing.length > 0
    ? finding(
        'strong',
        `A power to require information, backed by an offence (${[...new Set(backing.map((r) => r.citation))].slice(0, 2).join(', ')}).`,
        hits
      )
    : finding('partial', 'A power to require information, not backed by an offence.', hits);
};

/** Seizure, forfeiture and destruction (Arts 3, 9). */
export const detectSeizure: Detector = (context) => {
  const cmHere = (r: Reading): boolean =>
    (r.object === 'own' || r.object === 'lead-in' || r.object === 'section') && !OBJECTS.goods.test(r.norm) && !r.otherWeaponOnly;
  const seize = context.act.readings.filter(
    (r) => (r.role === 'power' || r.role === 'duty' || r.role === 'other' || r.role === 'offence') && r.acts.has('seize') && cmHere(r)
  );
  // A general forfeiture of "any weapon or munition" serves cluster munitions when the Act applies it to their offences.
  const forfeit = context.act.readings.filter(
    (r) => !permissive(r) && r.acts.has('forfeit') && (cmHere(r) || (r.cmPart && /\bmunitions?\b/.test(r.norm) && !r.otherWeaponOnly))
  );
  const exceptionSeize = context.act.readings.filter((r) => permissive(r) && r.acts.has('seize') && cmHere(r));
  const destroy = (list: Reading[]): boolean => list.some((r) => r.acts.has('destroy') || /\bdestr/.test(r.sectionText));
  if (seize.length > 0 && (forfeit.length > 0 || destroy(seize)))
    return finding('strong', 'Powers to seize cluster munitions, with forfeiture or destruction.', [
      ...seize.map((r) => hit(r, ACT_TERMS.seize, 'high', `${ROLE_WORD[r.role]} to seize cluster munitions`)),
      ...forfeit.map((r) => hit(r, ACT_TERMS.forfeit, 'high', 'forfeiture of cluster munitions'))
    ]);
  if (forfeit.length > 0)
    return finding(
      'partial',
      'Forfeiture (on conviction) only; no power to seize cluster munitions found.',
      forfeit.map((r) => hit(r, ACT_TERMS.forfeit, 'high', 'forfeiture of cluster munitions'))
    );
  if (seize.length > 0 || exceptionSeize.length > 0)
    return finding(
      'partial',
      'Seizure appears only as an exception or without forfeiture and destruction.',
      [...seize, ...exceptionSeize].map((r) => hit(r, ACT_TERMS.seize, 'medium', `${ROLE_WORD[r.role]} mentions seizing cluster munitions`))
    );
  return absentOrUnknown(
    context,
    'seizure_destruction',
    'No seizure, forfeiture or destruction powers found.',
    'powers to seize, forfeit or destroy cluster munitions'
  );
};

/** Stockpile destruction (Art 3). */
export const detectStockpileDestruction: Detector = (context) => {
  const found = context.act.readings.filter(
    (r) =>
      r.acts.has('destroy') &&
      W.stockRef.test(r.norm) &&
      (r.role === 'duty' || /\b(?:must|shall)\b/.test(r.norm)) &&
      !W.purposeTraining.test(r.norm) &&
      // "On conviction … every cluster munition in respect of which the offence was committed is forfeited … and must be
      // destroyed": what is forfeited for an offence, not the State's stockpile.
      !/\b(?:forfeit\w*|on (?:a |the )?conviction|in respect of which the offence)\b/.test(r.norm) &&
      !permissive(r) &&
      tiedToCm(context, r)
  );
  if (found.length === 0)
    return absentOrUnknown(context, 'stockpile_destruction', 'No duty to destroy stockpiles found.', 'a duty to destroy stockpiles');
  const hits = found.map((r) => hit(r, ACT_TERMS.destroy, 'high', 'a duty to destroy stockpiles'));
  return found.some((r) => W.deadline.test(r.norm))
    ? finding('strong', 'Duty to destroy stockpiles with a deadline.', hits)
    : finding('partial', 'Duty to destroy stockpiles, with no Article 3 deadline stated.', hits);
};

/** Clearance (Art 4). */
export const detectClearance: Detector = (context) => {
  const found = context.act.readings.filter(
    (r) =>
      W.clearance.test(r.norm) &&
      W.area.test(r.norm) &&
      !W.purposeTraining.test(r.norm) &&
      !permissive(r) &&
      r.role !== 'definition' &&
      tiedToCm(context, r)
  );
  if (found.length === 0)
    return absentOrUnknown(
      context,
      'clearance',
      'No provision on clearance of contaminated areas found.',
      'a duty to clear contaminated areas'
    );
  const owners = new Set(found.map((r) => r.owner));
  const deadline = context.act.readings.some(
    (r) =>
      owners.has(r.owner) && W.clearance.test(r.norm) && W.deadline.test(r.norm) && (r.role === 'duty' || /\b(?:must|shall)\b/.test(r.norm))
  );
  const hits = found.map((r) =>
    hit(r, W.clearance, r.role === 'duty' ? 'high' : 'medium', `${ROLE_WORD[r.role]} on clearing contaminated areas`)
  );
  return deadline
    ? finding('strong', 'Duty to clear contaminated areas with a deadline.', hits)
    : finding('partial', 'Clearance is provided for, without the Article 4 ten-year deadline.', hits);
};

/** Victim assistance (Art 5). */
export const detectVictims: Detector = (context) => {
  const found = context.act.readings.filter(
    (r) => W.victim.test(r.norm) && W.care.test(r.norm) && r.role !== 'definition' && !permissive(r) && tiedToCm(context, r)
  );
  if (found.length === 0)
    return absentOrUnknown(
      context,
      'victim_assistance',
      'No provision on assistance to cluster munition victims found.',
      'a duty to assist victims'
    );
  const hits = found.map((r) => hit(r, W.victim, r.role === 'duty' ? 'high' : 'medium', `${ROLE_WORD[r.role]} on assistance to victims`));
  // Money set aside for victims ("the Fund shall be applied to the medical care … of victims") pays for assistance; it is not a duty to give it.
  const duties = found.filter((r) => (r.role === 'duty' || /\b(?:must|shall)\b/.test(r.norm)) && !FUND.test(r.full));
  if (duties.length > 0) return finding('strong', 'Duty to assist cluster munition victims.', hits);
  if (found.some((r) => FUND.test(r.full)))
    return finding(
      'partial',
      'Money is set aside for assistance to victims (a fund); no duty to provide the assistance, and no focal point.',
      hits
    );
  return finding('partial', 'Victim assistance is mentioned without a duty.', hits);
};

/** A fund or money applied to a purpose, rather than a duty to act. */
const FUND =
  /\b(?:fund|funds|moneys?|monies|fines)\b(?: \w+){0,8} (?:shall|must|may) be (?:applied|used|paid|spent|credited)\b|\bmoney in the fund\b|\bthe fund shall\b/;

/** Cooperation between States that is not the Convention's (criminal matters). */
const NOT_ARTICLE_6 = /\bmutual (?:legal )?assistance(?: in criminal matters)?(?: act)?\b|\bcriminal matters\b|\bextradit\w*/g;

/** Cooperation (Art 6). */
export const detectCooperation: Detector = (context) => {
  const found = context.act.readings.filter(
    (r) =>
      // Mutual legal assistance in criminal matters and extradition are not Article 6 cooperation.
      W.cooperation.test(r.norm.replace(NOT_ARTICLE_6, ' ')) &&
      !W.joint.test(r.norm) &&
      r.role !== 'definition' &&
      !permissive(r) &&
      tiedToCm(context, r)
  );
  if (found.length === 0)
    return absentOrUnknown(
      context,
      'cooperation',
      'No provision on international cooperation and assistance found.',
      'international cooperation and assistance'
    );
  return finding(
    'strong',
    'Provides for international cooperation and assistance.',
    found.map((r) => hit(r, W.cooperation, 'medium', `${ROLE_WORD[r.role]} on cooperation and assistance`))
  );
};

/** Transparency (Art 7). */
export const detectTransparency: Detector = (context) => {
  const duty = context.act.readings.filter(
    (r) =>
      W.report.test(r.norm) &&
      W.reportTo.test(r.norm) &&
      (r.role === 'duty' || /\b(?:must|shall)\b/.test(r.norm)) &&
      !permissive(r) &&
      tiedToCm(context, r)
  );
  if (duty.length > 0)
    return finding(
      'strong',
      'Duty to report under Article 7.',
      duty.map((r) => hit(r, W.report, 'high', 'a duty to report'))
    );
  const support = context.act.readings.filter(
    (r) => /\barticle 7\b|\breporting obligations?\b/.test(r.norm) && r.role !== 'definition' && tiedToCm(context, r)
  );
  if (support.length > 0)
    return finding(
      'partial',
      'Information can be gathered for Article 7 reports; no reporting duty or authority named.',
      support.map((r) => hit(r, /article 7|reporting/, 'medium', `${ROLE_WORD[r.role]} refers to Article 7 reporting`))
    );
  return absentOrUnknown(
    context,
    'transparency',
    'No provision on Article 7 reporting found.',
    'a duty or power to report under Article 7'
  );
};

/** Universalisation (Art 21(1)-(2)). */
export const detectUniversalisation: Detector = (context) => {
  const found = context.act.readings.filter(
    (r) => W.nonParty.test(r.norm) && W.promote.test(r.norm) && !W.joint.test(r.norm) && !permissive(r) && tiedToCm(context, r)
  );
  if (found.length === 0)
    return absentOrUnknown(
      context,
      'universalisation',
      'No provision on promoting the Convention with States not party found.',
      'promotion of the Convention with States not party'
    );
  return finding(
    'strong',
    'Provides for promoting the Convention and its norms with States not party.',
    found.map((r) => hit(r, W.promote, 'medium', `${ROLE_WORD[r.role]} on promoting the Convention`))
  );
};
