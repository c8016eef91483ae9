/**
 * Gap analysis of any Act: concept detectors read what each provision means
 * (as real statutes word it: synonyms, inflections, word order, lead-in words
 * of a parent provision) and rate each strength component and each
 * Convention obligation. Nothing is guessed: a component with no provision
 * found is reported absent.
 */
import type {ActDocument} from '../act/types.js';
import {COMPONENTS, OBLIGATIONS, type ComponentId} from './catalogue.js';
import type {ComponentFinding, Confidence, Evidence, JointOperationsForm, ObligationFinding, Rating} from './types.js';
import {normaliseForMatch, unitsOf, type Unit} from './units.js';

/** Word patterns, written for normalised text (lower case, no punctuation). */
const W = {
  cm: /\b(?:cluster munitions?|prohibited munitions?|explosive bomblets?|explosive submunitions?|cluster bombs?|submunitions?|bomblets?)\b/,
  mine: /\b(?:anti personnel mines?|landmines?|land mines?|mines?)\b/,
  use: /\b(?:use|uses|using|employ|employs|employing|employment)\b/,
  develop: /\bdevelop(?:s|ed|ing|ment)?\b/,
  // "make" only in its sense of producing: not "make safe", "make regulations", "make a report" and the like.
  produce:
    /\b(?:produc(?:e|es|ed|ing|tion)|manufactur\w*|fabricat\w*|mak(?:e|es|ing)\b(?!\s+(?:safe|sure|available|good|use|an?|the|it|them|any|every|all|no|such|reasonable|regulations?|rules?|orders?|payments?|arrangements?|provision|applications?|declarations?|reports?|representations?|inquiries|enquiries|records?)\b))/,
  acquire: /\b(?:acquir\w*|acquisition|obtain\w*|purchas\w*|buy|buys|buying|bought)\b/,
  stockpile: /\b(?:stockpil\w*|in stock|stocks)\b/,
  retain: /\b(?:retain\w*|retention)\b/,
  possess: /\b(?:possess\w*|possession|holds?|holding|keeps?|keeping|stores?|storing)\b/,
  transfer:
    /\b(?:transfer\w*|sells?|selling|sold|suppl(?:y|ies|ied|ying)|exports?|exporting|exported|trades?|trading|deals? in|dealing in|gives?|giving|lends?|lending)\b/,
  transferStrong: /\b(?:transfer\w*|pass(?:es|ed|ing)? on|hand(?:s|ed|ing)? over|otherwise dispos\w*)\b/,
  anyone: /\b(?:directly or indirectly|to anyone|to any person|any other person|another person)\b/,
  assist: /\b(?:assist(?:s|ed|ing)?|aids?|aided|aiding|abet\w*|helps?|helping)\b/,
  encourage: /\b(?:encourag\w*|induc(?:e|es|ed|ing|ement)|counsel\w*|procur\w*|incit\w*|promot(?:e|es|ed|ing)|solicit\w*)\b/,
  intent: /\b(?:intend\w*|intention\w*|intentional\w*)\b/,
  invest: /\b(?:invest\w*|financ\w*|funds?|funding|loans?|shares|securities|moneys?|monies)\b/,
  investTarget: /\b(?:develop\w*|produc\w*|manufactur\w*|munitions? compan\w*|munitions? producers?|cluster munitions?)\b/,
  publicMoney:
    /\b(?:public (?:money|moneys|monies|funds?)|state funds?|government funds?|moneys provided by|sovereign (?:wealth )?fund|public pension)\b/,
  transit:
    /\btransit\w*\b|\b(?:transport\w*|carr(?:y|ies|ied|ying)|conve(?:y|ys|yed|ying)|mov(?:e|es|ed|ing)|pass(?:es|ed|ing)?|ships?|shipping|shipped)\b(?: \w+){0,8} (?:through|across|via) (?:\w+ ){0,4}(?:territory|state|country|republic|kingdom|islands?|ports?|airports?|airspace|waters)\b/,
  carry: /\b(?:transport\w*|carr(?:y|ies|ied|ying)|conve(?:y|ys|yed|ying)|mov(?:e|es|ed|ing)|ships?|shipping|shipped)\b/,
  customs: /\bcustoms\b/,
  importExport: /\b(?:import\w*|export\w*)\b/,
  foreign:
    /\b(?:foreign (?:state|states|government|governments|forces|armed forces|military|country|countries)|visiting forces?|another state|other states?|states? not part\w*|not a party|any other state|(?:a|any) state other than)\b/,
  store: /\b(?:stockpil\w*|stor(?:e|es|ed|ing|age)|station\w*|possess\w*|possession|keep\w*|retain\w*|held|hold\w*|deploy\w*)\b/,
  territory: /\b(?:territory|territorial|in the state|within the state|on the soil|in (?:the )?(?:country|republic|kingdom|islands?))\b/,
  joint:
    /\b(?:military (?:co ?operation|operations?|activities|activity|exercises?)|operations exercises|international military|combined operations?|joint operations?|multinational operations?|operations with|exercises or other military)\b/,
  nonParty: /\b(?:not (?:a )?part(?:y|ies) to|non part(?:y|ies)|states? not part\w*|not party|state that is not|countries not part\w*)\b/,
  express: /\b(?:(?:express(?:ly)?|explicit(?:ly)?|specific(?:ally)?) (?:to )?(?:request\w*|ask\w*)|request\w* expressly)\b/,
  limit:
    /\b(?:unless|except|other than|does not apply to|does not extend to|not authori[sz]es?|does not permit|not permit|nothing in this (?:section|subsection) (?:authori[sz]es|permits))\b/,
  bomblet: /\b(?:explosive bomblets?|dispensers? affixed to (?:an )?aircraft)\b/,
  corp: /\b(?:bod(?:y|ies) corporate|compan(?:y|ies)|corporations?|legal (?:persons?|entit(?:y|ies))|body incorporated|incorporated)\b/,
  officer:
    /\b(?:directors?|managers?|secretar(?:y|ies)|officers? of (?:the|a) (?:body|company|corporation)|concerned in the management|similar officer)\b/,
  abroad:
    /\b(?:outside (?:of )?(?:the )?\w+|abroad|elsewhere|extra ?territorial\w*|extended geographical jurisdiction|beyond the territory|wherever (?:committed|done))\b/,
  citizen: /\b(?:citizens?|nationals?)\b/,
  resident: /\b(?:residents?|ordinarily resident|domiciled)\b/,
  forces: /\b(?:armed forces|defence forces?|members? of the (?:armed|defence))\b/,
  category: /\bcategory [a-d]\b|\bextended geographical jurisdiction\b/,
  purpose:
    /\b(?:training|train|detection|detecting|clearance|clearing|destruction|destroying) (?:\w+ ){0,4}techniques?\b|\btechniques? (?:\w+ ){0,4}(?:detection|detecting|clearance|clearing|destruction|destroying)\b|\bcounter ?measures?\b/,
  authorise: /\b(?:authoris\w*|authoriz\w*|permission|permit\w*|licen[cs]\w*|written notice|in writing|by notice|approv\w*|warrant)\b/,
  cap: /\b(?:specified number|limited number|minimum number|absolutely necessary|number (?:\w+ ){0,6}necessary|specified quantit\w*)\b/,
  information: /\b(?:information|documents?|records?|particulars|returns?)\b/,
  require: /\b(?:requir\w*|request\w*|obtain\w*|call for)\b/,
  sanctionInfo: /\b(?:fails? (?:\w+ ){0,4}to comply|false or misleading|false statement|misleading)\b/,
  conventionPurpose: /\b(?:article [78]|convention|reporting obligations?|obligations under)\b/,
  seize: /\b(?:seiz\w*|detain\w*|remov\w*|take possession|immobilis\w*|immobiliz\w*|confiscat\w*)\b/,
  forfeit: /\bforfeit\w*\b/,
  destroy: /\b(?:destroy\w*|destruction|render\w* harmless|disposal)\b/,
  stockRef:
    /\b(?:stockpil\w*|stocks?|held by (?:the )?(?:state|crown|armed|defence|government|military)|armed forces|defence forces?|article 3|all cluster munitions)\b/,
  deadline: /\b(?:years?|article [34]|deadline|no later than|not later than|before the (?:\w+ ){0,3}anniversary)\b/,
  clearance: /\b(?:clear(?:ed|ing|ance)?|mark\w*|fenc\w*|survey\w*|risk (?:reduction )?education)\b/,
  area: /\b(?:remnants?|contaminated|contamination)\b/,
  victim: /\bvictims?\b/,
  care: /\b(?:assist\w*|care|rehabilitat\w*|support\w*|inclusion|services?|compensat\w*)\b/,
  cooperation:
    /\b(?:international co ?operation|co ?operat\w* (?:with|and)|assistance to (?:other )?(?:states|countries)|article 6|technical (?:material|financial)|mutual assistance)\b/,
  report: /\breport\w*\b/,
  reportTo: /\b(?:article 7|secretary general|united nations|transparency|convention)\b/,
  promote: /\b(?:promot\w*|encourag\w*|notif\w*|universal\w*|adhere\w*|adherence|accede|accession|ratif\w*|discourag\w*)\b/,
  penalty: /\b(?:imprisonment|imprisoned|penal servitude|custod\w*|jail|gaol)\b/,
  fine: /\b(?:fine|fines|penalty units?|monetary penalty)\b/,
  definitionCm: /\bcluster munitions?\b(?: \w+){0,3} (?:means|has the (?:same )?meaning|includes)\b|\bmeaning of cluster munitions?\b/,
  separate: /\bseparat\w*\b/
} as const;

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

