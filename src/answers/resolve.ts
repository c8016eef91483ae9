/**
 * Resolve every answer the assembly needs, with where it came from:
 * answers file ⊕ checklist decisions (switches) ⊕ jurisdiction profile ⊕ model
 * defaults, in that order of precedence.
 */
import type {Point} from 'unist';
import type {VFileMessage} from 'vfile-message';
import type {AnswerValue} from '../conditions/check.js';
import {conditionOutcome} from '../conditions/check.js';
import type {Checklist, ChecklistItem, ItemStatus} from '../checklist/load.js';
import type {Model} from '../model/load.js';
import {checkValue, formatMoney, type Locale, type Money, type ParamValue} from '../model/params.js';
import {diagnostic} from '../util/diagnostics.js';
import {suggest} from '../util/suggest.js';
import type {AnswersFile, ItemAnswer, StateAnswers} from './file.js';
import type {Profile} from './profile.js';

/** Where a resolved value came from. */
export type Origin = 'answers' | 'item' | 'profile' | 'default';

/** A parameter value and its origin. */
export interface ResolvedValue {
  value: ParamValue;
  origin: Origin;
  /** The checklist item whose status set a switch. */
  item?: string | undefined;
}

/** A checklist item's resolved status. */
export interface ResolvedItem {
  item: ChecklistItem;
  status: ItemStatus;
  answer?: ItemAnswer | undefined;
  /** `answers`: decided in the answers file; `pruned`: the state profile rules it out; `unanswered`: open. */
  origin: 'answers' | 'pruned' | 'unanswered';
}

/** Everything the assembly and the reports need to know about the answers. */
export interface Resolution {
  values: Map<string, ResolvedValue>;
  items: Map<string, ResolvedItem>;
  state: StateAnswers;
  locale: Locale;
  profile: Profile;
  /** Parameters that took the profile's or model's default (listed on stderr by `build`). */
  defaulted: string[];
  messages: VFileMessage[];
  /** Value lookup for conditions: parameters and `state.*`. */
  lookup(name: string): AnswerValue;
}

/**
 * Profile and model texts may name other parameters in braces, e.g. an
 * enacting formula "BE IT ENACTED by the Parliament of {country.name} …", so
 * that a State renamed in the answers is renamed everywhere. One pass, text
 * values only; the drafter's own answers are always taken literally.
 */
function interpolateDefaults(values: Map<string, ResolvedValue>, model: Model): void {
  for (const [name, resolved] of values) {
    if (resolved.origin === 'answers' || typeof resolved.value !== 'string' || model.params.get(name)?.type !== 'text') continue;
    if (!resolved.value.includes('{')) continue;
    const text = interpolateText(resolved.value, (other) => (other === name ? undefined : values.get(other)?.value));
    values.set(name, {...resolved, value: text});
  }
}

