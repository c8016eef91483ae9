/**
 * The strength view of a draft: each HRW/IHRC component rated from what the
 * draft actually prints and what the drafter chose.
 *
 * What "strong" means, per component, is the catalogue's `strong` line
 * (`catalogue.ts`); the model Act implements that form wherever it prints a
 * section for the component, except where a choice lowers it:
 *
 * | component | rule |
 * |---|---|
 * | `investment` | any person = strong (NZ s10(2)); public money only = partial (Ireland Part 4); decided against = absent |
 * | `joint_operations` | express-request offence = strong (NZ s10(3)); interoperability defence with the Art 21(4) limits written in = partial (UK s9, Australia s72.41); no provision = strong, form `none` (the general offences apply in full); not applicable = not-applicable |
 * | `penal_sanctions` | maximum imprisonment ≥ 7 years strong, ≥ 3 partial, less or none weak ({@link PENALTY_YEARS}) |
 * | `retention_authorised` | capped authorisation = strong; no retention (decided against, or not yet decided with the model default) = strong: nothing to except |
 * | `foreign_stockpiling` | express offence = strong; no express rule = partial (the general possession offence still applies, there being no visiting-forces exception) |
 * | `corporate_liability` | express attribution and officer liability = strong; without them = partial (bodies corporate are "persons"; checklist option `general-law`) |
 * | `stockpile_destruction`, `clearance`, `victim_assistance` | not applicable to the State = not-applicable (never absent) |
 *
 * When no section is printed the item's status decides: existing law =
 * partial ("relies on existing law: …", which this tool cannot check);
 * administrative = partial for components the checklist accepts as
 * administrative (its administrative options are rated partial: transit,
 * stockpile destruction, clearance, victim assistance, cooperation,
 * transparency, universalisation), weak for the rest (an administrative
 * measure binds no private person); decided against or open = absent.
 * A component printed although its item is not `act` (a model default for
 * an open item, or a section shared with another item) is rated on the
 * printed text, and the reason says what the checklist records.
 */
import type {BuildRecord, RecordPenalty} from '../bill/record.js';
import {COMPONENT_ITEM, COMPONENTS, PENALTY_YEARS, type ComponentId, type ComponentInfo} from './catalogue.js';
import type {DraftItemRow, DraftItemStatus} from './draft.js';
import type {JointOperationsForm, Rating} from './types.js';

/** A draft's rating: the four of any Act, plus `not-applicable` for components the State's situation rules out. */
export type DraftRating = Rating | 'not-applicable';

/** One component in the strength view of a draft. */
export interface DraftComponentRow {
  id: ComponentId;
  title: string;
  articles: string[];
  rating: DraftRating;
  /** One line: why this rating. */
  reason: string;
  /** A real law that does it well. */
  precedent: string;
  /** Final citations of the printed sections tagged with the component. */
  sections: string[];
  /** The checklist item that decides the component, and its status. */
  item: string;
  itemStatus: DraftItemStatus;
  /** The item is not answered yet: the rating reflects the model default. */
  open: boolean;
  /** Only for `joint_operations`. */
  form?: JointOperationsForm;
}

/** What the rules read (all of it from the build record). */
export interface StrengthInput {
  state: BuildRecord['state'];
  rows: ReadonlyMap<string, DraftItemRow>;
  printed: ReadonlyArray<{id: string; components: readonly string[]; cite: string}>;
  value: (name: string) => unknown;
  /** The penalty provisions as printed: the figures a reason quotes. */
  penalties: readonly RecordPenalty[];
}

/** Components for which the checklist rates an administrative measure `partial`. */
const ADMINISTRATIVE_PARTIAL = new Set<ComponentId>([
  'transit',
  'stockpile_destruction',
  'clearance',
  'victim_assistance',
  'cooperation',
  'transparency',
  'universalisation'
]);

const STATUS_WORDS: Record<DraftItemStatus, string> = {
  'in-draft': 'in the draft',
  'existing-law': 'existing law',
  administrative: 'administrative measure',
  'not-applicable': 'not applicable',
  'decided-against': 'decided against',
  open: 'not answered'
};

const where = (sections: string[]): string => (sections.length ? ` (${sections.join(', ')})` : '');
const stripDot = (s: string): string => s.replace(/\.\s*$/, '');