/** Options for {@link analyseAct}. */
export interface AnalyseOptions {
  /** Longest quoted snippet (characters). */
  snippetLength?: number;
}

/** The result of analysing an Act (the report adds its envelope). */
export interface ActAnalysis {
  strength: ComponentFinding[];
  convention: ObligationFinding[];
}

interface Hit {
  unit: Unit;
  term: RegExp;
  confidence: Confidence;
}

/** Analyse an Act: strength view and Convention view. */
export function analyseAct(act: ActDocument, options: AnalyseOptions = {}): ActAnalysis {
  // Purpose sections restate the Act's aims (`prohibiting the use … of cluster munitions`): never evidence.
  const units = unitsOf(act).filter((u) => !u.purpose);
  const snippetLength = options.snippetLength ?? 160;
  const titleCm = W.cm.test(normaliseForMatch(`${act.title} ${act.preamble}`));
  const evidence = (hits: Hit[], max = 3): Evidence[] => {
    const seen = new Set<string>();
    const out: Evidence[] = [];
    for (const h of hits) {
      if (seen.has(h.unit.citation)) continue;
      seen.add(h.unit.citation);
      out.push({
        citation: h.unit.citation,
        section: h.unit.section ?? null,
        schedule: h.unit.schedule ?? null,
        line: h.unit.line,
        snippet: snippet(h.unit.text, h.term, snippetLength),
        confidence: h.confidence
      });
      if (out.length >= max) break;
    }
    return out;
  };

  /** Whether the unit is about cluster munitions (not only anti-personnel mines). */
  const aboutCm = (u: Unit): 'own' | 'context' | false => {
    if (W.cm.test(u.norm)) return 'own';
    if (W.mine.test(u.norm) || W.mine.test(u.heading)) return false;
    if (W.cm.test(u.context) || W.cm.test(u.heading)) return 'context';
    return titleCm ? 'context' : false;
  };
  const confidenceOf = (_u: Unit, cm: 'own' | 'context' | false, kindFromOwn = true): Confidence =>
    cm === 'own' && kindFromOwn ? 'high' : cm === 'own' || cm === 'context' ? 'medium' : 'low';

  // Units that belong to special concepts, so core verbs there do not count.
  const isInvestment = (u: Unit): boolean => W.invest.test(u.norm) && W.investTarget.test(u.norm + u.context) && !W.victim.test(u.norm);
  const isExpress = (u: Unit): boolean => W.express.test(u.norm);
  const isJoint = (u: Unit): boolean =>
    W.joint.test(u.norm) || (W.nonParty.test(u.norm) && /\b(?:military|forces|operations?)\b/.test(u.norm));
  // A unit that refers to an offence elsewhere (`an offence under section 2(1)(d)`) does not create one.
  const refersOnly = (u: Unit): boolean =>
    /\boffences? (?:under|against) (?:section|subsection|this|paragraph)\b/.test(u.norm) &&
    !/\b(?:commits?|guilty|must not|shall not|no person)\b/.test(u.norm);
  const coreUnits = units.filter(
    (u) => u.kind === 'prohibition' && !isInvestment(u) && !isExpress(u) && !refersOnly(u) && !W.sanctionInfo.test(u.norm) && aboutCm(u)
  );
  const verbHits = (re: RegExp, strip?: RegExp): Hit[] =>
    coreUnits
      .filter((u) => re.test(strip ? u.norm.replace(strip, ' ') : u.norm))
      .map((u) => ({unit: u, term: re, confidence: confidenceOf(u, aboutCm(u), kindOwn(u))}));

  const findings = new Map<ComponentId, ComponentFinding>();
  const set = (id: ComponentId, rating: Rating, reason: string, hits: Hit[], extra: Partial<ComponentFinding> = {}): void => {
    const info = COMPONENTS.find((c) => c.id === id)!;
    const ev = rating === 'absent' ? [] : evidence(hits);
    findings.set(id, {
      id,
      title: info.title,
      articles: info.articles,
      rating,
      reason,
      precedent: info.precedent,
      confidence: rating === 'absent' ? 'high' : (ev[0]?.confidence ?? 'low'),
      evidence: ev,
      ...extra
    });
  };

  // Penalties first: other ratings mention them.
  const penaltyUnits = units.filter((u) => W.penalty.test(u.norm) && !W.sanctionInfo.test(u.norm));
  let maxYears = 0;
  let maxUnit: Unit | undefined;
  for (const u of penaltyUnits) {
    const years = imprisonmentYears(u.norm);
    if (years > maxYears) {
      maxYears = years;
      maxUnit = u;
    }
  }
  const fineUnits = units.filter((u) => W.fine.test(u.norm) && /\b(?:liable|penalty|punishable|conviction)\b/.test(u.norm + u.context));
  const hasPenalty = maxYears > 0 || fineUnits.length > 0;
  // Same thresholds as the draft report: 7 years or more strong (New Zealand's 7 is the lowest
  // "serious" precedent), 3 to 6 partial (Canada's 5 on indictment), under 3 weak (regulatory range).
  if (maxUnit && maxYears >= 7) {
    set('penal_sanctions', 'strong', `Imprisonment up to ${years(maxYears)}.`, [{unit: maxUnit, term: W.penalty, confidence: 'high'}]);
  } else if (maxUnit && maxYears >= 3) {
    set('penal_sanctions', 'partial', `Imprisonment only up to ${years(maxYears)}, below the 7 years of comparable weapons offences.`, [
      {unit: maxUnit, term: W.penalty, confidence: 'high'}
    ]);
  } else if (maxUnit) {
    set('penal_sanctions', 'weak', `Imprisonment only up to ${years(maxYears)}, the range of regulatory offences.`, [
      {unit: maxUnit, term: W.penalty, confidence: 'high'}
    ]);
  } else if (fineUnits.length > 0) {
    set(
      'penal_sanctions',
      'weak',
      'Fines only: no term of imprisonment found.',
      fineUnits.map((u) => ({unit: u, term: W.fine, confidence: 'medium' as Confidence}))
    );
  } else {
    set('penal_sanctions', 'absent', 'No penalty found for the prohibitions.', []);
  }
  const penaltyNote = hasPenalty ? '' : ' No penalty is attached.';
  const offenceRating = (found: boolean): Rating => (!found ? 'absent' : hasPenalty ? 'strong' : 'partial');

  // Core prohibitions.
  const useHits = verbHits(W.use, /\b(?:be|been|being|is|are|was|were|for|of) used?\b|\bfor use\b/g);
  set(
    'use',
    offenceRating(useHits.length > 0),
    useHits.length > 0 ? `Prohibits use of cluster munitions.${penaltyNote}` : 'No prohibition of use found.',
    useHits
  );

  const dev = verbHits(W.develop);
  const prod = verbHits(W.produce);
  const acq = verbHits(W.acquire);
  const dpaMissing = [dev.length ? '' : 'develop', prod.length ? '' : 'produce', acq.length ? '' : 'acquire'].filter(Boolean);
  const dpaHits = [...dev, ...prod, ...acq];
  if (dpaHits.length === 0) set('develop_produce_acquire', 'absent', 'No prohibition of development, production or acquisition found.', []);
  else if (dpaMissing.length > 0)
    set('develop_produce_acquire', 'partial', `Prohibition does not name: ${dpaMissing.join(', ')}.`, dpaHits);
  else set('develop_produce_acquire', offenceRating(true), `Prohibits developing, producing and acquiring.${penaltyNote}`, dpaHits);

  const pos = verbHits(W.possess);
  const stock = verbHits(W.stockpile);
  const ret = verbHits(W.retain);
  const spHits = [...pos, ...stock, ...ret];
  if (spHits.length === 0) set('stockpile_retain', 'absent', 'No prohibition of possession, stockpiling or retention found.', []);
  else if (pos.length > 0 || (stock.length > 0 && ret.length > 0))
    set(
      'stockpile_retain',
      offenceRating(true),
      `Prohibits ${[pos.length ? 'possessing' : '', stock.length ? 'stockpiling' : '', ret.length ? 'retaining' : ''].filter(Boolean).join(', ')}.${penaltyNote}`,
      spHits
    );
  else set('stockpile_retain', 'partial', `Prohibits only ${stock.length ? 'stockpiling' : 'retaining'}; possession is not named.`, spHits);

  const tr = verbHits(W.transfer);
  const trStrong = tr.filter((h) => W.transferStrong.test(h.unit.norm));
  if (tr.length === 0) set('transfer', 'absent', 'No prohibition of transfer found.', []);
  else if (trStrong.length === 0)
    set('transfer', 'partial', 'Only particular dealings (sale, supply, export) are prohibited; transfer as such is not named.', tr);
  else {
    const anyone = trStrong.some((h) => W.anyone.test(h.unit.norm));
    set(
      'transfer',
      offenceRating(true),
      `Prohibits transfer${anyone ? ' to anyone, directly or indirectly' : ''}.${penaltyNote}`,
      trStrong
    );
  }

  const assistHits = coreUnits
    .filter((u) => W.assist.test(u.norm) || W.encourage.test(u.norm))
    .filter((u) => /\b(?:person|anyone|another|other|any conduct|engage)\b/.test(u.norm) || W.cm.test(u.norm))
    .map((u) => ({unit: u, term: W.assist.test(u.norm) ? W.assist : W.encourage, confidence: confidenceOf(u, aboutCm(u), kindOwn(u))}));
  if (assistHits.length === 0) set('assist_encourage_induce', 'absent', 'No offence of assisting, encouraging or inducing found.', []);
  else {
    const both = assistHits.some((h) => W.assist.test(h.unit.norm) && W.encourage.test(h.unit.norm));
    const intent = assistHits.every((h) => W.intent.test(h.unit.norm));
    if (intent)
      set(
        'assist_encourage_induce',
        'partial',
        'Assistance is an offence only with intent that the other person act (narrower than "in any way").',
        assistHits
      );
    else if (!both)
      set('assist_encourage_induce', 'partial', 'Names assisting but not encouraging or inducing (or the reverse).', assistHits);
    else
      set(
        'assist_encourage_induce',
        offenceRating(true),
        `Stand-alone offence of assisting, encouraging or inducing.${penaltyNote}`,
        assistHits
      );
  }

  // Investment.
  const invHits = units
    .filter((u) => u.kind !== 'definition' && u.kind !== 'exception' && isInvestment(u))
    .filter((u) => u.kind === 'prohibition' || /\b(?:avoid|not invest|divest\w*|refrain)\b/.test(u.norm))
    .map((u) => ({
      unit: u,
      term: W.invest,
      confidence: (W.cm.test(u.norm) || /munitions? compan/.test(u.norm) ? 'high' : 'medium') as Confidence
    }));
  if (invHits.length === 0) set('investment', 'absent', 'No prohibition of investment in cluster munitions found.', []);
  else if (invHits.every((h) => W.publicMoney.test(h.unit.norm + h.unit.sectionText + h.unit.heading)))
    set('investment', 'partial', 'Covers only the investment of public money, not private investors.', invHits);
  else
    set(
      'investment',
      'strong',
      'Prohibits any person from investing in or funding the development or production of cluster munitions.',
      invHits
    );

  // Transit: through the territory, or through the State named by its own name (`through Mauritius`).
  const places = placeNames(act);
  const throughPlace = places.length > 0 ? new RegExp(`\\b(?:through|across|via) (?:\\w+ ){0,4}(?:${places.join('|')})\\b`) : undefined;
  // A paragraph ("(a) into, through or out of the State") reads with its lead-in ("transports a cluster munition").
  const isTransit = (u: Unit): boolean =>
    W.transit.test(u.norm) || ((W.carry.test(u.norm) || W.carry.test(u.context)) && (throughPlace?.test(u.norm) ?? false));
  const transitUnits = units.filter((u) => isTransit(u) && aboutCm(u));
  const transitBan = transitUnits.filter((u) => u.kind === 'prohibition');
  const transitDef = transitUnits.filter((u) => u.kind === 'definition');
  const transitExc = transitUnits.filter((u) => u.kind === 'exception');
  const customsUnits = units.filter((u) => W.customs.test(u.norm + u.heading) && W.importExport.test(u.norm + u.heading) && aboutCm(u));
  const hitsOf = (list: Unit[], term: RegExp, confidence: Confidence): Hit[] => list.map((unit) => ({unit, term, confidence}));
  if (transitBan.length > 0)
    set(
      'transit',
      'strong',
      'Expressly prohibits transit of cluster munitions through the territory.',
      hitsOf(transitBan, W.transit, 'high')
    );
  else if (transitDef.length > 0)
    set(
      'transit',
      'partial',
      'Transit is brought in only through a definition, not an express prohibition.',
      hitsOf(transitDef, W.transit, 'medium')
    );
  else if (transitExc.length > 0)
    set('transit', 'weak', 'Transit is mentioned only in an exception.', hitsOf(transitExc, W.transit, 'medium'));
  else if (customsUnits.length > 0)
    set(
      'transit',
      'partial',
      'Import and export are controlled through customs law; transit is not expressly prohibited.',
      hitsOf(customsUnits, W.customs, 'medium')
    );
  else set('transit', 'absent', 'No provision on transit found.', []);

  // Foreign stockpiling.
  const foreignUnits = units.filter((u) => W.foreign.test(u.norm) && W.store.test(u.norm) && !isJoint(u) && aboutCm(u));
  const foreignBan = foreignUnits.filter((u) => u.kind === 'prohibition');
  const foreignExc = foreignUnits.filter((u) => u.kind === 'exception');
  if (foreignBan.length > 0)
    set(
      'foreign_stockpiling',
      'strong',
      'Expressly prohibits stockpiling by foreign States or forces on the territory.',
      hitsOf(foreignBan, W.foreign, 'high')
    );
  else if (foreignExc.length > 0)
    set(
      'foreign_stockpiling',
      'weak',
      'An exception lets foreign or visiting forces hold cluster munitions on the territory.',
      hitsOf(foreignExc, W.foreign, 'medium')
    );
  else if (pos.length > 0 || stock.length > 0)
    set(
      'foreign_stockpiling',
      'partial',
      'No express rule: covered only by the general possession or stockpiling offence, which binds anyone on the territory.',
      [...pos, ...stock].map((h) => ({...h, confidence: 'low' as Confidence}))
    );
  else set('foreign_stockpiling', 'absent', 'No provision on stockpiling by foreign States found.', []);

  // Joint operations (Art 21(3)-(4)).
  const expressOffence = units.filter((u) => u.kind === 'prohibition' && isExpress(u) && W.use.test(u.norm));
  const defence = units.filter(
    (u) => u.kind === 'exception' && isJoint(u) && (W.nonParty.test(u.norm + u.context + u.heading) || W.joint.test(u.heading))
  );
  // A limit says what the defence does not cover (`unless`, `does not apply to`, `does not permit`);
  // an express request the defence itself permits (`may … expressly request … if the choice is not within
  // the exclusive control`) is no limit.
  const jointSections = new Set(defence.map((u) => u.section ?? `sch ${u.schedule}`));
  const inJointSection = (u: Unit): boolean => jointSections.has(u.section ?? `sch ${u.schedule}`);
  const limits = units.filter(
    (u) => u.kind === 'exception' && (isExpress(u) || isJoint(u) || inJointSection(u)) && W.limit.test(u.norm + u.context)
  );
  // The defence itself lets the State's own people use, or direct the use of, cluster munitions.
  const permitsUse = units.filter(
    (u) => u.kind === 'exception' && inJointSection(u) && !isExpress(u) && W.use.test(u.norm) && !W.limit.test(u.norm + u.context)
  );
  let form: JointOperationsForm = 'none';
  if (expressOffence.length > 0) {
    form = 'express-request';
    set(
      'joint_operations',
      'strong',
      `Offence of expressly requesting use where the choice of munitions is in national control${defence.length ? ', with an exception for merely taking part in joint operations' : ''}.`,
      [...hitsOf(expressOffence, W.express, 'high'), ...hitsOf(defence, W.joint, 'medium')],
      {form}
    );
  } else if (defence.length > 0) {
    form = 'interoperability';
    if (permitsUse.length > 0)
      set(
        'joint_operations',
        'weak',
        "Broad defence for military cooperation with States not party: it lets the State's own personnel use cluster munitions or direct their use, beyond what Article 21(3) allows.",
        [...hitsOf(defence, W.joint, 'high'), ...hitsOf(permitsUse, W.use, 'high')],
        {form}
      );
    else if (limits.length > 0)
      set(
        'joint_operations',
        'partial',
        'Defence for military cooperation with States not party, limited by Article 21(4) carve-outs (express requests among them).',
        [...hitsOf(defence, W.joint, 'high'), ...hitsOf(limits, W.limit, 'medium')],
        {form}
      );
    else
      set(
        'joint_operations',
        'weak',
        'Broad defence for military cooperation with States not party, with no Article 21(4) limits stated.',
        hitsOf(defence, W.joint, 'high'),
        {form}
      );
  } else set('joint_operations', 'absent', 'No provision on military cooperation with States not party found.', [], {form});

  // Explosive bomblets (Art 1(2)).
  const bombletUnits = units.filter((u) => W.bomblet.test(u.norm));
  const bombletOperative = bombletUnits.filter((u) => u.kind !== 'definition');
  // A defined term that takes in explosive bomblets (`cluster munition … includes an explosive bomblet`),
  // directly or through another defined term (`prohibited weapon means … a cluster munition`), and that the offences use.
  // A definitions section without numbered paragraphs is one unit: read each definition (`…;`) on its own.
  const definitions = units
    .filter((u) => u.kind === 'definition')
    .flatMap((u) => u.text.split(/[;:\u2013\u2014]\s+|\.\s+(?=\S)/).map((piece) => normaliseForMatch(piece)))
    .map((norm) => ({norm, term: /^ ([a-z][a-z ]{1,40}?) (?:means|includes|has the (?:same )?meaning)\b/.exec(norm)?.[1]?.trim()}));
  const bombletTerms = new Set<string>();
  for (const d of definitions)
    if (d.term && !/\bexplosive bomblets?$/.test(d.term) && W.bomblet.test(d.norm.slice(d.term.length + 2))) bombletTerms.add(d.term);
  // A paragraph of a definition (`"prohibited munition" means— (c) an explosive bomblet …`): the term is in the lead-in.
  for (const u of units) {
    if (u.kind !== 'definition' || !W.bomblet.test(u.norm)) continue;
    const term = /(?:in this (?:act|part|section) )?([a-z][a-z ]{2,40}?) (?:means|includes)\b/
      .exec(`${u.context} ${u.norm}`)?.[1]
      ?.replace(/^in this \w+ /, '')
      .trim();
    if (term && !/\bexplosive bomblets?$/.test(term)) bombletTerms.add(term);
  }
  for (let round = 0; round < 3; round++)
    for (const d of definitions)
      if (d.term && !bombletTerms.has(d.term) && [...bombletTerms].some((t) => d.norm.includes(` ${t} `) || d.norm.includes(` ${t}s `)))
        bombletTerms.add(d.term);
  const usesTerm = (c: Unit): boolean => [...bombletTerms].some((t) => c.norm.includes(` ${t} `) || c.norm.includes(` ${t}s `));
  const bombletDefinedTerm = bombletUnits.filter((u) => u.kind === 'definition' && bombletTerms.size > 0 && coreUnits.some(usesTerm));
  if (bombletOperative.length > 0)
    set(
      'explosive_bomblets',
      'strong',
      'The prohibitions apply to explosive bomblets from aircraft dispensers.',
      hitsOf(bombletOperative, W.bomblet, 'high')
    );
  else if (bombletDefinedTerm.length > 0)
    set(
      'explosive_bomblets',
      'strong',
      'Explosive bomblets are part of the defined term the offences use.',
      hitsOf(bombletDefinedTerm, W.bomblet, 'medium')
    );
  else if (bombletUnits.length > 0)
    set(
      'explosive_bomblets',
      'partial',
      'Explosive bomblets are defined but not brought within the prohibitions.',
      hitsOf(bombletUnits, W.bomblet, 'medium')
    );
  else set('explosive_bomblets', 'absent', 'No provision applying the Act to explosive bomblets found.', []);

  // Corporate liability.
  const corpUnits = units.filter((u) => W.corp.test(u.norm) && u.kind !== 'definition' && !isInvestment(u));
  const officerUnits = corpUnits.filter((u) => W.officer.test(u.norm) && /\b(?:offence|guilty|liable)\b/.test(u.norm + u.context));
  if (officerUnits.length > 0)
    set(
      'corporate_liability',
      'strong',
      'Bodies corporate and their directors or officers are liable.',
      hitsOf(officerUnits, W.officer, 'high')
    );
  else if (corpUnits.length > 0)
    set(
      'corporate_liability',
      'partial',
      'Bodies corporate are named, but no liability of directors or officers.',
      hitsOf(corpUnits, W.corp, 'medium')
    );
  else set('corporate_liability', 'absent', 'No provision on bodies corporate found.', []);

  // Extraterritorial application.
  const abroadUnits = units.filter((u) => (W.abroad.test(u.norm + u.context) || W.category.test(u.norm)) && u.kind !== 'definition');
  const reach = {citizens: false, residents: false, corporate: false, forces: false, category: false};
  for (const u of abroadUnits) {
    const t = u.norm + u.context;
    reach.citizens ||= W.citizen.test(t);
    reach.residents ||= W.resident.test(t);
    reach.corporate ||= W.corp.test(t);
    reach.forces ||= W.forces.test(t);
    reach.category ||= W.category.test(u.norm);
  }
  const reached = abroadUnits.filter(
    (u) =>
      W.citizen.test(u.norm + u.context) ||
      W.resident.test(u.norm + u.context) ||
      W.corp.test(u.norm) ||
      W.forces.test(u.norm) ||
      W.category.test(u.norm)
  );
  const who = [
    reach.citizens ? 'citizens' : '',
    reach.residents ? 'residents' : '',
    reach.corporate ? 'bodies corporate' : '',
    reach.forces ? 'armed forces' : ''
  ].filter(Boolean);
  if (reach.category)
    set('extraterritorial', 'strong', 'Extended geographical jurisdiction applies to the offences.', hitsOf(reached, W.category, 'medium'));
  else if (reach.citizens && (reach.residents || reach.corporate))
    set('extraterritorial', 'strong', `Offences reach conduct abroad by ${who.join(', ')}.`, hitsOf(reached, W.abroad, 'high'));
  else if (reached.length > 0)
    set(
      'extraterritorial',
      'partial',
      `Conduct abroad is reached only for ${who.join(', ') || 'some persons'}.`,
      hitsOf(reached, W.abroad, 'high')
    );
  else set('extraterritorial', 'absent', 'No provision on conduct outside the territory found.', []);

  // Authorised retention (Art 3(6)-(7)).
  // The permitted purposes are often listed as paragraphs under a lead-in that carries the verb
  // ("may permit … to acquire, retain or use … for the following purposes: (a) training in … techniques"),
  // so the lead-in words count with the paragraph's own.
  const retentionUnits = units.filter((u) => {
    const words = `${u.norm} ${u.context}`;
    return (
      W.purpose.test(u.norm) &&
      (W.retain.test(words) || W.acquire.test(words) || W.possess.test(words) || (u.kind === 'exception' && W.authorise.test(words))) &&
      u.kind !== 'prohibition'
    );
  });
  if (retentionUnits.length === 0)
    set(
      'retention_authorised',
      'absent',
      'No provision permitting retention for training or techniques (Art 3(6)); all retention stays prohibited.',
      []
    );
  else {
    const authorised = retentionUnits.filter((u) => W.authorise.test(u.norm + u.sectionText));
    const capped = retentionUnits.filter((u) => W.cap.test(u.norm + u.sectionText));
    if (authorised.length > 0 && capped.length > 0)
      set(
        'retention_authorised',
        'strong',
        'Retention only under a written authorisation, capped at a specified or minimum number.',
        hitsOf([...authorised, ...capped], W.purpose, 'high')
      );
    else if (authorised.length > 0)
      set(
        'retention_authorised',
        'partial',
        'Retention is authorised, but the number is not capped at the minimum absolutely necessary.',
        hitsOf(authorised, W.purpose, 'high')
      );
    else
      set(
        'retention_authorised',
        'weak',
        'Retention for training or techniques is allowed without an authorisation.',
        hitsOf(retentionUnits, W.purpose, 'medium')
      );
  }

  // Information powers.
  const infoUnits = units.filter(
    (u) =>
      W.information.test(u.norm) &&
      W.require.test(u.norm) &&
      /\b(?:notice|minister|secretary|authority|officer|director|commissioner)\b/.test(u.norm) &&
      u.kind !== 'definition'
  );
  if (infoUnits.length === 0) set('information_powers', 'absent', 'No power to require information found.', []);
  else {
    // The offence may sit in the same section or in another that refers to it (`fails to comply with a notice under section 10`).
    const infoSections = new Set(infoUnits.map((u) => u.section).filter((x): x is string => x !== undefined));
    const refersToInfo = (u: Unit): boolean =>
      [...u.norm.matchAll(/\b(?:section|sections|s) (\d+[a-z]?(?: \d+)?)\b/g)].some(
        (m) => infoSections.has(m[1]!.replace(' ', '.')) || infoSections.has(m[1]!.split(' ')[0]!)
      );
    const sanctionHits = units.filter(
      (u) => W.sanctionInfo.test(u.norm) && (infoUnits.some((i) => i.section === u.section) || refersToInfo(u))
    );
    const sanctioned = sanctionHits.length > 0;
    const linked = infoUnits.some((u) => W.conventionPurpose.test(u.norm + u.sectionText));
    if (sanctioned && linked)
      set('information_powers', 'strong', 'Power to require information for Convention purposes, backed by an offence.', [
        ...hitsOf(infoUnits, W.information, 'high'),
        ...hitsOf(sanctionHits, W.sanctionInfo, 'high')
      ]);
    else
      set(
        'information_powers',
        'partial',
        sanctioned
          ? 'Power to require information, not tied to Convention reporting.'
          : 'Power to require information, with no offence for failing to comply.',
        hitsOf(infoUnits, W.information, 'high')
      );
  }

  // Seizure, forfeiture, destruction.
  const seizeUnits = units.filter((u) => W.seize.test(u.norm) && u.kind !== 'exception' && u.kind !== 'definition' && aboutCm(u));
  const forfeitUnits = units.filter((u) => W.forfeit.test(u.norm) && aboutCm(u) !== false);
  const exceptionSeize = units.filter((u) => W.seize.test(u.norm) && u.kind === 'exception' && W.destroy.test(u.norm));
  if (seizeUnits.length > 0 && (forfeitUnits.length > 0 || seizeUnits.some((u) => W.destroy.test(u.sectionText))))
    set('seizure_destruction', 'strong', 'Powers to seize cluster munitions, with forfeiture or destruction.', [
      ...hitsOf(seizeUnits, W.seize, 'high'),
      ...hitsOf(forfeitUnits, W.forfeit, 'high')
    ]);
  else if (forfeitUnits.length > 0)
    set(
      'seizure_destruction',
      'partial',
      'Forfeiture (on conviction) only; no power to seize cluster munitions found.',
      hitsOf(forfeitUnits, W.forfeit, 'high')
    );
  else if (seizeUnits.length > 0 || exceptionSeize.length > 0)
    set(
      'seizure_destruction',
      'partial',
      'Seizure appears only as an exception or without forfeiture and destruction.',
      hitsOf([...seizeUnits, ...exceptionSeize], W.seize, 'medium')
    );
  else set('seizure_destruction', 'absent', 'No seizure, forfeiture or destruction powers found.', []);

  // Stockpile destruction (Art 3).
  const destructionUnits = units.filter(
    (u) =>
      W.destroy.test(u.norm) &&
      W.stockRef.test(u.norm) &&
      (u.kind === 'duty' || u.kind === 'prohibition' || /\b(?:must|shall)\b/.test(u.norm)) &&
      !W.purpose.test(u.norm)
  );
  if (destructionUnits.length === 0) set('stockpile_destruction', 'absent', 'No duty to destroy stockpiles found.', []);
  else if (destructionUnits.some((u) => W.deadline.test(u.norm)))
    set('stockpile_destruction', 'strong', 'Duty to destroy stockpiles with a deadline.', hitsOf(destructionUnits, W.destroy, 'high'));
  else
    set(
      'stockpile_destruction',
      'partial',
      'Duty to destroy stockpiles, with no Article 3 deadline stated.',
      hitsOf(destructionUnits, W.destroy, 'high')
    );

  // Clearance (Art 4).
  const clearanceUnits = units.filter((u) => W.clearance.test(u.norm) && W.area.test(u.norm) && !W.purpose.test(u.norm));
  if (clearanceUnits.length === 0) set('clearance', 'absent', 'No provision on clearance of contaminated areas found.', []);
  else if (clearanceDeadline(units, clearanceUnits))
    set('clearance', 'strong', 'Duty to clear contaminated areas with a deadline.', hitsOf(clearanceUnits, W.clearance, 'high'));
  else
    set(
      'clearance',
      'partial',
      'Clearance is provided for, without the Article 4 ten-year deadline.',
      hitsOf(clearanceUnits, W.clearance, 'medium')
    );

  // Victim assistance (Art 5).
  const victimUnits = units.filter((u) => W.victim.test(u.norm) && W.care.test(u.norm) && u.kind !== 'definition');
  if (victimUnits.length === 0) set('victim_assistance', 'absent', 'No provision on assistance to cluster munition victims found.', []);
  else if (victimUnits.some((u) => u.kind === 'duty' || /\b(?:must|shall)\b/.test(u.norm)))
    set('victim_assistance', 'strong', 'Duty to assist cluster munition victims.', hitsOf(victimUnits, W.victim, 'high'));
  else set('victim_assistance', 'partial', 'Victim assistance is mentioned without a duty.', hitsOf(victimUnits, W.victim, 'medium'));

  // Cooperation (Art 6).
  const coopUnits = units.filter((u) => W.cooperation.test(u.norm) && !isJoint(u) && u.kind !== 'definition');
  if (coopUnits.length === 0) set('cooperation', 'absent', 'No provision on international cooperation and assistance found.', []);
  else set('cooperation', 'strong', 'Provides for international cooperation and assistance.', hitsOf(coopUnits, W.cooperation, 'medium'));

  // Transparency (Art 7).
  const reportDuty = units.filter(
    (u) => W.report.test(u.norm) && W.reportTo.test(u.norm) && (u.kind === 'duty' || /\b(?:must|shall)\b/.test(u.norm))
  );
  const reportSupport = units.filter((u) => /\barticle 7\b|\breporting obligations?\b/.test(u.norm));
  if (reportDuty.length > 0) set('transparency', 'strong', 'Duty to report under Article 7.', hitsOf(reportDuty, W.report, 'high'));
  else if (reportSupport.length > 0)
    set(
      'transparency',
      'partial',
      'Information can be gathered for Article 7 reports; no reporting duty or authority named.',
      hitsOf(reportSupport, /article 7|reporting/, 'medium')
    );
  else set('transparency', 'absent', 'No provision on Article 7 reporting found.', []);

  // Universalisation (Art 21(1)-(2)).
  const universalUnits = units.filter((u) => W.nonParty.test(u.norm) && W.promote.test(u.norm) && !isJoint(u) && u.kind !== 'exception');
  if (universalUnits.length === 0)
    set('universalisation', 'absent', 'No provision on promoting the Convention with States not party found.', []);
  else
    set(
      'universalisation',
      'strong',
      'Provides for promoting the Convention and its norms with States not party.',
      hitsOf(universalUnits, W.promote, 'medium')
    );

  const strength = COMPONENTS.map((c) => findings.get(c.id)!);

  // Convention view.
  const concept = (name: string): Hit[] => {
    switch (name) {
      case 'definition': {
        const defs = units.filter((u) => W.definitionCm.test(u.norm));
        const treaty = act.schedules.some((s) => /\bconvention\b/i.test(s.heading));
        return defs.length > 0 ? hitsOf(defs, W.definitionCm, 'high') : treaty ? [] : [];
      }
      case 'separate_mark':
        return hitsOf(
          units.filter((u) => W.separate.test(u.norm) && /\bmark\w*\b/.test(u.norm) && W.destroy.test(u.norm)),
          W.separate,
          'medium'
        );
      case 'retention_report':
        return hitsOf(
          units.filter(
            (u) =>
              /\b(?:report\w*|records?)\b/.test(u.norm) &&
              (W.retain.test(u.norm) || /\bauthoris\w*|\bpermission\b/.test(u.norm)) &&
              /\b(?:cluster munitions?|number|quantit\w*|lot)\b/.test(u.norm)
          ),
          /report|record/,
          'medium'
        );
      case 'compliance':
        return hitsOf(
          units.filter((u) => /\barticle 8\b|\bclarification\b|\bfact finding\b|\bcompliance with the convention\b/.test(u.norm)),
          /article 8|clarification|fact|compliance/,
          'high'
        );
      default: {
        const re = REPORT_TERMS[name];
        if (!re) return [];
        return hitsOf(
          units.filter((u) => (W.report.test(u.norm) || /\barticle 7\b/.test(u.norm)) && re.test(u.norm)),
          re,
          'medium'
        );
      }
    }
  };

  const convention: ObligationFinding[] = OBLIGATIONS.map((o) => {
    const comps = o.components.map((id) => findings.get(id)!);
    const conceptHits = (o.concepts ?? []).map((c) => ({name: c, hits: concept(c)}));
    const found = comps.filter((c) => c.rating !== 'absent');
    const weakOrPartial = comps.filter((c) => c.rating === 'weak' || c.rating === 'partial');
    const absentComps = comps.filter((c) => c.rating === 'absent');
    const missingConcepts = conceptHits.filter((c) => c.hits.length === 0);
    const ev: Evidence[] = [];
    for (const c of found) ev.push(...c.evidence.filter((e) => e.confidence !== 'low'));
    for (const c of conceptHits) ev.push(...evidence(c.hits, 2));
    const evidenceList = dedupe(ev).slice(0, 4);
    const missing: string[] = [];
    for (const c of absentComps) missing.push(c.reason);
    for (const c of weakOrPartial) missing.push(c.reason);
    for (const c of missingConcepts) missing.push(CONCEPT_MISSING[c.name] ?? 'No provision names this reporting item.');
    const anything = found.length > 0 || conceptHits.some((c) => c.hits.length > 0);
    const everything = absentComps.length === 0 && missingConcepts.length === 0;
    let status: ObligationFinding['status'] = !anything ? 'missing' : everything && weakOrPartial.length === 0 ? 'implemented' : 'partial';
    // The Convention set out in a schedule gives its definitions some force, short of a definition in the Act.
    const treaty = act.schedules.find(
      (sch) => /\bconvention\b/i.test(sch.heading) || /each state party undertakes/i.test(sch.text.slice(0, 600))
    );
    if (o.id === 'art-2' && status === 'missing' && treaty) {
      status = 'partial';
      missing.unshift(
        `The Convention is set out in Schedule${treaty.number ? ` ${treaty.number}` : ''}, but no provision defines cluster munition by reference to it.`
      );
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
      sections: [...new Set(evidenceList.map((e) => e.citation))],
      missing: status === 'implemented' ? '' : [...new Set(missing)].join(' '),
      ...(o.usuallyAdministrative
        ? {note: 'Usually met by administrative measures: absence from the Act is a gap only if nothing else covers it.'}
        : {}),
      evidence: evidenceList
    };
  });

  return {strength, convention};
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

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    if (seen.has(e.citation)) return false;
    seen.add(e.citation);
    return true;
  });
}

