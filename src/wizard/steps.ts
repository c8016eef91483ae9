/**
 * The wizard's questions as a list of small steps over a narrowed context
 * (the create-astro pattern). {@link planSteps} derives the list from the
 * checklist, the model's parameters and the answers so far, so it is
 * recomputed after every answer: a changed answer adds or removes the
 * questions that depend on it. Each step asks one question (a select always
 * offers "← Back"; a typed answer of `<` goes back) and changes the answers
 * in memory; the runner saves after each one.
 */
import {interpolateText} from '../answers/resolve.js';
import type {AnswersFile, ItemAnswer} from '../answers/file.js';
import {statusNeeds} from '../answers/file.js';
import type {Profile} from '../answers/profile.js';
import {consentOfficers, paramsAfterArticle, resolveAnswers, stateLocale, type Resolution} from '../answers/resolve.js';
import type {Checklist, ChecklistItem, ItemStatus} from '../checklist/load.js';
import type {Prompter} from './prompter.js';
import type {Model} from '../model/load.js';
import {defaultLocale, formatDate, type Locale, type ParamDecl} from '../model/params.js';
import {isRelevant, owningItem, type ParamUses} from './param-uses.js';
import {addYears, entryIntoForceFromDeposit, itemApplies, itemsDecidedBy, prunedItems, stateQuestions, type StateFlag} from './state.js';
import {bullet, detailQuestions, itemCard, progressLine, statusLabels, wrap} from './text.js';
import {dateMessage, displayValue, inputHint, isBackWord, parseDateInput, readTyped, suggestText} from './values.js';
import {findUnsafeCharacter} from '../util/text.js';

/** The value of the "← Back" choice. */
export const BACK = '<back>';

/** What the wizard works on: the answers, what they answer to, and how to talk to the drafter. */
export interface WizardContext {
  answers: AnswersFile;
  model: Model;
  checklist: Checklist;
  uses: ParamUses;
  profile: Profile;
  prompter: Prompter;
  /** Print text for the drafter (a line break is added). */
  say(text: string): void;
  /** Columns to wrap explanations to. */
  width: number;
  /** Today as YYYY-MM-DD, to say when a Convention deadline has passed. */
  today?: string | undefined;
  /** Step keys to ask again although answered (their question changed in meaning since). */
  revisit: Set<string>;
  /** Where the current question stands in the whole interview (set by the runner before each question). */
  progress?: {position: number; total: number} | undefined;
  /** Bundled jurisdiction profiles. */
  bundledProfiles(): Promise<Profile[]>;
  /** Load a profile by id or path and make it the current one. */
  useProfile(reference: string): Promise<void>;
  /** Copy the generic profile to `target` (a path the drafter typed); returns an error message or true. */
  copyProfile(target: string): Promise<true | string>;
  /** Validate a path for a new profile file (exists already? wrong extension?). */
  checkNewProfilePath(target: string): true | string;
}

/** Where a step belongs (review groups). */
export type StepGroup = 'Jurisdiction' | 'About the Act' | 'The State' | 'Checklist' | 'Other details';

/** One question of the wizard. */
export interface Step {
  /** Stable id; also the prompter question name, so scripts and the review can address it. */
  key: string;
  group: StepGroup;
  /** The checklist item the step belongs to. */
  item?: string | undefined;
  /** Whether the answers already hold an answer for this step. */
  answered(ctx: WizardContext): boolean;
  /** A step that may legitimately stay unanswered (an information screen, an unknown date). */
  optional?: boolean | undefined;
  /** Ask; `back` when the drafter chose to go back. */
  ask(ctx: WizardContext): Promise<'next' | 'back'>;
  /** One line for the review screen. */
  review(ctx: WizardContext): string;
}

/**
 * Parameters asked near the start, before the state profile: what every bill
 * prints. The currency comes right after the State: it is asked once, and
 * every amount typed later is in it.
 */
export const basicParams = [
  'country.name',
  'currency.code',
  'currency.symbol',
  'currency.name',
  'act.title',
  'act.year',
  'act.kind',
  'legislature.name',
  'enacting.formula'
];