/** Replace `{param.name}` in a text with that parameter's text value; unknown or non-text names stay as written. */
export function interpolateText(text: string, lookup: (name: string) => unknown): string {
  return text.replace(/\{([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*)\}/g, (whole, other: string) => {
    const value = lookup(other);
    return typeof value === 'string' && !value.includes('{') ? value : whole;
  });
}

/** Resolve answers against a model, a checklist and a profile. */
export function resolveAnswers(model: Model, checklist: Checklist, profile: Profile, answers: AnswersFile): Resolution {
  const messages: VFileMessage[] = [];
  const at = (path: Array<string | number>, which?: 'key' | 'value') => answers.yaml?.pointAt(path, which);
  const report = (reason: string, path: Array<string | number>, ruleId: string, fatal = true, which?: 'key' | 'value') =>
    messages.push(diagnostic(reason, {file: answers.path, place: at(path, which), ruleId, source: 'answers', fatal}));

  const state = answers.state;
  const stateLookup = (name: string): AnswerValue => stateValue(state, name);

  // Checklist decisions.
  const items = new Map<string, ResolvedItem>();
  for (const item of checklist.items) {
    const answer = answers.items[item.id];
    // Undecided (`undefined`) when it turns on a state question the answers leave open: the item is then open too.
    const applies = item.applies ? conditionOutcome(item.applies, stateLookup) : true;
    if (applies === false) {
      if (answer && answer.status !== 'not-applicable') {
        report(
          `Unexpected status \`${answer.status}\` for \`${item.id}\`: the state profile rules this item out (${item.prunedReason || item.appliesText}); the answer is kept, check the state profile`,
          ['items', item.id, 'status'],
          'pruned-item-answered',
          false
        );
        items.set(item.id, {item, status: answer.status, answer, origin: 'answers'});
      } else {
        items.set(item.id, {
          item,
          status: 'not-applicable',
          answer: answer ?? {status: 'not-applicable', reason: item.prunedReason || `Does not apply: ${item.appliesText} is false.`},
          origin: answer ? 'answers' : 'pruned'
        });
      }
      continue;
    }
    if (answer) {
      if (!item.statuses.includes(answer.status))
        report(
          `Unexpected status \`${answer.status}\` for \`${item.id}\`, expected one of: ${item.statuses.join(', ')}`,
          ['items', item.id, 'status'],
          'wrong-value'
        );
      items.set(item.id, {item, status: answer.status, answer, origin: 'answers'});
    } else {
      items.set(item.id, {item, status: 'unknown', origin: 'unanswered'});
    }
  }
  for (const id of Object.keys(answers.items)) {
    if (!checklist.items.some((item) => item.id === id)) {
      const close = suggest(
        id,
        checklist.items.map((i) => i.id)
      );
      report(
        `Unexpected item \`${id}\`, expected a checklist item id${close.length ? ` (did you mean \`${close[0]}\`?)` : ` (${checklist.items.map((i) => i.id).join(', ')})`}`,
        ['items', id],
        'unknown-item',
        true,
        'key'
      );
    }
  }

  const values = new Map<string, ResolvedValue>();
  const defaulted: string[] = [];
  // Every amount typed without a currency is in the State's currency, asked once (\`currency.code\`): read it first.
  const locale = stateLocale(profile, answers);
  const afterArticle = paramsAfterArticle(model);
  /** A name the Act prints after "the", typed with its own "the": drop it (the bill would read "the the"), and say so. */
  const withoutArticle = (name: string, value: ParamValue, file: string, place: Point | undefined): ParamValue => {
    if (typeof value !== 'string' || !afterArticle.has(name) || !/^the\s+\S/i.test(value)) return value;
    const stripped = value.replace(/^the\s+/i, '');
    messages.push(
      diagnostic(
        `Unexpected "the" at the start of \`${name}\` ("${value}"): the Act prints "the" before it, so it is used as "${stripped}"; write it without "the"`,
        {file, place, ruleId: 'leading-article', source: file === answers.path ? 'answers' : 'profile', fatal: false}
      )
    );
    return stripped;
  };

  // Model defaults, then the profile, then switches, then explicit answers.
  for (const [name, decl] of model.params) {
    if (decl.default === undefined) continue;
    // A money default written as a bare number is in the State's currency, not the fallback one.
    const checked = decl.type === 'money' && decl.defaultRaw !== undefined ? checkValue(decl, decl.defaultRaw, locale) : undefined;
    values.set(name, {value: checked?.ok ? checked.value : decl.default, origin: 'default'});
  }
  for (const [name, raw] of Object.entries(profile.params)) {
    const decl = model.params.get(name);
    const place = profile.yaml?.pointAt(['params', name], 'key');
    if (!decl) {
      messages.push(
        diagnostic(`Unexpected parameter \`${name}\`, expected a parameter of the model (see \`ccm-draft lint\` or model-law/README.md)`, {
          file: profile.path,
          place,
          ruleId: 'unknown-param',
          source: 'profile'
        })
      );
      continue;
    }
    const checked = checkValue(decl, raw, locale);
    if (!checked.ok)
      messages.push(
        diagnostic(`${checked.reason}, expected ${checked.expected}`, {
          file: profile.path,
          place: profile.yaml?.pointAt(['params', name, ...(checked.at ?? [])]),
          ruleId: 'wrong-type',
          source: 'profile',
          expected: [checked.expected]
        })
      );
    else
      values.set(name, {
        value: withoutArticle(name, checked.value, profile.path, profile.yaml?.pointAt(['params', name])),
        origin: 'profile'
      });
  }
  for (const resolved of items.values()) {
    const name = resolved.item.switch;
    if (!name || !model.params.has(name) || resolved.status === 'unknown') continue;
    values.set(name, {value: resolved.status === 'act', origin: 'item', item: resolved.item.id});
  }
  for (const [name, raw] of Object.entries(answers.params)) {
    const decl = model.params.get(name);
    if (!decl) {
      const close = suggest(name, model.params.keys());
      report(
        `Unexpected parameter \`${name}\`, expected a parameter of the model${
          close.length
            ? ` (did you mean ${close
                .slice(0, 3)
                .map((k) => `\`${k}\``)
                .join(', ')}?)`
            : ''
        }`,
        ['params', name],
        'unknown-param',
        true,
        'key'
      );
      continue;
    }
    const checked = checkValue(decl, raw, locale);
    if (!checked.ok) {
      messages.push(
        diagnostic(`${checked.reason}, expected ${checked.expected}`, {
          file: answers.path,
          place: at(['params', name, ...(checked.at ?? [])]),
          ruleId: 'wrong-type',
          source: 'answers',
          expected: [checked.expected],
          actual: JSON.stringify(raw)
        })
      );
      continue;
    }
    const previous = values.get(name);
    const decidedBy = previous?.origin === 'item' ? items.get(previous.item!) : undefined;
    if (decidedBy?.origin === 'pruned' && previous!.value !== checked.value) {
      // The drafter did not decide the item; the state profile did. An explicit value is a decision: keep it, say so.
      report(
        `\`${name}: ${String(checked.value)}\` overrides item \`${previous!.item}\`, which the state profile rules out (${decidedBy.item.prunedReason || decidedBy.item.appliesText})`,
        ['params', name],
        'switch-overrides-profile',
        false
      );
    } else if (previous?.origin === 'item' && previous.value !== checked.value) {
      report(
        `Unexpected \`${name}: ${String(checked.value)}\`: item \`${previous.item}\` has status \`${items.get(previous.item!)?.status}\`, which sets it to ${String(previous.value)}; expected the two to agree`,
        ['params', name],
        'switch-conflict'
      );
      continue;
    }
    values.set(name, {value: withoutArticle(name, checked.value, answers.path, at(['params', name])), origin: 'answers'});
  }
  seedCurrency(values, locale, profile);
  deriveConsentOfficer(values);
  for (const [name, resolved] of values) {
    if (resolved.origin === 'default' || resolved.origin === 'profile') defaulted.push(name);
  }
  interpolateDefaults(values, model);
  messages.push(...consistencyWarnings(values, {answers, profile}));

  return {
    values,
    items,
    state,
    locale,
    profile,
    defaulted,
    messages,
    lookup(name) {
      if (name.startsWith('state.')) return stateLookup(name);
      return values.get(name)?.value as AnswerValue;
    }
  };
}

/**
 * A state-profile answer as conditions read it. A State is taken to have
 * armed forces unless the answers say it has none (`state.armed_forces:
 * false`): files written before the question existed keep their meaning.
 */
export function stateValue(state: StateAnswers, name: string): AnswerValue {
  if (!name.startsWith('state.')) return undefined;
  const key = name.slice(6);
  const value = (state as Record<string, AnswerValue>)[key];
  return key === 'armed_forces' && value === undefined ? true : value;
}

const isCurrencyCode = (value: unknown): value is string => typeof value === 'string' && /^[A-Z]{3}$/.test(value);

/**
 * The State's money conventions: the currency every bare amount is in
 * (`currency.code` in the answers, else the profile's) and the symbol its
 * statutes print before amounts. A symbol belongs to the currency it was
 * given for: when the answers change the currency, the profile's symbol no
 * longer applies and amounts print with the code until the answers give one.
 */
export function stateLocale(profile: Profile, answers?: Pick<AnswersFile, 'params'>): Locale {
  const profileCode = isCurrencyCode(profile.params['currency.code']) ? profile.params['currency.code'] : profile.locale.currency.code;
  const answered = answers?.params['currency.code'];
  const code = isCurrencyCode(answered) ? answered : profileCode;
  const answeredSymbol = answers?.params['currency.symbol'];
  const profileSymbol =
    typeof profile.params['currency.symbol'] === 'string' ? profile.params['currency.symbol'] : profile.locale.currency.symbol;
  const symbol = typeof answeredSymbol === 'string' ? answeredSymbol : code === profileCode ? (profileSymbol ?? '') : '';
  return {dateFormat: profile.locale.dateFormat, currency: {code, symbol}};
}

/**
 * Parameters the Act prints straight after "the" ("the :param[minister.title]"):
 * a value that starts with "the" would print "the the". Read from the model
 * text, so a new clause brings its names with it.
 */
export function paramsAfterArticle(model: Pick<Model, 'text'>): Set<string> {
  const names = new Set<string>();
  for (const match of model.text.matchAll(/\bthe\s+:param\[([^\]]+)\]/gi)) names.add(match[1]!.trim());
  return names;
}