function kindOwn(u: Unit): boolean {
  // The kind came from the unit's own words when its own text states it.
  return /\b(?:offence|must not|shall not|no person|prohibit\w*|guilty)\b/.test(u.norm);
}

/**
 * The names the Act gives its own State (`Mauritius`, `the Republic of Examplia`), normalised and
 * escaped for a pattern: read from phrases such as `outside Mauritius`, `citizen of Tuvalia`.
 */
export function placeNames(act: ActDocument): string[] {
  const text = [act.title, act.preamble, ...act.sections.map((s) => `${s.heading} ${s.text}`)].join(' ').slice(0, 400_000);
  const re =
    /\b(?:outside|within|throughout|citizens? of|nationals? of|Parliament of|territory of|resident in|incorporated in|registered in)\s+((?:the\s+)?[A-Z][\p{L}'-]+(?:\s+(?:of\s+)?[A-Z][\p{L}'-]+){0,3})/gu;
  const names = new Set<string>();
  for (const m of text.matchAll(re)) {
    const name = normaliseForMatch(m[1]!).trim().replace(/^the /, '');
    if (name.length < 3 || /^(?:this|that|any|a|an|section|part|convention|state|states)\b/.test(name)) continue;
    names.add(name);
    if (names.size >= 8) break;
  }
  return [...names].sort().map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** Longest term of imprisonment named in normalised text, in years (life = 99). */