/** The State's money conventions as answered so far (its currency, the symbol its statutes print). */
export function localeOf(ctx: Pick<WizardContext, 'profile' | 'answers'>): Locale {
  return stateLocale(ctx.profile, ctx.answers);
}

/** "Question 12 of 57", the one counter across the whole interview. */
export function progressText(ctx: Pick<WizardContext, 'progress'>): string {
  return ctx.progress ? `Question ${ctx.progress.position} of ${ctx.progress.total}` : '';
}

/** Deadlines the Convention fixes from the date of entry into force: suggested when the date is known. */
export const derivedDeadlines: Record<string, {years: number; article: string; extension: string}> = {
  'stockpile.deadline': {years: 8, article: '3(2)', extension: '3(3)-(5)'},
  'clearance.deadline': {years: 10, article: '4(1)(a)', extension: '4(5)-(8)'}
};

/** Resolve the answers so far (values with defaults, item statuses). */
export function resolveContext(ctx: Pick<WizardContext, 'model' | 'checklist' | 'profile' | 'answers'>): Resolution {
  return resolveAnswers(ctx.model, ctx.checklist, ctx.profile, ctx.answers);
}

/** Items that apply to the State, in checklist order. */
export function applicableItems(ctx: Pick<WizardContext, 'checklist' | 'answers'>): ChecklistItem[] {
  return ctx.checklist.items.filter((item) => itemApplies(item, ctx.answers.state));
}

/** Switch parameters are set by item statuses, never asked. */
function switches(checklist: Checklist): Set<string> {
  return new Set(checklist.items.map((i) => i.switch).filter((s): s is string => Boolean(s)));
}

/**
 * Parameters asked with each item: first those the checklist lists for it,
 * then those the model uses only in the item's sections; each parameter is
 * asked once (basics first, then the first item to claim it).
 */
export function itemParams(ctx: Pick<WizardContext, 'checklist' | 'model' | 'uses'>): Map<string, string[]> {
  const skip = switches(ctx.checklist);
  const taken = new Set(basicParams);
  const result = new Map<string, string[]>(ctx.checklist.items.map((item) => [item.id, []]));
  const claim = (item: ChecklistItem, name: string) => {
    if (skip.has(name) || taken.has(name) || !ctx.model.params.has(name)) return;
    taken.add(name);
    result.get(item.id)!.push(name);
  };
  for (const item of ctx.checklist.items) for (const name of item.params) claim(item, name);
  for (const item of ctx.checklist.items)
    for (const name of ctx.model.params.keys()) if (owningItem(ctx.uses, name) === item.id) claim(item, name);
  return result;
}

/** The whole list of steps for the answers as they stand. */
export function planSteps(ctx: WizardContext): Step[] {
  const resolution = resolveContext(ctx);
  const lookup = (name: string) => resolution.lookup(name);
  const relevant = (name: string) => isRelevant(ctx.uses, name, lookup);
  const steps: Step[] = [jurisdictionStep()];
  for (const name of basicParams) {
    if (ctx.model.params.has(name) && relevant(name)) steps.push(paramStep(name, 'About the Act'));
  }
  for (const question of stateQuestions) {
    // A State with no armed forces has none in operations with States not party: not asked.
    if (question.field === 'joint_operations' && ctx.answers.state.armed_forces === false) continue;
    steps.push(stateFlagStep(question.field));
  }
  steps.push(entryIntoForceStep(), checklistStartStep());
  const items = applicableItems(ctx);
  const paramsOf = itemParams(ctx);
  items.forEach((item, index) => {
    steps.push(itemStatusStep(item, index + 1));
    const answer = ctx.answers.items[item.id];
    const need = answer ? statusNeeds[answer.status] : undefined;
    if (need) steps.push(itemDetailStep(item, need));
    if (answer?.status === 'act') {
      for (const name of paramsOf.get(item.id) ?? []) if (relevant(name)) steps.push(paramStep(name, 'Checklist', item));
    }
  });
  return steps;
}

/**
 * Parameters no step asks but that reach the bill (names of officers,
 * lesser penalties…): their defaults are used, and the review screen lets
 * the drafter change them.
 */