/** Put the State's currency into the values, so the bill, the review and the provenance show the one the amounts use. */
function seedCurrency(values: Map<string, ResolvedValue>, locale: Locale, profile: Profile): void {
  const code = values.get('currency.code');
  if (code && code.origin !== 'answers') values.set('currency.code', {value: locale.currency.code, origin: 'profile'});
  const symbol = values.get('currency.symbol');
  if (symbol && symbol.origin !== 'answers')
    values.set('currency.symbol', {value: locale.currency.symbol ?? '', origin: locale.currency.symbol ? 'profile' : 'default'});
  const name = values.get('currency.name');
  const profileCode = isCurrencyCode(profile.params['currency.code']) ? profile.params['currency.code'] : profile.locale.currency.code;
  // The profile's name of its currency is wrong for another one.
  if (name && name.origin === 'profile' && locale.currency.code !== profileCode)
    values.set('currency.name', {value: '', origin: 'default'});
}

/** The officer who consents under each choice of `prosecution.consent`, and how to recognise a title that belongs to it. */
export const consentOfficers: Record<string, {title: string; fits: RegExp}> = {
  'attorney-general': {title: 'Attorney-General', fits: /attorney/i},
  dpp: {title: 'Director of Public Prosecutions', fits: /prosecut/i}
};

