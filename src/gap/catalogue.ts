/**
 * The gap report's catalogue, as data: the strength components of a strong
 * national law (HRW/IHRC "Staying Strong" list, ids fixed by issue 5) and the
 * Convention obligations (ids aligned with `checklists/article9.yaml`
 * `obligations:`). Precedents summarise real statutes in our own words.
 */

import {componentIds, type ComponentId} from '../model/vocabulary.js';
import {
  type Detector,
  detectAssist,
  detectBomblets,
  detectClearance,
  detectCooperation,
  detectCorporate,
  detectDevelopProduceAcquire,
  detectExtraterritorial,
  detectForeignStockpiling,
  detectInformation,
  detectInvestment,
  detectJointOperations,
  detectPenalSanctions,
  detectRetention,
  detectSeizure,
  detectStockpileDestruction,
  detectStockpileRetain,
  detectTransfer,
  detectTransit,
  detectTransparency,
  detectUniversalisation,
  detectUse,
  detectVictims
} from './detectors.js';

/** Strength component ids, exactly as used in JSON, messages and docs (one list, kept in model/vocabulary.ts). */
export const COMPONENT_IDS = componentIds;

/** A strength component id. */
export type {ComponentId};

/** HRW/IHRC grouping (chapters of *Staying Strong*). */
export type ComponentGroup = 'negative' | 'assistance' | 'positive' | 'breadth';

/** One strength component. */
export interface ComponentInfo {
  id: ComponentId;
  title: string;
  group: ComponentGroup;
  /** Convention articles, written like `1(1)(b)`. */
  articles: string[];
  /** What a strong provision does, in one line. */
  strong: string;
  /** A real law that does it well (or, where none is strong, the best known). */
  precedent: string;
  /** Reads the component in any Act (src/gap/detectors.ts). */
  detect: Detector;
}

