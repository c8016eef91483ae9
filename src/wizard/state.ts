/**
 * The state profile: the few facts about the State that decide which
 * checklist items apply (docs/formats.md §2), the questions that ask them,
 * and the date of entry into force (given, or computed from the date of
 * deposit under Article 17).
 */
import {isoPlusYears} from '../util/dates.js';
import type {StateAnswers} from '../answers/file.js';
import type {Checklist, ChecklistItem} from '../checklist/load.js';
import {evaluateCondition} from '../conditions/check.js';
import {conditionNames} from '../conditions/parse.js';
import {isIsoDate} from '../model/params.js';
import {stateValue} from '../answers/resolve.js';

/** The yes/no fields of the state profile. */
export type StateFlag = Exclude<keyof StateAnswers, 'entry_into_force'>;

/** A yes/no question about the State. */
export interface StateQuestion {
  field: StateFlag;
  message: string;
  /** Plain-language help shown under the choices. */
  help: string;
}

/** The state profile questions, in the order asked. */
export const stateQuestions: readonly StateQuestion[] = [
  {
    field: 'holds_stocks',
    message: 'Does the State hold any cluster munitions (stocks to destroy)?',
    help: 'Stocks of cluster munitions held by the armed forces or anyone else under the State\u2019s jurisdiction or control, which Article 3 requires to be destroyed.'
  },
  {
    field: 'contaminated',
    message: 'Is any land under the State\u2019s jurisdiction or control contaminated by cluster munition remnants?',
    help: 'Unexploded submunitions or bomblets left from past use (Article 4: clearance and risk reduction education).'
  },
  {
    field: 'victims',
    message: 'Are there cluster munition victims in areas under the State\u2019s jurisdiction or control?',
    help: 'People killed or injured by cluster munitions, their families and affected communities (Article 5: victim assistance).'
  },
  {
    field: 'producer',
    message: 'Has the State ever produced cluster munitions or their components, or does it have facilities that did?',
    help: 'Such facilities must be converted or decommissioned, and their progress reported every year (Article 7(1)(d)).'
  },
  {
    field: 'armed_forces',
    message: 'Does the State maintain armed forces?',
    help: 'A State with no armed forces says so: the Act then says nothing about members of the armed forces, and no question about joint military operations is asked.'
  },
  {
    field: 'joint_operations',
    message: 'Do the State\u2019s armed forces take part in military operations or cooperation with States not party to the Convention?',
    help: 'Coalitions, peacekeeping or exercises with States that have not joined the Convention (Article 21(3) and (4)).'
  },
  {
    field: 'financial_sector',
    message: 'Does the State have a financial sector (banks, funds, pension schemes) that could invest abroad?',
    help: 'Decides how much the investment question matters; the question is asked of every State.'
  }
];

/** Date on which the Convention entered into force generally (Article 17(1)). */
export const conventionInForce = '2010-08-01';

/**
 * Entry into force for a State from the date it deposited its instrument of
 * ratification, acceptance, approval or accession. Article 17(1): instruments
 * deposited by the month of the thirtieth deposit (February 2010) took effect
 * with the Convention on 1 August 2010. Article 17(2): later instruments take
 * effect on the first day of the sixth month after the date of deposit.
 */
export function entryIntoForceFromDeposit(deposit: string): string {
  if (!isIsoDate(deposit)) throw new RangeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(deposit)}`);
  if (deposit < '2010-03-01') return conventionInForce;
  const [year, month] = deposit.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + 6;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Add whole years to an ISO date (29 February becomes 28 February in a common year). */
export const addYears = isoPlusYears;

/** Lookup of `state.*` names for conditions (a State is taken to have armed forces unless it says otherwise). */
export function stateLookup(state: StateAnswers) {
  return (name: string) => stateValue(state, name);
}

/** Whether an item applies to a State with this profile. */
export function itemApplies(item: ChecklistItem, state: StateAnswers): boolean {
  return !item.applies || evaluateCondition(item.applies, stateLookup(state));
}

/** Items a state profile rules out, with the checklist's reason. */
export function prunedItems(checklist: Checklist, state: StateAnswers): Array<{item: ChecklistItem; reason: string}> {
  return checklist.items
    .filter((item) => !itemApplies(item, state))
    .map((item) => ({item, reason: item.prunedReason || `It applies only when ${item.appliesText}.`}));
}

/** Items whose `applies` condition mentions a state field (what a "no" can leave out). */
export function itemsDecidedBy(checklist: Checklist, field: StateFlag): ChecklistItem[] {
  return checklist.items.filter((item) => item.applies && conditionNames(item.applies).includes(`state.${field}`));
}