/**
 * The consenting officer follows the choice of consent: when the answers
 * choose the Director of Public Prosecutions and only the profile names the
 * officer (its "Attorney-General"), the bill names the Director. A title the
 * answers give themselves is kept (and checked by {@link consistencyWarnings}).
 */
function deriveConsentOfficer(values: Map<string, ResolvedValue>): void {
  const consent = values.get('prosecution.consent');
  const officer = values.get('prosecution.consent_officer');
  if (!consent || !officer || officer.origin === 'answers') return;
  // A profile whose own two values disagree is reported (consistencyWarnings), not silently mended.
  if (officer.origin === 'profile' && consent.origin === 'profile') return;
  const expected = consentOfficers[String(consent.value)];
  if (expected && !expected.fits.test(String(officer.value)))
    values.set('prosecution.consent_officer', {value: expected.title, origin: 'default'});
}

/** Where a value was written (the answers or the profile), for a message about it. */
function placeOf(name: string, resolved: ResolvedValue | undefined, files: {answers: AnswersFile; profile: Profile}) {
  if (resolved?.origin === 'profile')
    return {file: files.profile.path, place: files.profile.yaml?.pointAt(['params', name]), source: 'profile'};
  return {file: files.answers.path, place: files.answers.yaml?.pointAt(['params', name]), source: 'answers'};
}

/** Parameters that name another statute by its short title, which the bill cites. */
const statuteParams = ['law.customs', 'law.arms', 'law.explosives'] as const;
/** A year (1800–2199) or the placeholder "[year]" in a short title: "Customs Act 1977", "Customs Act 1977 (Cap 45)", "Customs Act [year]". */
const citesYear = /\b(?:1[89]|2[01])\d\d\b|\[year\]/i;

/**
 * Warnings about answers that contradict each other or the profile: a
 * consenting officer of the other choice, "the Crown" or a royal enacting
 * formula in a republic. Each names the value to change and where it was written.
 */
export function consistencyWarnings(values: Map<string, ResolvedValue>, files: {answers: AnswersFile; profile: Profile}): VFileMessage[] {
  const out: VFileMessage[] = [];
  const warn = (reason: string, name: string, ruleId: string) => {
    const at = placeOf(name, values.get(name), files);
    out.push(diagnostic(reason, {file: at.file, place: at.place, ruleId, source: at.source, fatal: false}));
  };
  const text = (name: string) => {
    const v = values.get(name)?.value;
    return typeof v === 'string' ? v : undefined;
  };
  const consent = text('prosecution.consent');
  const officer = text('prosecution.consent_officer');
  const expected = consent ? consentOfficers[consent] : undefined;
  if (expected && officer !== undefined && !expected.fits.test(officer))
    warn(
      `Unexpected \`prosecution.consent_officer: ${officer}\` with \`prosecution.consent: ${consent}\`: the bill would require the consent of the ${officer}; expected the ${expected.title} (or choose the consent that matches the officer)`,
      'prosecution.consent_officer',
      'consent-officer-mismatch'
    );
  // A statute is cited by its short title and year; "Customs Act" alone names no law a court can find.
  for (const name of statuteParams) {
    const title = text(name)?.trim();
    if (title && !citesYear.test(title))
      warn(
        `Unexpected \`${name}: ${title}\` without a year: the bill would cite "${title}"; expected the short title with its year, such as "${title} 1977", or "${title} [year]" as a placeholder to fill`,
        name,
        'citation-without-year'
      );
  }
  const country = text('country.name') ?? '';
  if (/\brepublic\b/i.test(country)) {
    const crown = text('crown.name');
    if (crown !== undefined && /\bcrown\b/i.test(crown))
      warn(
        `Unexpected \`crown.name: ${crown}\` for a republic (${country}): the bill would print "Act binds ${crown}"; expected the expression the State's statutes use for the executive, such as "the State"`,
        values.get('crown.name')?.origin === 'answers' || values.get('country.name')?.origin !== 'answers' ? 'crown.name' : 'country.name',
        'crown-in-republic'
      );
    const formula = text('enacting.formula');
    if (formula !== undefined && /\b(Majesty|King|Queen|Crown)\b/.test(formula))
      warn(
        `Unexpected royal words in \`enacting.formula\` for a republic (${country}): "${formula}"; expected the State's own words of enactment`,
        values.get('enacting.formula')?.origin === 'answers' || values.get('country.name')?.origin !== 'answers'
          ? 'enacting.formula'
          : 'country.name',
        'crown-in-republic'
      );
  }
  return out;
}