/** The components, in report order. */
export const COMPONENTS: readonly ComponentInfo[] = [
  {
    id: 'use',
    title: 'Use',
    group: 'negative',
    articles: ['1(1)(a)'],
    strong: 'An offence of using cluster munitions, for any person.',
    precedent: 'New Zealand, Cluster Munitions Prohibition Act 2009, s10(1)(a)',
    detect: detectUse
  },
  {
    id: 'develop_produce_acquire',
    title: 'Development, production, other acquisition',
    group: 'negative',
    articles: ['1(1)(b)'],
    strong: 'Offences of developing, producing and otherwise acquiring cluster munitions.',
    precedent: 'New Zealand, Cluster Munitions Prohibition Act 2009, s10(1)(b)',
    detect: detectDevelopProduceAcquire
  },
  {
    id: 'stockpile_retain',
    title: 'Stockpiling and retention',
    group: 'negative',
    articles: ['1(1)(b)'],
    strong: 'Offences of possessing, stockpiling and retaining cluster munitions.',
    precedent: 'New Zealand, Cluster Munitions Prohibition Act 2009, s10(1)(c) (possess, retain or stockpile)',
    detect: detectStockpileRetain
  },
  {
    id: 'transfer',
    title: 'Transfer',
    group: 'negative',
    articles: ['1(1)(b)'],
    strong: 'An offence of transferring cluster munitions to anyone, directly or indirectly.',
    precedent: 'New Zealand, Cluster Munitions Prohibition Act 2009, s10(1)(d) (directly or indirectly)',
    detect: detectTransfer
  },
  {
    id: 'assist_encourage_induce',
    title: 'Assistance, encouragement, inducement',
    group: 'assistance',
    articles: ['1(1)(c)'],
    strong: 'A stand-alone offence of assisting, encouraging or inducing prohibited conduct "in any way".',
    precedent: 'New Zealand, Cluster Munitions Prohibition Act 2009, s10(1)(e)',
    detect: detectAssist
  },
  {
    id: 'penal_sanctions',
    title: 'Penal sanctions',
    group: 'negative',
    articles: ['9'],
    strong: 'Imprisonment of several years (in line with other serious weapons offences), with fines.',
    precedent: 'United Kingdom, Cluster Munitions (Prohibitions) Act 2010, s2(3) (up to 14 years, a fine, or both)',
    detect: detectPenalSanctions
  },
  {
    id: 'investment',
    title: 'Investment',
    group: 'assistance',
    articles: ['1(1)(c)'],
    strong: 'An offence for any person to provide or invest funds for the development or production of cluster munitions.',
    precedent: 'New Zealand, Cluster Munitions Prohibition Act 2009, s10(2)',
    detect: detectInvestment
  },
  {
    id: 'transit',
    title: 'Transit',
    group: 'assistance',
    articles: ['1(1)(b)', '1(1)(c)'],
    strong: 'An express prohibition of transit of cluster munitions through the territory, with customs powers.',
    // No statute on record prohibits transit in terms: a customs control of import and export is not one (the adviser's finding 9).
    precedent:
      'None on record: no common-law CCM Act studied expressly prohibits transit (customs controls of import and export, such as New Zealand 2009, s14, do not)',
    detect: detectTransit
  },
  {
    id: 'foreign_stockpiling',
    title: 'Foreign stockpiling',
    group: 'assistance',
    articles: ['1(1)(b)', '1(1)(c)'],
    strong: 'No exception for foreign forces: possession on the territory is an offence for everyone.',
    // Cook Islands s4(1) reaches foreign forces only through its general possession offence, which the detector rates partial.
    precedent:
      'Cook Islands, Cluster Munitions Act 2011, s4(1), possession an offence for everyone with exceptions limited to s9 permissions and officials (no common-law CCM Act studied names foreign stockpiling expressly)',
    detect: detectForeignStockpiling
  },
  {
    id: 'joint_operations',
    title: 'Joint military operations',
    group: 'assistance',
    articles: ['21(3)', '21(4)'],
    strong: 'An offence of expressly requesting use where the choice of munitions is within national control, and no wider exception.',
    precedent: 'New Zealand, Cluster Munitions Prohibition Act 2009, s10(3) (express-request offence) with s11(6)',
    detect: detectJointOperations
  },
  {
    id: 'explosive_bomblets',
    title: 'Explosive bomblets',
    group: 'breadth',
    articles: ['1(2)'],
    strong: 'The Act applies to explosive bomblets released from dispensers affixed to aircraft as to cluster munitions.',
    precedent: 'New Zealand, Cluster Munitions Prohibition Act 2009, s12; Australia, Criminal Code s72.44',
    detect: detectBomblets
  },
  {
    id: 'corporate_liability',
    title: 'Corporations and other legal entities',
    group: 'breadth',
    articles: ['9'],
    strong: 'Bodies corporate can commit the offences, and directors and officers who consent or fail to prevent are liable.',
    precedent: 'Cook Islands, Cluster Munitions Act 2011, s4(2) and s5; Ireland 2008, s18',
    detect: detectCorporate
  },
  {
    id: 'extraterritorial',
    title: 'Extraterritorial application',
    group: 'breadth',
    articles: ['9'],
    strong: 'Offences reach citizens, residents, bodies corporate and armed forces acting abroad.',
    precedent: 'New Zealand, Cluster Munitions Prohibition Act 2009, s9; Australia, Criminal Code s72.38(3) (category B)',
    detect: detectExtraterritorial
  },
  {
    id: 'retention_authorised',
    title: 'Authorised retention (Art 3(6)–(7))',
    group: 'positive',
    articles: ['3(6)', '3(7)', '3(8)'],
    strong: 'Retention only under a written authorisation, for a specified number capped at the minimum absolutely necessary.',
    precedent:
      'Cook Islands, Cluster Munitions Act 2011, s9(1)–(2) (authorisation and cap, although its s9(3) permits transfer for destruction to any State, wider than Art 3(7))',
    detect: detectRetention
  },
  {
    id: 'information_powers',
    title: 'Information powers (compliance)',
    group: 'positive',
    articles: ['7', '8'],
    strong: 'A power to require information for Convention reporting and compliance, backed by an offence.',
    precedent: 'Cook Islands, Cluster Munitions Act 2011, ss10-11; United Kingdom 2010, s20',
    detect: detectInformation
  },
  {
    id: 'seizure_destruction',
    title: 'Seizure, forfeiture and destruction',
    group: 'positive',
    articles: ['3', '9'],
    strong: 'Powers to seize cluster munitions found, forfeiture, and their destruction.',
    precedent: 'New Zealand, Cluster Munitions Prohibition Act 2009, s13; United Kingdom 2010, ss11-19 and s25',
    detect: detectSeizure
  },
  {
    id: 'stockpile_destruction',
    title: 'Stockpile destruction',
    group: 'positive',
    articles: ['3(1)', '3(2)'],
    strong: 'A duty to separate, mark and destroy stockpiles within the Article 3 deadline.',
    precedent:
      'None on record among the common-law CCM Acts studied sets a statutory destruction duty with the Article 3(2) deadline (the United Kingdom 2010 Act, ss11-19, gives powers to secure the destruction of munitions found, not a stockpile duty)',
    detect: detectStockpileDestruction
  },
  {
    id: 'clearance',
    title: 'Clearance and risk reduction education',
    group: 'positive',
    articles: ['4'],
    strong: 'A duty to survey, mark, clear and destroy remnants within ten years, with risk reduction education.',
    precedent: 'None on record: no common-law CCM Act studied sets a clearance duty (Article 4 sets the content)',
    detect: detectClearance
  },
  {
    id: 'victim_assistance',
    title: 'Victim assistance',
    group: 'positive',
    articles: ['5'],
    strong: 'A duty to assist victims (medical care, rehabilitation, psychological support, inclusion), with a focal point.',
    precedent:
      'None on record among the common-law CCM Acts studied (New Zealand, United Kingdom, Ireland, Australia, Canada, Samoa, Cook Islands); Article 5(2) sets the content',
    detect: detectVictims
  },
  {
    id: 'cooperation',
    title: 'International cooperation and assistance',
    group: 'positive',
    articles: ['6'],
    strong: 'Authority to give and receive cooperation and assistance under Article 6.',
    precedent:
      'None on record among the common-law CCM Acts studied (Article 6 is usually met administratively); Article 6(10) sets the content',
    detect: detectCooperation
  },
  {
    id: 'transparency',
    title: 'Transparency reporting',
    group: 'positive',
    articles: ['7'],
    strong: 'A designated authority that reports under Article 7, with powers to collect the information.',
    // New Zealand ss16-17 gather information for reports; no Act studied gives an authority the duty to report.
    precedent:
      'New Zealand, Cluster Munitions Prohibition Act 2009, ss16-17, information for reporting (no common-law CCM Act studied gives an authority a statutory duty to report under Article 7)',
    detect: detectTransparency
  },
  {
    id: 'universalisation',
    title: 'Universalisation and promotion of norms',
    group: 'positive',
    articles: ['21(1)', '21(2)'],
    strong: 'A duty to promote the Convention with States not party and discourage their use of cluster munitions.',
    precedent:
      'New Zealand, Cluster Munitions Prohibition Act 2009, s4 (obligations to which persons exercising power or discretion must have regard)',
    detect: detectUniversalisation
  }
];