export function otherParamSteps(ctx: WizardContext, planned: readonly Step[]): Step[] {
  const resolution = resolveContext(ctx);
  const asked = new Set(planned.map((s) => s.key));
  const skip = switches(ctx.checklist);
  const steps: Step[] = [];
  for (const name of ctx.model.params.keys()) {
    if (skip.has(name) || asked.has(`param.${name}`)) continue;
    // Only what the model uses and the answers let into the bill.
    if (!ctx.uses.has(name) || !isRelevant(ctx.uses, name, (n) => resolution.lookup(n))) continue;
    steps.push(paramStep(name, 'Other details'));
  }
  return steps;
}

// ---------------------------------------------------------------- helpers

const backChoice = {value: BACK, name: '\u2190 Back', description: 'Go back to the previous question.'} as const;

async function selectOrBack<T>(
  ctx: WizardContext,
  question: {
    name: string;
    message: string;
    choices: Array<{value: T; name: string; description?: string; short?: string}>;
    default?: T | undefined;
  }
): Promise<T | typeof BACK> {
  return ctx.prompter.select<T | typeof BACK>({...question, choices: [...question.choices, backChoice]});
}

async function inputOrBack(
  ctx: WizardContext,
  question: {name: string; message: string; default?: string | undefined; hint: string; validate: (value: string) => true | string}
): Promise<string | typeof BACK> {
  const answer = await ctx.prompter.input({...question, validate: (value) => (isBackWord(value) ? true : question.validate(value))});
  return isBackWord(answer) ? BACK : answer;
}

const yesNo = [
  {value: true, name: 'Yes', short: 'yes'},
  {value: false, name: 'No', short: 'no'}
];

// ---------------------------------------------------------------- jurisdiction

const CREATE = '<create>';

function jurisdictionStep(): Step {
  return {
    key: 'jurisdiction',
    group: 'Jurisdiction',
    answered: (ctx) => ctx.answers.jurisdiction !== undefined,
    review: (ctx) => `Jurisdiction profile: ${ctx.answers.jurisdiction ?? 'generic'} (${ctx.profile.name})`,
    async ask(ctx) {
      ctx.say(
        `\n${progressLine(progressText(ctx), 'Jurisdiction')}\n${wrap('A jurisdiction profile supplies your drafting conventions: the name of the State and its legislature, the responsible Minister, courts, currency and how penalties are written. Its values are only suggestions: every one can be changed in the questions that follow.', ctx.width)}\n`
      );
      const bundled = await ctx.bundledProfiles();
      const current = ctx.answers.jurisdiction;
      const choices: Array<{value: string; name: string; description?: string; short?: string}> = bundled.map((p) => ({
        value: p.id,
        name: `${p.name} (${p.id})`,
        description: wrap(p.description, ctx.width),
        short: p.id
      }));
      if (current && !bundled.some((p) => p.id === current))
        choices.unshift({value: current, name: `Your profile: ${current}`, short: current});
      choices.push({value: CREATE, name: 'Make my own profile: copy the generic one to a file I can edit', short: 'new profile'});
      for (;;) {
        const answer = await selectOrBack(ctx, {
          name: 'jurisdiction',
          message: 'Which jurisdiction profile should the draft start from?',
          choices,
          default: current ?? 'generic'
        });
        if (answer === BACK) return 'back';
        if (answer !== CREATE) {
          await ctx.useProfile(answer);
          ctx.answers.jurisdiction = answer;
          return 'next';
        }
        const target = await inputOrBack(ctx, {
          name: 'jurisdiction.copy',
          message: 'File name for your profile',
          default: 'my-profile.yaml',
          hint: 'A copy of the generic profile is written there; edit it later to change the defaults for future drafts. Type < to go back.',
          validate: (value) => ctx.checkNewProfilePath(value.trim())
        });
        if (target === BACK) continue;
        const made = await ctx.copyProfile(target.trim());
        if (made !== true) {
          ctx.say(made);
          continue;
        }
        await ctx.useProfile(target.trim());
        ctx.answers.jurisdiction = target.trim();
        ctx.say(`Created ${target.trim()} from the generic profile.`);
        return 'next';
      }
    }
  };
}

// ---------------------------------------------------------------- state profile

