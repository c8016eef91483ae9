/**
 * A pack of spot-the-gap exercises, planned from a seed: which States, which
 * profile, which planted gaps. Pure and deterministic: the same seed gives
 * the same plan on every machine (a small seeded generator, never
 * `Math.random`), so the same pack byte for byte.
 *
 * Each exercise is a short bill made from the model: a State with no stocks,
 * no contaminated areas, no victims and no forces in operations with States
 * not party, so the Parts on stockpile destruction, clearance, victim
 * assistance, retention and joint operations do not arise; the strong
 * options (investment, transit, foreign stockpiling, the liability of
 * companies) are in. Into it go one or two gaps from the catalogue
 * (`exercise-mutations.ts`).
 */
import type {AnswersFile, ItemAnswer, StateAnswers} from '../answers/file.js';
import {answersSchemaVersion} from '../answers/file.js';
import type {ActRating, Rating} from '../gap/types.js';
import {GAP_KINDS, type GapKind, type Planted} from './exercise-mutations.js';

/** Most exercises in one pack. */
export const maxExercises = 24;

/** Exercises in a pack unless the trainer asks for another number. */
export const defaultExerciseCount = 6;

/** Deterministic numbers in [0, 1) from a seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded shuffle (Fisher–Yates). */
function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Invented names (no State, past or present, bears them). */
const NAMES = [
  'Aravia',
  'Belmora',
  'Brevonia',
  'Calvaria',
  'Drusia',
  'Estrava',
  'Galdoria',
  'Hesperia',
  'Jorvik',
  'Kestrel Islands',
  'Lorinth',
  'Marvosa',
  'Orlenia',
  'Pellucia',
  'Quellin',
  'Rosmark',
  'Tamberlane',
  'Valdessa',
  'Westmark',
  'Zanthe',
  'Corvenna',
  'Ilvaria',
  'Nerath',
  'Sorvik'
] as const;

/** One planned exercise. */
export interface PlannedExercise {
  /** 1-based. */
  number: number;
  /** The State as the bill names it ("the Republic of Aravia"). */
  state: string;
  /** The bundled profile the bill follows. */
  jurisdiction: 'generic' | 'westminster-ag';
  /** The answers of the bill without its gaps. */
  answers: Omit<AnswersFile, 'messages' | 'yaml' | 'path'>;
  /** The gaps to plant, in the order they are planted. */
  gaps: GapKind[];
}

/** The short bill's checklist decisions. */
function items(needs: ReadonlySet<string>): Record<string, ItemAnswer> {
  const act: ItemAnswer = {status: 'act'};
  return {
    definitions: act,
    'core-prohibitions': act,
    assistance: act,
    'explosive-bomblets': act,
    penalties: act,
    'corporate-liability': act,
    jurisdiction: act,
    investment: act,
    transit: act,
    'foreign-stockpiling': act,
    'joint-operations': {status: 'not-applicable', reason: 'The armed forces take no part in operations with States not party.'},
    retention: needs.has('retention')
      ? act
      : {status: 'decided-against', reason: 'No training or counter-measures programme needs live cluster munitions.'},
    'stockpile-destruction': {status: 'not-applicable', reason: 'The State has never held cluster munitions.'},
    enforcement: act,
    clearance: {status: 'not-applicable', reason: 'No cluster munition contaminated areas.'},
    'victim-assistance': {status: 'not-applicable', reason: 'No known cluster munition victims.'},
    cooperation: {status: 'administrative', agency: 'Ministry responsible for foreign affairs'},
    reporting: act,
    compliance: act,
    'non-parties': {status: 'administrative', agency: 'Ministry responsible for foreign affairs'},
    regulations: act,
    'military-measures': {status: 'administrative', agency: 'Ministry responsible for defence'},
    commencement: act
  };
}

/** Whether a gap can join others in one exercise: one gap per component, one edit per section. */
function fits(gap: GapKind, chosen: readonly GapKind[]): boolean {
  return chosen.every(
    (c) => c.component !== gap.component && (gap.edit === undefined || c.edit === undefined || c.edit.section !== gap.edit.section)
  );
}