/** Convention obligation ids, aligned with `checklists/article9.yaml`. */
export type ObligationId = string;

/** One obligation of the Convention, and the components that implement it. */
export interface ObligationInfo {
  id: ObligationId;
  /** Article reference as written in the checklist: `1(1)(a)`, `21(3)–(4)`. */
  article: string;
  title: string;
  /** Components whose findings implement the obligation (all needed for "implemented"). */
  components: ComponentId[];
  /** Extra concepts checked for this obligation (see `concepts.ts`). */
  concepts?: string[];
  /** Usually met outside an Act (administrative measures): said in the report so absence is read correctly. */
  usuallyAdministrative?: boolean;
}

const report7 = (letter: string, title: string, concept: string): ObligationInfo => ({
  id: `art-7-1-${letter}`,
  article: `7(1)(${letter})`,
  title,
  components: ['transparency'],
  concepts: [concept],
  usuallyAdministrative: true
});

/** The obligations, in Convention order (issue 5 §1.2). */
export const OBLIGATIONS: readonly ObligationInfo[] = [
  {id: 'art-1-1-a', article: '1(1)(a)', title: 'Never use cluster munitions', components: ['use']},
  {
    id: 'art-1-1-b',
    article: '1(1)(b)',
    title: 'Never develop, produce, acquire, stockpile, retain or transfer cluster munitions',
    components: ['develop_produce_acquire', 'stockpile_retain', 'transfer']
  },
  {
    id: 'art-1-1-c',
    article: '1(1)(c)',
    title: 'Never assist, encourage or induce prohibited activity',
    components: ['assist_encourage_induce']
  },
  {
    id: 'art-1-2',
    article: '1(2)',
    title: 'Same prohibitions for explosive bomblets from aircraft dispensers',
    components: ['explosive_bomblets']
  },
  {id: 'art-2', article: '2', title: 'Definitions', components: [], concepts: ['definition']},
  {
    id: 'art-3-1',
    article: '3(1)',
    title: 'Separate and mark stockpiles for destruction',
    components: [],
    concepts: ['separate_mark'],
    usuallyAdministrative: true
  },
  {id: 'art-3-2', article: '3(2)', title: 'Destroy stockpiles within eight years', components: ['stockpile_destruction']},
  {
    id: 'art-3-6-8',
    article: '3(6)–(8)',
    title: 'Retention and transfer for permitted purposes, and yearly report',
    components: ['retention_authorised'],
    concepts: ['retention_report']
  },
  {
    id: 'art-4',
    article: '4',
    title: 'Clear remnants and provide risk reduction education',
    components: ['clearance'],
    usuallyAdministrative: true
  },
  {id: 'art-5', article: '5', title: 'Assist cluster munition victims', components: ['victim_assistance'], usuallyAdministrative: true},
  {id: 'art-6', article: '6', title: 'International cooperation and assistance', components: ['cooperation'], usuallyAdministrative: true},
  report7('a', 'Report national implementation measures', 'report_measures'),
  report7('b', 'Report stockpiles', 'report_stockpiles'),
  report7('c', 'Report technical characteristics', 'report_technical'),
  report7('d', 'Report conversion or decommissioning of production facilities', 'report_facilities'),
  report7('e', 'Report destruction programmes', 'report_destruction_programmes'),
  report7('f', 'Report munitions destroyed', 'report_destroyed'),
  report7('g', 'Report stockpiles discovered after completion', 'report_discovered'),
  report7('h', 'Report contaminated areas', 'report_contaminated'),
  report7('i', 'Report clearance progress', 'report_clearance'),
  report7('j', 'Report risk reduction education', 'report_education'),
  report7('k', 'Report victim assistance', 'report_victims'),
  report7('l', 'Report responsible institutions', 'report_institutions'),
  report7('m', 'Report national resources', 'report_resources'),
  report7('n', 'Report international cooperation and assistance provided', 'report_cooperation'),
  {
    id: 'art-7-2',
    article: '7(2)',
    title: 'Annual update of the report',
    components: ['transparency'],
    concepts: ['report_annual'],
    usuallyAdministrative: true
  },
  {
    id: 'art-8',
    article: '8',
    title: 'Facilitation and clarification of compliance',
    components: ['information_powers'],
    concepts: ['compliance']
  },
  {
    id: 'art-9',
    article: '9',
    title: 'National implementation measures, including penal sanctions',
    components: ['penal_sanctions', 'corporate_liability', 'extraterritorial']
  },
  {
    id: 'art-21-2',
    article: '21(2)',
    title: 'Notify States not party and promote the norms',
    components: ['universalisation'],
    usuallyAdministrative: true
  },
  {
    id: 'art-21-3-4',
    article: '21(3)–(4)',
    title: 'Military cooperation with States not party, and its limits',
    components: ['joint_operations']
  }
];

