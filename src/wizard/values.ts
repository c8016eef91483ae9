/**
 * Typed answers: turning what a drafter types into a parameter value (checked
 * with the model's own {@link checkValue}), and a value back into the text
 * the prompt suggests. Numbers, money with a currency, dates and text each
 * get a plain-language hint and a validation message as they are entered.
 */
import {
  checkValue,
  describeType,
  formatValue,
  isIsoDate,
  type Locale,
  type Money,
  type ParamDecl,
  type ParamValue
} from '../model/params.js';

/** What typing `<` or `back` in any text question means. */
export const backWords = ['<', 'back'];

/** Whether typed text asks to go back. */
export function isBackWord(text: string): boolean {
  return backWords.includes(text.trim().toLowerCase());
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
];

/**
 * Read a date as typed: `2027-02-01`, or `1 February 2027` / `1 Feb 2027`
 * (day first, as the bill prints it). Returns ISO `YYYY-MM-DD` or undefined.
 */
export function parseDateInput(text: string): string | undefined {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const match = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(trimmed);
  if (!match) return undefined;
  const word = match[2]!.toLowerCase();
  const month = monthNames.findIndex((m) => m === word || (word.length >= 3 && m.startsWith(word)));
  if (month < 0) return undefined;
  const iso = `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

const monthDays = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Why typed text that looks like a date is not one ("There is no 30 February
 * 2027"), or undefined when it does not look like a date at all. Drafters who
 * type the right shape with an impossible day need to hear that, not the format again.
 */
export function dateProblem(text: string): string | undefined {
  const trimmed = text.trim();
  let parts: [number, number, number] | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const words = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(trimmed);
  if (words) {
    const word = words[2]!.toLowerCase();
    const month = monthNames.findIndex((m) => m === word || (word.length >= 3 && m.startsWith(word)));
    if (month < 0) return `"${words[2]}" is not a month; please type a date as YYYY-MM-DD (for example 2027-02-01) or as 1 February 2027`;
    parts = [Number(words[3]), month + 1, Number(words[1])];
  }
  if (!parts) return undefined;
  const [year, month, day] = parts;
  if (month < 1 || month > 12)
    return `There is no month ${month}; please type a date as YYYY-MM-DD, with the month from 01 to 12 (for example 2027-02-01)`;
  const name = monthNames[month - 1]!.replace(/^./, (c) => c.toUpperCase());
  const days = monthDays(year, month);
  if (day < 1 || day > days) return `There is no ${day} ${name} ${year}: ${name} ${year} has ${days} days. Please type a date that exists`;
  if (iso) return 'Please type the month and day with two digits each, as YYYY-MM-DD (for example 2027-02-01)';
  return undefined;
}

/** The message for typed text that is not a usable date. */
export function dateMessage(text: string): string {
  return dateProblem(text) ?? 'Please type a date as YYYY-MM-DD (for example 2027-02-01) or as 1 February 2027';
}

const numberWords =
  /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)\b/i;

/** The text the drafter types for "no value" in an optional text question. */
export const noneWord = '-';

/** Result of reading typed text for a parameter. */
export type ReadResult = {ok: true; value: unknown} | {ok: false; message: string};

/**
 * Read typed text as a value for `decl`: the raw value to store in the
 * answers file (money in the profile's currency as a plain number, any other
 * currency as "NZD 10000"), checked against the declaration.
 */
export function readTyped(decl: ParamDecl, text: string, locale: Locale, options: {noArticle?: boolean} = {}): ReadResult {
  // A name the Act prints after "the" ("the Ministry of …"): typed with its own "the", it is kept without it.
  const trimmed = options.noArticle && decl.type === 'text' ? text.trim().replace(/^the\s+(?=\S)/i, '') : text.trim();
  let raw: unknown;
  switch (decl.type) {
    case 'number': {
      // People type "10 years" or "1,000"; keep the number.
      const cleaned = trimmed
        .replace(/,/g, '')
        .replace(decl.unit ? new RegExp(`\\s*${decl.unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i') : /$^/, '');
      const wanted = `${describeType(decl)}${decl.unit ? ` (${decl.unit})` : ''}`;
      const example = typeof decl.default === 'number' ? decl.default : (decl.min ?? 10);
      if (!/^-?\d+(\.\d+)?$/.test(cleaned)) {
        if (numberWords.test(trimmed))
          return {ok: false, message: `Please type the number in figures, not in words: ${wanted}, for example ${example}`};
        return {ok: false, message: `Please type ${wanted}, for example ${example}`};
      }
      raw = Number(cleaned);
      // Plain words for the two ways a number can be refused (no parameter names).
      if (decl.integer && !Number.isInteger(raw)) return {ok: false, message: `${cleaned} is not a whole number; please type ${wanted}`};
      if ((decl.min !== undefined && (raw as number) < decl.min) || (decl.max !== undefined && (raw as number) > decl.max))
        return {ok: false, message: `${cleaned} is outside the range allowed; please type ${wanted}`};
      break;
    }
    case 'money': {
      // "nzd 5000" means NZD 5000.
      raw = trimmed.replace(/^[a-z]{3}(?=\s*\d)|(?<=\d\s*)[a-z]{3}$/i, (code) => code.toUpperCase());
      const checked = checkValue(decl, raw, locale);
      if (!checked.ok) {
        const example = `Please type an amount in ${locale.currency.code}, the State's currency, such as 100000${rangeText(decl)}`;
        if (numberWords.test(trimmed)) return {ok: false, message: `Please type the amount in figures, not in words. ${example}`};
        if (/^[A-Za-z]{3}$/.test(trimmed))
          return {ok: false, message: `${trimmed.toUpperCase()} is a currency without an amount. ${example}`};
        if (/[$€£¥]/.test(trimmed)) return {ok: false, message: `Please use a three-letter currency code instead of a symbol. ${example}`};
        if (/^-/.test(trimmed)) return {ok: false, message: `An amount cannot be negative. ${example}`};
        return {ok: false, message: example};
      }
      const money = checked.value as Money;
      return {ok: true, value: money.currency === locale.currency.code ? money.amount : `${money.currency} ${money.amount}`};
    }
    case 'date': {
      const iso = parseDateInput(trimmed);
      if (!iso) return {ok: false, message: dateMessage(trimmed)};
      raw = iso;
      break;
    }
    case 'boolean':
      raw = /^(y|yes|true)$/i.test(trimmed) ? true : /^(n|no|false)$/i.test(trimmed) ? false : trimmed;
      break;
    case 'list':
      raw = trimmed === '' || trimmed === noneWord ? [] : trimmed.split(/\s*[;,]\s*/).filter(Boolean);
      break;
    case 'text':
      raw = trimmed === noneWord ? '' : trimmed;
      if (raw === '' && !allowsEmpty(decl)) return {ok: false, message: 'Please type an answer (this text is printed in the bill)'};
      break;
    default:
      raw = trimmed;
  }
  const checked = checkValue(decl, raw, locale);
  if (!checked.ok)
    return {ok: false, message: `${checked.reason.replace(/^Unexpected/, 'Not accepted:')}; please type ${checked.expected}`};
  return {ok: true, value: checked.value};
}