function stateFlagStep(field: StateFlag): Step {
  const question = stateQuestions.find((q) => q.field === field)!;
  return {
    key: `state.${field}`,
    group: 'The State',
    answered: (ctx) => ctx.answers.state[field] !== undefined,
    review: (ctx) =>
      `${question.message} ${ctx.answers.state[field] === undefined ? '(not answered)' : ctx.answers.state[field] ? 'Yes' : 'No'}`,
    async ask(ctx) {
      if (field === stateQuestions[0]!.field)
        ctx.say(
          `\n${wrap('About the State. These answers decide which checklist items apply; an item that cannot apply is left out and recorded as not applicable.', ctx.width)}`
        );
      ctx.say(`\n${progressLine(progressText(ctx), 'About the State')}`);
      const decided = itemsDecidedBy(ctx.checklist, field);
      const help = `${question.help}${decided.length ? ` Affects: ${decided.map((i) => i.title).join('; ')}.` : ''}`;
      const answer = await selectOrBack(ctx, {
        name: `state.${field}`,
        message: question.message,
        choices: yesNo.map((c) => ({...c, description: wrap(help, ctx.width)})),
        default: ctx.answers.state[field]
      });
      if (answer === BACK) return 'back';
      const before = ctx.answers.state[field];
      ctx.answers.state[field] = answer;
      // No armed forces, so none in operations with States not party: that question is not asked.
      if (field === 'armed_forces' && answer === false) ctx.answers.state.joint_operations = false;
      else if (field === 'armed_forces' && before === false) delete ctx.answers.state.joint_operations;
      dropPrunedAnswers(ctx);
      return 'next';
    }
  };
}

/** Answers to items the state profile now rules out would contradict it: remove them, and say so. */
function dropPrunedAnswers(ctx: WizardContext): void {
  for (const {item} of prunedItems(ctx.checklist, ctx.answers.state)) {
    const answer = ctx.answers.items[item.id];
    if (answer && answer.status !== 'not-applicable') {
      delete ctx.answers.items[item.id];
      ctx.say(`Your answer to "${item.title}" was removed: the item no longer applies to this State.`);
    }
  }
}

function entryIntoForceStep(): Step {
  return {
    key: 'state.entry_into_force',
    group: 'The State',
    optional: true,
    answered: (ctx) => ctx.answers.state.entry_into_force !== undefined,
    review: (ctx) =>
      `Date the Convention entered into force for the State: ${ctx.answers.state.entry_into_force ? formatDate(ctx.answers.state.entry_into_force, ctx.profile.locale.dateFormat) : 'not known yet'}`,
    async ask(ctx) {
      ctx.say(
        `\n${progressLine(progressText(ctx), 'About the State')}\n${wrap('The Convention\u2019s deadlines (8 years to destroy stocks, 10 years to clear contaminated land) run from the date it entered into force for the State.', ctx.width)}`
      );
      for (;;) {
        const mode = await selectOrBack(ctx, {
          name: 'state.entry_into_force',
          message: 'When did the Convention enter into force for the State?',
          default: ctx.answers.state.entry_into_force ? 'date' : undefined,
          choices: [
            {value: 'date', name: 'I know the date of entry into force', short: 'known date'},
            {
              value: 'deposit',
              name: 'Work it out from the date the instrument of ratification or accession was deposited (Article 17)',
              short: 'from deposit'
            },
            {value: 'unknown', name: 'Not known yet (for example, the State has not yet joined)', short: 'not known yet'}
          ]
        });
        if (mode === BACK) return 'back';
        if (mode === 'unknown') {
          delete ctx.answers.state.entry_into_force;
          return 'next';
        }
        const dateQuestion = (name: string, message: string, current?: string) =>
          inputOrBack(ctx, {
            name,
            message,
            default: current,
            hint: 'A date as YYYY-MM-DD or "1 February 2027". Type < to go back.',
            validate: (v) => (parseDateInput(v) ? true : dateMessage(v))
          });
        if (mode === 'date') {
          const typed = await dateQuestion('state.entry_into_force.date', 'Date of entry into force', ctx.answers.state.entry_into_force);
          if (typed === BACK) continue;
          ctx.answers.state.entry_into_force = parseDateInput(typed)!;
          return 'next';
        }
        const typed = await dateQuestion('state.deposit', 'Date the instrument was deposited with the UN Secretary-General');
        if (typed === BACK) continue;
        const deposit = parseDateInput(typed)!;
        const inForce = entryIntoForceFromDeposit(deposit);
        const format = (iso: string) => formatDate(iso, ctx.profile.locale.dateFormat);
        ctx.answers.state.entry_into_force = inForce;
        ctx.say(
          wrap(
            deposit < '2010-03-01'
              ? `Entry into force: ${format(inForce)} (Article 17(1): instruments deposited by February 2010 took effect with the Convention itself).`
              : `Entry into force: ${format(inForce)} (Article 17(2): the first day of the sixth month after deposit on ${format(deposit)}).`,
            ctx.width
          )
        );
        return 'next';
      }
    }
  };
}