export function imprisonmentYears(norm: string): number {
  let best = 0;
  const re = /\b(?:imprisonment|imprisoned|penal servitude|custody|jail|gaol)\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) !== null) {
    const window = norm.slice(Math.max(0, m.index - 60), m.index + 120);
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

function years(n: number): string {
  if (n >= 99) return 'life';
  if (n < 1) return `${Math.round(n * 12)} months`;
  return `${Number.isInteger(n) ? n : n.toFixed(1)} years`;
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

/**
 * Whether a clearance duty comes with a deadline. The deadline is often its
 * own subsection ("The clearance required by subsection (1) must be completed
 * … not later than …") that does not repeat "contaminated area", so look at
 * every binding clearance provision of the sections that set the duty.
 */
function clearanceDeadline(units: readonly Unit[], clearanceUnits: readonly Unit[]): boolean {
  const sections = new Set(clearanceUnits.map((u) => u.section ?? `sch ${u.schedule}`));
  return units.some(
    (u) =>
      sections.has(u.section ?? `sch ${u.schedule}`) &&
      W.clearance.test(u.norm) &&
      W.deadline.test(u.norm) &&
      (u.kind === 'duty' || /\b(?:must|shall)\b/.test(u.norm)) &&
      !W.purpose.test(u.norm)
  );
}