/** Plan a pack: `count` exercises from `seed`. Every gap of the catalogue is used before any is used twice. */
export function planPack(seed: number, count: number): PlannedExercise[] {
  const random = seededRandom(seed);
  const names = shuffle(NAMES, random);
  let queue: GapKind[] = [];
  const take = (chosen: readonly GapKind[]): GapKind | undefined => {
    if (queue.length === 0) queue = shuffle(GAP_KINDS, random);
    const at = queue.findIndex((g) => fits(g, chosen));
    if (at === -1) return undefined;
    return queue.splice(at, 1)[0];
  };
  const out: PlannedExercise[] = [];
  for (let i = 0; i < count; i++) {
    const gaps = [take([])!];
    // About half the exercises hide two gaps.
    if (random() < 0.5) {
      const second = take(gaps);
      if (second) gaps.push(second);
    }
    const jurisdiction = random() < 0.5 ? 'generic' : 'westminster-ag';
    const name = names[i % names.length]!;
    const state = `${jurisdiction === 'generic' ? 'the Republic of' : 'the Commonwealth of'} ${name}${i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : ''}`;
    const needs = new Set(gaps.flatMap((g) => g.needs ?? []));
    const eif = `${2011 + Math.floor(random() * 14)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`;
    const years = [7, 8, 10, 12, 14, 15][Math.floor(random() * 6)]!;
    const stateAnswers: StateAnswers = {
      holds_stocks: false,
      contaminated: false,
      victims: false,
      producer: false,
      armed_forces: true,
      joint_operations: false,
      financial_sector: true,
      entry_into_force: eif
    };
    out.push({
      number: i + 1,
      state,
      jurisdiction,
      answers: {
        schema: answersSchemaVersion,
        jurisdiction,
        state: stateAnswers,
        items: items(needs),
        params: {'act.year': 2027, 'investment.scope': 'any-person', 'penalty.individual.prison_years': years, 'country.name': state}
      },
      gaps
    });
  }
  return out;
}

/** The answers of the exercise bill: the base with each removal's item decided against. */
export function exerciseAnswers(plan: PlannedExercise): Omit<AnswersFile, 'messages' | 'yaml' | 'path'> {
  const items = {...plan.answers.items};
  for (const gap of plan.gaps)
    if (gap.leaveOut) items[gap.leaveOut.item] = {status: 'decided-against', reason: 'Left out for the exercise.'};
  return {...plan.answers, items};
}

/** What the gap analysis says of one component. */
export interface Finding {
  rating: ActRating;
  reason: string;
  /** Sections quoted as evidence (`s 10(1)(d)`). */
  evidence: string[];
}

/** A planted gap, where it is, and whether the tool's own gap analysis finds it. */
export interface PlantedGap {
  gap: GapKind;
  planted: Planted;
  /** The component in the bill without the gap, and in the exercise. */
  before: Finding;
  after: Finding;
  /** The exercise rates the component lower than the bill without the gap. */
  found: boolean;
}

/** A finished exercise. */
export interface Exercise {
  plan: PlannedExercise;
  /** The exercise bill (Markdown), its title and the profile's language. */
  markdown: string;
  title: string;
  language: string;
  /** How the bill writes dates (`D MMMM YYYY`). */
  dateFormat: string;
  gaps: PlantedGap[];
  /** Components the gap analysis rates below strong in the bill without the gaps (not the planted ones): what else participants may name. */
  alsoReported: Array<{title: string; rating: ActRating; reason: string}>;
}

const RANK: Record<Rating, number> = {strong: 3, partial: 2, weak: 1, absent: 0};

/**
 * Whether the analysis rates the exercise lower than the bill without the
 * gap. "Cannot tell" is never a finding: the key must rest on a rating.
 */
export function weaker(before: ActRating, after: ActRating): boolean {
  if (before === 'cannot-tell' || after === 'cannot-tell') return false;
  return RANK[after] < RANK[before];
}