function checklistStartStep(): Step {
  return {
    key: 'checklist.start',
    group: 'Checklist',
    optional: true,
    answered: () => false,
    review: () => '',
    async ask(ctx) {
      const pruned = prunedItems(ctx.checklist, ctx.answers.state);
      const total = ctx.checklist.items.length;
      const lines = [`\nThe checklist has ${total} items; ${total - pruned.length} apply to this State.`];
      if (pruned.length) {
        lines.push('Left out because of the answers about the State (recorded as not applicable, with this reason):');
        for (const {item, reason} of pruned) lines.push(wrap(`${item.title}: ${reason}`, ctx.width, '    ').replace(/^ {4}/, '  - '));
      }
      lines.push(
        wrap(
          'For each item you can put it in the new Act, cite existing law, name the agency that handles it, say why it does not apply or was decided against, or leave it open ("don\u2019t know yet"). Every answer is saved at once.',
          ctx.width
        )
      );
      ctx.say(lines.join('\n'));
      const answer = await selectOrBack(ctx, {
        name: 'checklist.start',
        message: 'Start the checklist?',
        choices: [{value: 'start', name: 'Start the checklist', short: 'start'}]
      });
      return answer === BACK ? 'back' : 'next';
    }
  };
}

// ---------------------------------------------------------------- checklist items

function itemStatusStep(item: ChecklistItem, position: number): Step {
  return {
    key: `item.${item.id}`,
    group: 'Checklist',
    item: item.id,
    answered: (ctx) => ctx.answers.items[item.id] !== undefined,
    review: (ctx) => {
      const answer = ctx.answers.items[item.id];
      return `${position}. ${item.title}: ${answer ? describeAnswer(answer) : '(not answered)'}`;
    },
    async ask(ctx) {
      ctx.say(itemCard(item, progressText(ctx), ctx.width));
      const current = ctx.answers.items[item.id];
      const answer = await selectOrBack<ItemStatus>(ctx, {
        name: `item.${item.id}`,
        message: `${item.title}: how will the State deal with it?`,
        default: current?.status,
        choices: item.statuses.map((status) => ({
          value: status,
          name: statusLabels[status].name,
          short: statusLabels[status].short,
          description: statusLabels[status].description
        }))
      });
      if (answer === BACK) return 'back';
      // Keep the citation or reason when the status stays the same; a new status needs its own.
      if (current?.status !== answer) ctx.answers.items[item.id] = {status: answer, ...(current?.note ? {note: current.note} : {})};
      const kept = keptSections(ctx, item, answer);
      if (kept.length) {
        ctx.say(
          wrap(
            `Note: the model Act cannot leave this item's provisions out, so the draft still includes ${kept.map((h) => `"${h}"`).join(', ')}. The gap report points this out; delete or adapt ${kept.length > 1 ? 'them' : 'it'} in the draft by hand if the State relies on ${answer === 'existing-law' ? 'the existing law' : answer === 'administrative' ? 'the administrative measure' : 'its decision'} instead.`,
            ctx.width
          )
        );
      }
      return 'next';
    }
  };
}

/**
 * Headings of the sections a decided non-`act` status cannot remove: the item
 * has no switch, so its model sections stay in the draft whatever the status.
 */