function rangeText(decl: ParamDecl): string {
  if (decl.min !== undefined && decl.max !== undefined) return ` between ${decl.min} and ${decl.max}`;
  if (decl.min !== undefined && decl.min > 0) return ` of at least ${decl.min}`;
  return '';
}

/** Text parameters whose model default is empty may be left empty ("no such law"). */
export function allowsEmpty(decl: ParamDecl): boolean {
  return decl.type === 'text' && decl.default === '';
}

/** Text to suggest in the prompt for a stored or default value. */
export function suggestText(decl: ParamDecl, value: unknown, locale: Locale): string | undefined {
  if (value === undefined || value === null) return undefined;
  const checked = checkValue(decl, value, locale);
  if (!checked.ok) return typeof value === 'string' ? value : undefined;
  const v = checked.value;
  switch (decl.type) {
    case 'money': {
      const money = v as Money;
      return money.currency === locale.currency.code ? String(money.amount) : `${money.currency} ${money.amount}`;
    }
    case 'list':
      return (v as string[]).join(', ');
    case 'text':
      return v === '' ? (allowsEmpty(decl) ? noneWord : undefined) : String(v);
    default:
      return String(v);
  }
}

/** A value as the review screen shows it. */
export function displayValue(decl: ParamDecl, value: unknown, locale: Locale): string {
  const checked = checkValue(decl, value, locale);
  if (!checked.ok) return JSON.stringify(value);
  if (decl.type === 'text' && checked.value === '') return '(none)';
  if (decl.type === 'choice') return decl.options?.find((o) => o.value === checked.value)?.label ?? String(checked.value);
  return formatValue(decl, checked.value as ParamValue, locale);
}

/** The hint shown above a typed question. */
export function inputHint(decl: ParamDecl, locale: Locale): string {
  const back = 'Type < to go back.';
  switch (decl.type) {
    case 'number':
      return `A whole number${rangeText(decl)}${decl.unit ? ` (${decl.unit})` : ''}. Enter keeps the suggestion. ${back}`;
    case 'money':
      return `An amount in ${locale.currency.code}, the State's currency (for example 100000). Enter keeps the suggestion. ${back}`;
    case 'date':
      return `A date as YYYY-MM-DD or "1 February 2027". ${back}`;
    case 'list':
      return `Separate items with commas. ${back}`;
    default:
      return `Enter keeps the suggestion; Tab copies it for editing.${allowsEmpty(decl) ? ` Type ${noneWord} for none.` : ''} ${back}`;
  }
}