/**
 * Warnings that depend on what the bill prints (`filled`: the parameters it
 * uses): amounts in more than one currency, money answers the bill ignores
 * (fines in penalty units), a symbol printed without saying which currency it
 * is). Commencement warnings need the day of the build: src/app/build-commencement.ts.
 */
export function draftWarnings(
  resolution: Pick<Resolution, 'values' | 'locale' | 'state' | 'profile'>,
  filled: ReadonlySet<string>,
  model: Pick<Model, 'params'>,
  answers: AnswersFile
): VFileMessage[] {
  const out: VFileMessage[] = [];
  const files = {answers, profile: resolution.profile};
  const warn = (reason: string, name: string, ruleId: string) => {
    const at = placeOf(name, resolution.values.get(name), files);
    out.push(diagnostic(reason, {file: at.file, place: at.place, ruleId, source: at.source, fatal: false}));
  };
  const money = [...filled]
    .filter((name) => model.params.get(name)?.type === 'money')
    .map((name) => ({name, value: resolution.values.get(name)?.value as Money | undefined}))
    .filter((m): m is {name: string; value: Money} => Boolean(m.value && typeof m.value === 'object' && 'amount' in m.value));
  const state = resolution.locale.currency.code;
  const foreign = money.filter((m) => m.value.currency !== state);
  if (foreign.length > 0)
    warn(
      `Unexpected amounts in another currency than the State's (${state}): ${foreign.map((m) => `\`${m.name}\` ${formatMoney(m.value, resolution.locale)}`).join(', ')}; one bill should state every amount in one currency (give the amounts without a code, or set \`currency.code\`)`,
      foreign[0]!.name,
      'mixed-currencies'
    );
  // Royal words of assent in a republic: a profile made for a realm (nz: "receives the Royal assent") used for a republic.
  const country = resolution.values.get('country.name')?.value;
  const assent = resolution.values.get('assent.words')?.value;
  if (
    typeof country === 'string' &&
    /\brepublic\b/i.test(country) &&
    typeof assent === 'string' &&
    filled.has('assent.words') &&
    /\b(Royal|Majesty|King|Queen|Crown|Sovereign|Governor-General)\b/.test(assent)
  )
    warn(
      `Unexpected royal words of assent for a republic (${country}): the bill would print "it ${assent}"; expected the words the State's statutes use, such as "is assented to by the President" (\`assent.words\`)`,
      'assent.words',
      'crown-in-republic'
    );
  const style = resolution.values.get('penalty.style');
  for (const [name, raw] of Object.entries(answers.params)) {
    if (model.params.get(name)?.type !== 'money' || filled.has(name) || raw === undefined) continue;
    const units = name.replace(/\.fine$/, '.units');
    warn(
      style?.value === 'penalty-units'
        ? `\`${name}\` is not printed: this bill states fines in penalty units (\`penalty.style: penalty-units\`, from ${style.origin === 'answers' ? 'the answers' : `profile ${resolution.profile.id}`}); give \`${units}\` instead, or set \`penalty.style: fine\``
        : `\`${name}\` is not printed: the provision that uses it is not in this bill`,
      name,
      'money-ignored'
    );
  }
  const symbol = resolution.locale.currency.symbol;
  const currencyName = resolution.values.get('currency.name');
  if (
    money.length > 0 &&
    symbol &&
    model.params.has('currency.name') &&
    !(typeof currencyName?.value === 'string' && currencyName.value.trim())
  )
    warn(
      `Missing \`currency.name\`: the bill prints amounts as "${symbol}…" without saying which currency "${symbol}" is; expected the currency's name, such as "New Zealand dollars"`,
      'currency.symbol',
      'currency-undefined'
    );
  return out;
}