export function keptSections(ctx: Pick<WizardContext, 'model' | 'checklist'>, item: ChecklistItem, status: ItemStatus): string[] {
  if (status === 'act' || status === 'unknown' || item.switch) return [];
  // A section another item also relies on is not this item's to delete.
  const shared = new Set(ctx.checklist.items.filter((other) => other.id !== item.id).flatMap((other) => other.sections));
  return item.sections
    .filter((id) => !shared.has(id))
    .flatMap((id) => {
      const match = new RegExp(`^:{3,}section\\[([^\\]]+)\\]\\{#${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s}]`, 'm').exec(
        ctx.model.text
      );
      return match ? [match[1]!] : [];
    });
}

function describeAnswer(answer: ItemAnswer): string {
  const label = statusLabels[answer.status].short;
  const need = statusNeeds[answer.status];
  const detail = need ? answer[need] : undefined;
  return detail ? `${label} (${detail})` : label;
}

function itemDetailStep(item: ChecklistItem, need: 'citation' | 'agency' | 'reason'): Step {
  const question = detailQuestions[need];
  return {
    key: `item.${item.id}.${need}`,
    group: 'Checklist',
    item: item.id,
    answered: (ctx) => Boolean(ctx.answers.items[item.id]?.[need]?.trim()),
    review: (ctx) => `    ${need}: ${ctx.answers.items[item.id]?.[need] ?? '(not answered)'}`,
    async ask(ctx) {
      const answer = await inputOrBack(ctx, {
        name: `item.${item.id}.${need}`,
        // The item's heading stays next to the question: on a small terminal the card above has scrolled away.
        message: `${item.title} \u00b7 ${question.message}`,
        default: ctx.answers.items[item.id]?.[need],
        hint: wrap(
          `${item.title}: ${need === 'reason' && ctx.answers.items[item.id]?.status === 'decided-against' ? detailQuestions.reasonAgainst.example : question.example}. Type < to go back.`,
          ctx.width
        ),
        validate: (value) => {
          if (!value.trim())
            return `Please type ${need === 'citation' ? 'the law that covers it' : need === 'agency' ? 'the agency' : 'a reason'}; it goes into the gap report`;
          const unsafe = findUnsafeCharacter(value, {newlines: false});
          return unsafe ? `Please retype this without the invisible character ${unsafe.name} (it came in with pasted text)` : true;
        }
      });
      if (answer === BACK) return 'back';
      const entry = ctx.answers.items[item.id];
      if (entry) entry[need] = answer.trim();
      return 'next';
    }
  };
}

// ---------------------------------------------------------------- parameters

/**
 * The distinctive part of a State's name, as other names use it: "the
 * Republic of Examplia" → "Examplia" (as in "the Examplia Police Force").
 */