/** Rate every component, in catalogue order. */
export function rateComponents(input: StrengthInput): DraftComponentRow[] {
  return COMPONENTS.map((c) => rateComponent(c, input));
}

/** Rate one component. */
export function rateComponent(c: ComponentInfo, input: StrengthInput): DraftComponentRow {
  const itemId = COMPONENT_ITEM[c.id];
  const row = input.rows.get(itemId);
  const itemStatus: DraftItemStatus = row?.status ?? 'open';
  const detail = (row?.detail ?? '').replace(/\s*\(The draft still prints [^)]*\)\s*$/, '');
  const sections = input.printed.filter((s) => s.components.includes(c.id)).map((s) => s.cite);
  const base = {
    id: c.id,
    title: c.title,
    articles: c.articles,
    precedent: c.precedent,
    sections,
    item: itemId,
    itemStatus,
    open: itemStatus === 'open'
  };
  const printedCite = (id: string): string[] => input.printed.filter((s) => s.id === id).map((s) => s.cite);
  let result: {rating: DraftRating; reason: string; form?: JointOperationsForm};

  if (sections.length > 0) {
    result = printedRating(c, sections, input, printedCite);
    if (itemStatus === 'open') result.reason = `Not answered yet; the model default prints it. ${result.reason}`;
    else if (itemStatus !== 'in-draft')
      result.reason = `${result.reason} (The checklist records ${STATUS_WORDS[itemStatus]}${detail ? `: ${stripDot(detail)}` : ''}.)`;
  } else {
    result = unprintedRating(c, itemStatus, detail, input, printedCite);
    if (itemStatus === 'open') result.reason = `Not answered yet. ${result.reason}`;
  }
  if (c.id === 'joint_operations' && !result.form) result.form = 'none';
  return {...base, ...result};
}

/** Rating of a component the draft prints. */
function printedRating(
  c: ComponentInfo,
  sections: string[],
  input: StrengthInput,
  printedCite: (id: string) => string[]
): {rating: DraftRating; reason: string; form?: JointOperationsForm} {
  const at = where(sections);
  switch (c.id) {
    case 'investment':
      return input.value('investment.scope') === 'public-money'
        ? {rating: 'partial', reason: `Public money only${at} (Irish model): private persons may still finance producers.`}
        : {
            rating: 'strong',
            reason: `Offence for any person to provide or invest funds for the development or production of cluster munitions, or in a producer${at}.`
          };
    case 'joint_operations': {
      const interop = printedCite('s-joint-operations-interoperability');
      if (interop.length) {
        return {
          rating: 'partial',
          form: 'interoperability',
          reason: `Interoperability defence${where(interop)} with the Art 21(4) limits written in (no own use, acquisition, stockpiling, transfer or express request): weaker than an express-request offence, as it excuses participation case by case.`
        };
      }
      return {
        rating: 'strong',
        form: 'express-request',
        reason: `Offence of expressly requesting use where the choice of munitions is in national control, and an exception only for merely taking part${at}.`
      };
    }
    case 'penal_sanctions':
      return penaltyRating(at, input);
    case 'retention_authorised':
      return {
        rating: 'strong',
        reason: `Retention only under a written authorisation for a specified number capped at the minimum absolutely necessary, transfer only to States Parties${at}.`
      };
    default:
      return {rating: 'strong', reason: `In the draft${at}: ${c.strong.charAt(0).toLowerCase()}${c.strong.slice(1)}`};
  }
}

/** The printed figure of the first of `params` any penalty provision prints. */
export function printedFigure(penalties: readonly RecordPenalty[], ...params: string[]): string | undefined {
  for (const param of params)
    for (const p of penalties) {
      const figure = p.figures.find((f) => f.param === param);
      if (figure) return figure.printed;
    }
  return undefined;
}