/** Look up a component by id. */
export function componentInfo(id: ComponentId): ComponentInfo {
  const info = COMPONENTS.find((c) => c.id === id);
  if (!info) throw new Error(`Unknown component ${id}`);
  return info;
}

// ---------------------------------------------------------------- drafts made by the tool

/**
 * The checklist item whose answer decides each component in a draft
 * (`checklists/article9.yaml` `components:`). Where two items serve one
 * component (`information_powers`: reporting and compliance) the first is
 * the one the rating reads.
 */
export const COMPONENT_ITEM: Record<ComponentId, string> = {
  use: 'core-prohibitions',
  develop_produce_acquire: 'core-prohibitions',
  stockpile_retain: 'core-prohibitions',
  transfer: 'core-prohibitions',
  assist_encourage_induce: 'assistance',
  penal_sanctions: 'penalties',
  investment: 'investment',
  transit: 'transit',
  foreign_stockpiling: 'foreign-stockpiling',
  joint_operations: 'joint-operations',
  explosive_bomblets: 'explosive-bomblets',
  corporate_liability: 'corporate-liability',
  extraterritorial: 'jurisdiction',
  retention_authorised: 'retention',
  information_powers: 'reporting',
  seizure_destruction: 'enforcement',
  stockpile_destruction: 'stockpile-destruction',
  clearance: 'clearance',
  victim_assistance: 'victim-assistance',
  cooperation: 'cooperation',
  transparency: 'reporting',
  universalisation: 'non-parties'
};

