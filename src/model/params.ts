/**
 * Parameter declarations (from the model's front matter), value checking and
 * printing. Values come from answers files, jurisdiction profiles and the
 * wizard; each is checked against its declaration before it reaches the bill.
 */
import {parseIsoDate} from '../util/dates.js';
import {findUnsafeCharacter, unsafeCharacterReason} from '../util/text.js';
import type {Point} from 'unist';
import type {NameType} from '../conditions/check.js';

/** The kinds of parameter. */
export type ParamType = 'text' | 'number' | 'money' | 'date' | 'choice' | 'boolean' | 'list';

/** An option of a choice parameter. */
export interface ChoiceOption {
  value: string;
  label: string;
  /** What `:param` prints (default: the value). */
  text?: string | undefined;
}

/** A parameter declared in the model's front matter. */
export interface ParamDecl {
  name: string;
  type: ParamType;
  label: string;
  help?: string | undefined;
  default?: ParamValue | undefined;
  /** The default as written in the model; a money default without a currency takes the profile's. */
  defaultRaw?: unknown;
  min?: number | undefined;
  max?: number | undefined;
  integer?: boolean | undefined;
  pattern?: string | undefined;
  maxLength?: number | undefined;
  options?: ChoiceOption[] | undefined;
  minItems?: number | undefined;
  unit?: string | undefined;
  /** Where the declaration stands in the model file. */
  position?: Point | undefined;
}

/** An amount of money. */
export interface Money {
  amount: number;
  currency: string;
}

/** A checked parameter value. Dates are ISO `YYYY-MM-DD` strings. */
export type ParamValue = string | number | boolean | Money | string[];

/** Locale settings from the jurisdiction profile, used to print values. */
export interface Locale {
  /** Tokens D, DD, MMMM, MMM, MM, YYYY (default `D MMMM YYYY`). */
  dateFormat: string;
  currency: {code: string; symbol?: string | undefined};
}

/**
 * Parameters the engine reads to print every amount (the State's currency),
 * rather than printing them where they stand: \`lint\` does not ask for a use in the text.
 */
export const localeParams: readonly string[] = ['currency.code'];

/** The default locale (used when a profile gives none). */
export const defaultLocale: Locale = {dateFormat: 'D MMMM YYYY', currency: {code: 'USD', symbol: '$'}};

/** Result of checking a raw value. */
export type CheckResult =
  | {ok: true; value: ParamValue}
  | {
      ok: false;
      reason: string;
      expected: string;
      /** Where inside the value the problem is (a key of a mapping), for the message's position. */
      at?: Array<string | number> | undefined;
    };

/** What a parameter expects, in words, for messages. */
export function describeType(decl: ParamDecl): string {
  switch (decl.type) {
    case 'text':
      return decl.pattern ? `text matching /${decl.pattern}/` : 'text';
    case 'number':
      return `${decl.integer ? 'a whole number' : 'a number'}${range(decl)}`;
    case 'money':
      return `an amount such as "NZD 10000" or 10000${decl.min === 0 && decl.max === undefined ? ' (not negative)' : range(decl)}`;
    case 'date':
      return 'a date as YYYY-MM-DD';
    case 'choice':
      return `one of: ${(decl.options ?? []).map((o) => o.value).join(', ')}`;
    case 'boolean':
      return 'true or false (yes or no)';
    case 'list':
      return `a list of text${decl.minItems ? ` with at least ${decl.minItems} item(s)` : ''}`;
  }
}

function range(decl: ParamDecl): string {
  if (decl.min !== undefined && decl.max !== undefined) return ` from ${decl.min} to ${decl.max}`;
  if (decl.min !== undefined) return ` of at least ${decl.min}`;
  if (decl.max !== undefined) return ` of at most ${decl.max}`;
  return '';
}

/** Whether `YYYY-MM-DD` names a real calendar day. */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

/** The largest amount of money a value may hold: beyond it numbers lose their digits (and print as "1e+21"). */
export const maxMoneyAmount = 999_999_999_999_999;