/** Penal sanctions from the answered maximums (thresholds: {@link PENALTY_YEARS}); figures quoted as the bill prints them. */
export function penaltyRating(at: string, input: Pick<StrengthInput, 'value' | 'penalties'>): {rating: DraftRating; reason: string} {
  const years = input.value('penalty.individual.prison_years');
  const fine = printedFigure(input.penalties, 'penalty.individual.fine', 'penalty.individual.units');
  const corporate = printedFigure(input.penalties, 'penalty.body_corporate.fine', 'penalty.body_corporate.units');
  const figures = `${fine ? `, a fine up to ${fine}` : ''}${corporate ? `; bodies corporate up to ${corporate}` : ''}`;
  if (typeof years !== 'number' || years <= 0) {
    return {rating: 'weak', reason: `Fines only${at}${figures}: no imprisonment, so a company can price the offence in.`};
  }
  const prison = printedFigure(input.penalties, 'penalty.individual.prison_years') ?? `${years} year${years === 1 ? '' : 's'}`;
  const term = `Up to ${prison}' imprisonment${figures}${at}`;
  if (years >= PENALTY_YEARS.strong)
    return {rating: 'strong', reason: `${term}: at least ${PENALTY_YEARS.strong} years, as for the gravest weapons offences.`};
  if (years >= PENALTY_YEARS.partial)
    return {
      rating: 'partial',
      reason: `${term}: below ${PENALTY_YEARS.strong} years, the lowest maximum among the strong precedents (New Zealand).`
    };
  return {rating: 'weak', reason: `${term}: under ${PENALTY_YEARS.partial} years, the range of regulatory offences.`};
}

/** Rating of a component the draft does not print, from the item's status. */
function unprintedRating(
  c: ComponentInfo,
  status: DraftItemStatus,
  detail: string,
  input: StrengthInput,
  printedCite: (id: string) => string[]
): {rating: DraftRating; reason: string; form?: JointOperationsForm} {
  const because = detail ? `: ${stripDot(detail)}` : '';
  switch (status) {
    case 'existing-law':
      return {
        rating: 'partial',
        reason: `Relies on existing law: ${stripDot(detail)} (not checked by this tool; confirm it reaches this conduct).`
      };
    case 'administrative':
      return ADMINISTRATIVE_PARTIAL.has(c.id)
        ? {rating: 'partial', reason: `Administrative measure (${stripDot(detail)}): acceptable for this duty, but not fixed in law.`}
        : {
            rating: 'weak',
            reason: `Administrative measure only (${stripDot(detail)}): it binds no private person and carries no sanction.`
          };
    case 'not-applicable':
      return {rating: 'not-applicable', reason: `Does not apply to the State${because}.`};
    case 'in-draft':
      return {rating: 'absent', reason: 'Chosen for the Act, but no section of the draft provides it.'};
    default:
      break;
  }
  // Decided against, or not answered: what the draft means without the provision.
  const decided = status === 'decided-against' ? ` (decided against${because})` : '';
  switch (c.id) {
    case 'retention_authorised':
      return {
        rating: 'strong',
        reason: `No retention allowed${decided}: the Act has no exception for keeping live cluster munitions, so every one must be destroyed.`
      };
    case 'joint_operations': {
      if (input.state.joint_operations === false)
        return {
          rating: 'not-applicable',
          form: 'none',
          reason: 'The armed forces take no part in operations with States not party; the general offences apply in full.'
        };
      const offences = [...printedCite('s-offences'), ...printedCite('s-assistance')];
      return {
        rating: 'strong',
        form: 'none',
        reason: `No exception for operations with States not party${decided}: the offences${where(offences)} apply in full, including to an express request for use.`
      };
    }
    case 'foreign_stockpiling': {
      const offences = printedCite('s-offences');
      return offences.length
        ? {
            rating: 'partial',
            reason: `No express rule${decided}; the general possession and stockpiling offence${where(offences)} still reaches foreign forces, as the Act has no visiting-forces exception.`
          }
        : {rating: 'absent', reason: `No provision${decided}.`};
    }
    case 'corporate_liability':
      return {
        rating: 'partial',
        reason: `No attribution rule or officer liability${decided}; bodies corporate are caught only because "person" includes them and through the corporate fine.`
      };
    case 'stockpile_destruction':
      return {
        rating: 'absent',
        reason: `No destruction duty in law${decided}${input.state.holds_stocks ? '; Art 3(2) still requires destruction within 8 years of entry into force' : ''}.`
      };
    default:
      return {rating: 'absent', reason: `No provision in the draft${decided}.`};
  }
}