/**
 * Maximum imprisonment for an individual (main offences, years) and the
 * rating it earns. Anchored on the checklist's `penalties` options:
 * - `strong` from 7 years: the checklist's "serious" option (around 7 to 14
 *   years) whose lowest precedent is New Zealand s10(4) (7 years); the United
 *   Kingdom (14), Australia and the Cook Islands (10) are above it;
 * - `partial` from 3 years: the "moderate" option (up to about 5 years,
 *   Canada s17 on indictment);
 * - `weak` below 3 years or without imprisonment ("fines only"): the range of
 *   regulatory offences (the model's own information offences default to 2
 *   years), which Article 9's "prevent and suppress" does not fit, and a fine
 *   alone can be priced in by a company.
 * Fine amounts are reported but not rated: currencies and penalty-unit values
 * differ too much between States for a single threshold.
 */
export const PENALTY_YEARS = {strong: 7, partial: 3} as const;

/** What kind of duty an obligation puts on the State, which decides how a draft can meet it. */
export type DutyKind =
  /** A rule of law (offence, definition, statutory duty): the Act implements it. */
  | 'law'
  /** An act of government (a report, a notification, cooperation): the Act can only support it with an authority and powers. */
  | 'executive'
  /** A permission the State may use or not (Art 3(6)–(8) retention). */
  | 'permission';

/** How a draft meets one obligation. */
export interface DraftObligationRule {
  /** Items that decide the status; the obligation's other checklist items only add to "missing". */
  primary: string[];
  duty: DutyKind;
  /** Items whose subject the report covers: when not applicable, the report is a nil return. */
  subject?: string[];
  /** A state profile answer that makes the report a nil return when false. */
  subjectState?: 'producer';
}

/** Per obligation id (checklist `obligations:`). */
export const DRAFT_OBLIGATIONS: Record<string, DraftObligationRule> = {
  'art-1-1-a': {primary: ['core-prohibitions'], duty: 'law'},
  'art-1-1-b': {primary: ['core-prohibitions'], duty: 'law'},
  'art-1-1-c': {primary: ['assistance'], duty: 'law'},
  'art-1-2': {primary: ['explosive-bomblets'], duty: 'law'},
  'art-2': {primary: ['definitions'], duty: 'law'},
  'art-3-1': {primary: ['stockpile-destruction'], duty: 'law'},
  'art-3-2': {primary: ['stockpile-destruction'], duty: 'law'},
  'art-3-6-8': {primary: ['retention'], duty: 'permission'},
  'art-4': {primary: ['clearance'], duty: 'law'},
  'art-5': {primary: ['victim-assistance'], duty: 'law'},
  'art-6': {primary: ['cooperation'], duty: 'executive'},
  'art-7-1-a': {primary: ['reporting'], duty: 'executive'},
  'art-7-1-b': {primary: ['reporting'], duty: 'executive', subject: ['stockpile-destruction']},
  'art-7-1-c': {primary: ['reporting'], duty: 'executive', subject: ['stockpile-destruction'], subjectState: 'producer'},
  'art-7-1-d': {primary: ['reporting'], duty: 'executive', subjectState: 'producer'},
  'art-7-1-e': {primary: ['reporting'], duty: 'executive', subject: ['stockpile-destruction']},
  'art-7-1-f': {primary: ['reporting'], duty: 'executive', subject: ['stockpile-destruction']},
  'art-7-1-g': {primary: ['reporting'], duty: 'executive', subject: ['stockpile-destruction']},
  'art-7-1-h': {primary: ['reporting'], duty: 'executive', subject: ['clearance']},
  'art-7-1-i': {primary: ['reporting'], duty: 'executive', subject: ['clearance']},
  'art-7-1-j': {primary: ['reporting'], duty: 'executive', subject: ['clearance']},
  'art-7-1-k': {primary: ['reporting'], duty: 'executive', subject: ['victim-assistance']},
  'art-7-1-l': {primary: ['reporting'], duty: 'executive'},
  'art-7-1-m': {primary: ['reporting'], duty: 'executive', subject: ['stockpile-destruction', 'clearance', 'victim-assistance']},
  'art-7-1-n': {primary: ['reporting'], duty: 'executive'},
  'art-7-2': {primary: ['reporting'], duty: 'executive'},
  'art-8': {primary: ['compliance'], duty: 'executive'},
  'art-9': {primary: ['penalties', 'jurisdiction'], duty: 'law'},
  'art-21-2': {primary: ['non-parties'], duty: 'executive'},
  'art-21-3-4': {primary: ['joint-operations'], duty: 'law'}
};