/**
 * Currencies whose amounts do not have 2 decimal places, as the runtime's ICU
 * (CLDR) data gives them (Node 20; test/params.test.ts checks the table
 * against the runtime). A table rather than `Intl.NumberFormat`, whose first
 * currency format loads ICU's currency data: about 10 ms of every build.
 */
const currencyDecimals: ReadonlyMap<string, number> = new Map([
  ...'AFN ALL BIF CLP COP DJF GNF HUF IDR IQD IRR ISK JPY KMF KPW KRW LAK LBP MGA MMK PKR PYG RWF SLL SOS SYP UGX VND VUV XAF XOF XPF YER'
    .split(' ')
    .map((code): [string, number] => [code, 0]),
  ...'BHD JOD KWD LYD OMR TND'.split(' ').map((code): [string, number] => [code, 3])
]);

/**
 * Decimal places the currency's amounts have (ISO 4217 minor units as CLDR
 * gives them): 2 for most, 0 for JPY or VUV, 3 for BHD. Unknown but
 * well-formed codes count as 2.
 */
export function currencyDigits(code: string): number {
  return currencyDecimals.get(code) ?? 2;
}

/** Decimal places written in a number ("500.123" → 3); a number too long to write plainly counts as Infinity. */
function decimalsOf(amount: number): number {
  const text = String(amount);
  if (/e/i.test(text)) return /e-/i.test(text) ? Number.POSITIVE_INFINITY : 0;
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/** Why a money value cannot be read, and where inside the value (a key of the mapping form). */
export type MoneyProblem = {reason: string; at?: Array<string | number> | undefined};

/**
 * Read a money value: a number (in `currency`, the State's), "NZD 10,000",
 * or `{amount: 10000, currency: NZD}`. Returns the amount or what is wrong
 * with it: an amount too large to print, more decimals than the currency
 * has, or a key other than `amount` and `currency` in the mapping form.
 */
export function readMoney(raw: unknown, currency: string, name = 'the amount'): Money | MoneyProblem | undefined {
  let money: Money | undefined;
  if (typeof raw === 'number' && Number.isFinite(raw)) money = {amount: raw, currency};
  else if (typeof raw === 'string') {
    const match = /^\s*(?:([A-Z]{3})\s*)?([0-9][0-9,]*(?:\.[0-9]+)?)\s*(?:([A-Z]{3}))?\s*$/.exec(raw);
    if (!match || (match[1] && match[3])) return undefined;
    const digits = match[2]!.replace(/,/g, '');
    const written = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    money = {amount: Number(digits), currency: match[1] ?? match[3] ?? currency};
    const allowed = currencyDigits(money.currency);
    if (written > allowed) return tooManyDecimals(raw, money.currency, allowed, name);
  } else if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    const extra = Object.keys(o).find((k) => k !== 'amount' && k !== 'currency');
    if (extra !== undefined)
      return {
        reason: `Unexpected key \`${extra}\` in the amount of money for ${name} (only \`amount\` and \`currency\` are allowed)`,
        at: [extra]
      };
    if (typeof o['amount'] !== 'number' || !Number.isFinite(o['amount']))
      return {
        reason: `Unexpected ${o['amount'] === undefined ? 'mapping without `amount`' : `\`amount: ${String(o['amount'])}\``} for ${name} (the amount must be a number)`,
        at: o['amount'] === undefined ? undefined : ['amount']
      };
    if (o['currency'] !== undefined && !(typeof o['currency'] === 'string' && /^[A-Z]{3}$/.test(o['currency'])))
      return {
        reason: `Unexpected currency ${JSON.stringify(o['currency'])} for ${name} (a currency is a three-letter code such as NZD)`,
        at: ['currency']
      };
    money = {amount: o['amount'], currency: (o['currency'] as string | undefined) ?? currency};
  }
  if (!money) return undefined;
  if (Math.abs(money.amount) > maxMoneyAmount)
    return {
      reason: `Unexpected amount ${String(money.amount)} for ${name}, above the largest amount accepted (${groupDigits(String(maxMoneyAmount))})`,
      at: typeof raw === 'object' ? ['amount'] : undefined
    };
  const allowed = currencyDigits(money.currency);
  if (typeof raw !== 'string' && decimalsOf(money.amount) > allowed)
    return {...tooManyDecimals(String(money.amount), money.currency, allowed, name), at: typeof raw === 'object' ? ['amount'] : undefined};
  return money;
}

function tooManyDecimals(written: string, currency: string, allowed: number, name: string): MoneyProblem {
  return {
    reason: `Unexpected amount ${written.trim()} for ${name}: ${currency} amounts have ${allowed === 0 ? 'no decimal places' : `at most ${allowed} decimal place${allowed === 1 ? '' : 's'}`}`
  };
}

/** Parse a money value: a number (profile currency), "NZD 10,000", or {amount, currency}. Undefined when it is not a usable amount. */
export function parseMoney(raw: unknown, currency: string): Money | undefined {
  const read = readMoney(raw, currency);
  return read && 'amount' in read ? read : undefined;
}

/** Check a raw value against its declaration and normalise it. */
export function checkValue(decl: ParamDecl, raw: unknown, locale: Locale = defaultLocale): CheckResult {
  const fail = (reason: string): CheckResult => ({ok: false, reason, expected: describeType(decl)});
  // JSON.stringify shows Infinity (YAML `1e400`) and NaN (`.nan`) as null.
  const shown = typeof raw === 'string' ? `"${raw}"` : typeof raw === 'number' && !Number.isFinite(raw) ? String(raw) : JSON.stringify(raw);
  switch (decl.type) {
    case 'text': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return fail(`Unexpected ${kind(raw)} ${shown} for \`${decl.name}\``);
      const value = String(raw);
      if (decl.maxLength !== undefined && value.length > decl.maxLength)
        return fail(`Unexpected text of ${value.length} characters for \`${decl.name}\`, expected at most ${decl.maxLength}`);
      if (decl.pattern && !new RegExp(decl.pattern, 'u').test(value)) return fail(`Unexpected value ${shown} for \`${decl.name}\``);
      const unsafe = findUnsafeCharacter(value);
      if (unsafe) return fail(unsafeCharacterReason(unsafe, `\`${decl.name}\``).replace(/, expected .*$/, ''));
      // Blank is a value only where the model's own default is blank (`law.arms: ""`); a blank title prints "# 2027".
      if (value.trim() === '' && !(typeof decl.defaultRaw === 'string' && decl.defaultRaw.trim() === ''))
        return fail(`Unexpected empty text for \`${decl.name}\``);
      return {ok: true, value};
    }
    case 'number': {
      // YAML reads `"10"` as text: say so, since the drafter sees a number.
      if (typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()))
        return fail(`Unexpected quoted number ${shown} for \`${decl.name}\` (remove the quotes)`);
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return fail(`Unexpected ${kind(raw)} ${shown} for \`${decl.name}\``);
      if (decl.integer && !Number.isInteger(raw)) return fail(`Unexpected fraction ${raw} for \`${decl.name}\``);
      if ((decl.min !== undefined && raw < decl.min) || (decl.max !== undefined && raw > decl.max))
        return fail(`Unexpected ${raw} for \`${decl.name}\`, out of range`);
      return {ok: true, value: raw};
    }
    case 'money': {
      const money = readMoney(raw, locale.currency.code, `\`${decl.name}\``);
      if (!money) return fail(`Unexpected ${kind(raw)} ${shown} for \`${decl.name}\``);
      if (!('amount' in money)) return {ok: false, reason: money.reason, expected: describeType(decl), at: money.at};
      if ((decl.min !== undefined && money.amount < decl.min) || (decl.max !== undefined && money.amount > decl.max))
        return fail(`Unexpected amount ${money.amount} for \`${decl.name}\`, out of range`);
      return {ok: true, value: money};
    }
    case 'date': {
      if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !isIsoDate(raw))
        return fail(`Unexpected date ${raw} for \`${decl.name}\`: there is no such day`);
      if (typeof raw !== 'string' || !isIsoDate(raw)) return fail(`Unexpected ${kind(raw)} ${shown} for \`${decl.name}\``);
      return {ok: true, value: raw};
    }
    case 'choice': {
      const options = decl.options ?? [];
      if (typeof raw !== 'string' || !options.some((o) => o.value === raw))
        return fail(`Unexpected ${kind(raw)} ${shown} for \`${decl.name}\``);
      return {ok: true, value: raw};
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return {ok: true, value: raw};
      // YAML 1.2 reads yes/no as strings; drafters write them anyway.
      if (typeof raw === 'string' && /^(yes|no|true|false)$/i.test(raw)) return {ok: true, value: /^(yes|true)$/i.test(raw)};
      return fail(`Unexpected ${kind(raw)} ${shown} for \`${decl.name}\``);
    }
    case 'list': {
      if (!Array.isArray(raw) || raw.some((x) => typeof x !== 'string'))
        return fail(`Unexpected ${kind(raw)} ${shown} for \`${decl.name}\``);
      if (decl.minItems !== undefined && raw.length < decl.minItems)
        return fail(`Unexpected list of ${raw.length} item(s) for \`${decl.name}\``);
      return {ok: true, value: raw as string[]};
    }
  }
}