export function coreStateName(name: string): string {
  return name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/^(?:[A-Z][\w-]*\s+)+of\s+(?:the\s+)?/, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A profile's text with its placeholder State renamed: the full name first
 * ("the Republic of Examplia"), then the short one ("Examplia Police Force").
 * Undefined when the text does not mention the old name.
 */
export function renameState(text: string, from: string, to: string): string | undefined {
  if (!from.trim() || from === to) return undefined;
  let result = text.replace(new RegExp(escapeRegExp(from), 'g'), to);
  const [oldCore, newCore] = [coreStateName(from), coreStateName(to)];
  if (oldCore && newCore && oldCore !== from) result = result.replace(new RegExp(`\\b${escapeRegExp(oldCore)}\\b`, 'g'), newCore);
  return result === text ? undefined : result;
}

/** The State's name in the profile, and as the drafter has renamed it (when they have). */
function stateRename(ctx: WizardContext): {from: string; to: string} | undefined {
  const from = ctx.profile.params['country.name'];
  const to = ctx.answers.params['country.name'];
  return typeof from === 'string' && typeof to === 'string' && to.trim() && from !== to ? {from, to} : undefined;
}

/** Suggested value: the saved answer, a deadline computed from entry into force, or the profile's or model's default. */
export function suggestion(ctx: WizardContext, decl: ParamDecl): {value: unknown; origin: string} | undefined {
  if (decl.name in ctx.answers.params) return {value: ctx.answers.params[decl.name], origin: 'your answer'};
  // The State's currency and symbol: the profile's, until the drafter names another currency.
  if (decl.name === 'currency.code' || decl.name === 'currency.symbol') {
    const locale = localeOf(ctx);
    const value = decl.name === 'currency.code' ? locale.currency.code : (locale.currency.symbol ?? '');
    return {value, origin: `profile ${ctx.profile.id}`};
  }
  if (
    decl.name === 'currency.name' &&
    ctx.answers.params['currency.code'] !== undefined &&
    localeOf(ctx).currency.code !== stateLocale(ctx.profile).currency.code
  )
    return undefined;
  const deadline = derivedDeadlines[decl.name];
  const eif = ctx.answers.state.entry_into_force;
  if (deadline && eif)
    return {value: addYears(eif, deadline.years), origin: `${deadline.years} years after entry into force (Article ${deadline.article})`};
  const rawProfileValue = ctx.profile.params[decl.name];
  // Profile texts may name other answers in braces ("the Parliament of {country.name}"): suggest the finished words.
  const profileValue =
    typeof rawProfileValue === 'string' && rawProfileValue.includes('{')
      ? interpolateText(rawProfileValue, (name) => (name in ctx.answers.params ? ctx.answers.params[name] : ctx.profile.params[name]))
      : rawProfileValue;
  // The profile's officer matches the profile's own choice of consent; another choice needs another officer.
  if (decl.name === 'prosecution.consent_officer') {
    const chosen = ctx.answers.params['prosecution.consent'];
    const profileChoice = ctx.profile.params['prosecution.consent'] ?? ctx.model.params.get('prosecution.consent')?.default;
    if (typeof chosen === 'string' && chosen !== profileChoice && consentOfficers[chosen])
      return {value: consentOfficers[chosen].title, origin: 'consent you chose'};
  }
  if (profileValue !== undefined) {
    const rename = stateRename(ctx);
    const renamed = rename && typeof profileValue === 'string' ? renameState(profileValue, rename.from, rename.to) : undefined;
    if (renamed !== undefined)
      return {
        value: renamed,
        origin: `profile ${ctx.profile.id}, with ${coreStateName(rename!.from)} changed to ${coreStateName(rename!.to)}`
      };
    return {value: profileValue, origin: `profile ${ctx.profile.id}`};
  }
  if (decl.default !== undefined) {
    // A model default amount carries no currency of its own (it was read as the model's fallback currency): suggest it in the profile's.
    const fallback = defaultLocale.currency.code;
    const money = decl.type === 'money' && typeof decl.default === 'object' && !Array.isArray(decl.default) ? decl.default : undefined;
    const state = localeOf(ctx).currency.code;
    if (money && money.currency === fallback && state !== fallback)
      return {value: money.amount, origin: `model default amount, in ${state}`};
    return {value: decl.default, origin: 'model default'};
  }
  return undefined;
}

/** The end of a typed question's hint that says where the suggestion comes from. */
function suggestedFrom(origin: string): string {
  return /^\d/.test(origin)
    ? ` Suggested: ${origin}.`
    : origin === 'consent you chose'
      ? ' Suggested from the consent you chose.'
      : ` Suggested from the ${origin}.`;
}

/**
 * After the drafter renames the State, the profile's other names still
 * mention its placeholder ("the Examplia Police Force", "the Parliament of
 * the Republic of Examplia"): record them renamed, so the bill and the review
 * agree, and say so. Names the drafter has answered are left alone.
 */
function renameProfileNames(ctx: WizardContext): void {
  const rename = stateRename(ctx);
  if (!rename) return;
  const changed: string[] = [];
  for (const [name, value] of Object.entries(ctx.profile.params)) {
    if (name === 'country.name' || name in ctx.answers.params || typeof value !== 'string' || ctx.model.params.get(name)?.type !== 'text')
      continue;
    const renamed = renameState(value, rename.from, rename.to);
    if (renamed === undefined) continue;
    ctx.answers.params[name] = renamed;
    // Still asked where the walk asks it, with the new name as the suggestion.
    ctx.revisit.add(`param.${name}`);
    changed.push(`${ctx.model.params.get(name)!.label}: ${renamed}`);
  }
  if (changed.length)
    ctx.say(
      `${wrap(`The profile's other names said ${coreStateName(rename.from)}; they now say ${coreStateName(rename.to)} (change any of them when asked, or on the review screen):`, ctx.width)}\n${changed.map((line) => bullet(line, ctx.width, '  - ')).join('\n')}`
    );
}

/** When the choice of consent changes, an officer title that belongs to the other choice must be asked again. */
function afterConsentChange(ctx: WizardContext, before: unknown): void {
  const chosen = ctx.answers.params['prosecution.consent'];
  if (before === chosen) return;
  const officer = ctx.answers.params['prosecution.consent_officer'];
  if (typeof officer !== 'string') return;
  const belongsToOther = Object.entries(consentOfficers).some(([choice, {fits}]) => choice !== chosen && fits.test(officer));
  if (belongsToOther) delete ctx.answers.params['prosecution.consent_officer'];
  else ctx.revisit.add('param.prosecution.consent_officer');
}

/** A Convention deadline suggested or answered that has already passed: say what that means for the drafter. */
function passedDeadline(ctx: WizardContext, name: string, value: unknown): string {
  const deadline = derivedDeadlines[name];
  if (!deadline || typeof value !== 'string' || !ctx.today || value >= ctx.today) return '';
  return ` That date has passed (today is ${ctx.today}): unless the work is finished, the State needs an extension under Article ${deadline.extension}; type the extended deadline.`;
}

function paramStep(name: string, group: StepGroup, item?: ChecklistItem): Step {
  return {
    key: `param.${name}`,
    group,
    item: item?.id,
    answered: (ctx) => name in ctx.answers.params,
    review: (ctx) => {
      const decl = ctx.model.params.get(name)!;
      const shown = suggestion(ctx, decl);
      const value = shown ? displayValue(decl, shown.value, localeOf(ctx)) : '(none)';
      return `${item ? '    ' : ''}${decl.label}: ${value}${name in ctx.answers.params ? '' : ' (default)'}`;
    },
    async ask(ctx) {
      const decl = ctx.model.params.get(name)!;
      const locale = localeOf(ctx);
      const suggested = suggestion(ctx, decl);
      const header = progressLine(progressText(ctx), item ? item.group : group, item?.title);
      ctx.say(`\n${header ? `${header}\n` : ''}${decl.help ? wrap(decl.help, ctx.width) : ''}`.replace(/\n$/, ''));
      // Under a checklist item, the item's heading stays next to the question itself.
      const message = item ? `${item.title} \u00b7 ${decl.label}` : decl.label;
      const noArticle = paramsAfterArticle(ctx.model).has(name);
      if (decl.type === 'choice' || decl.type === 'boolean') {
        const choices =
          decl.type === 'boolean'
            ? yesNo
            : (decl.options ?? []).map((o) => ({value: o.value as string | boolean, name: o.label, short: o.label}));
        const current = suggested && choices.some((c) => c.value === suggested.value) ? suggested.value : undefined;
        const answer = await selectOrBack<string | boolean>(ctx, {
          name: `param.${name}`,
          message,
          choices,
          default: current as string | boolean | undefined
        });
        if (answer === BACK) return 'back';
        const before = ctx.answers.params[name];
        ctx.answers.params[name] = answer;
        if (name === 'prosecution.consent') afterConsentChange(ctx, before);
        return 'next';
      }
      const text = suggested ? suggestText(decl, suggested.value, locale) : undefined;
      const hint = `${inputHint(decl, locale)}${suggested && suggested.origin !== 'your answer' && text !== undefined ? suggestedFrom(suggested.origin) : ''}${passedDeadline(ctx, name, suggested?.value)}`;
      const answer = await inputOrBack(ctx, {
        name: `param.${name}`,
        message,
        default: text,
        hint: wrap(hint, ctx.width),
        validate: (value) => {
          const read = readTyped(decl, value, locale, {noArticle});
          return read.ok ? true : read.message;
        }
      });
      if (answer === BACK) return 'back';
      const read = readTyped(decl, answer, locale, {noArticle});
      if (read.ok) {
        ctx.answers.params[name] = read.value;
        if (noArticle && read.value !== answer.trim()) ctx.say(`Saved as "${String(read.value)}": the Act already prints "the" before it.`);
      }
      if (name === 'country.name') renameProfileNames(ctx);
      return 'next';
    }
  };
}