function kind(raw: unknown): string {
  if (raw === null || raw === undefined) return 'empty value';
  if (Array.isArray(raw)) return 'list';
  if (typeof raw === 'object') return 'mapping';
  if (typeof raw === 'string') return 'text';
  return typeof raw;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Print an ISO date with the profile's format. */
export function formatDate(iso: string, format: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return format.replace(/YYYY|MMMM|MMM|MM|DD|D/g, (token) => {
    switch (token) {
      case 'YYYY':
        return String(y);
      case 'MMMM':
        return months[m - 1]!;
      case 'MMM':
        return months[m - 1]!.slice(0, 3);
      case 'MM':
        return String(m).padStart(2, '0');
      case 'DD':
        return String(d).padStart(2, '0');
      default:
        return String(d);
    }
  });
}

/** Thousands separators in a plain decimal number ("500000" → "500,000"). */
export function groupDigits(number: string): string {
  const [whole, fraction] = number.split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

/** Print an amount with thousands separators, in the profile's currency style. */
export function formatMoney(money: Money, locale: Locale): string {
  // Whole amounts as written ("$50,000"); an amount with a fraction keeps the currency's decimals ("$50.50").
  const digits = Number.isInteger(money.amount) ? 0 : currencyDigits(money.currency);
  const grouped = groupDigits(money.amount.toFixed(digits));
  if (money.currency === locale.currency.code && locale.currency.symbol) return `${locale.currency.symbol}${grouped}`;
  return `${money.currency} ${grouped}`;
}

/** Join list items the way statutes do: "a, b and c". */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** Print a value as it appears in the bill. */
export function formatValue(decl: ParamDecl, value: ParamValue, locale: Locale, join?: string): string {
  switch (decl.type) {
    case 'money':
      return formatMoney(value as Money, locale);
    case 'date':
      return formatDate(value as string, locale.dateFormat);
    case 'choice': {
      const option = decl.options?.find((o) => o.value === value);
      return option?.text ?? String(value);
    }
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'list':
      return joinList(value as string[], join);
    case 'number': {
      // Quantities with a unit read with thousands separators ("2,000 penalty units"); bare numbers such as
      // the year in a title must not ("2027").
      // One of a plural unit is singular: "1 year", "1 penalty unit".
      const unit = decl.unit && value === 1 && /[^s]s$/.test(decl.unit) ? decl.unit.slice(0, -1) : decl.unit;
      return unit ? `${groupDigits(String(value))} ${unit}` : String(value);
    }
    default:
      return String(value);
  }
}

/** The condition-language type of a parameter. */
export function nameType(decl: ParamDecl): NameType {
  return {type: decl.type, options: decl.options?.map((o) => o.value)};
}
