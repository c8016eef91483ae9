/** Checking answer values: what is accepted, and what the drafter is told when not. */
import {describe, expect, it} from 'vitest';
import {parseAnswers} from '../src/answers/file.js';
import {checkValue, currencyDigits, formatValue, type ParamDecl} from '../src/model/params.js';
import {formatDiagnostic} from '../src/util/diagnostics.js';

const locale = {dateFormat: 'D MMMM YYYY', currency: {code: 'NZD', symbol: '$'}};
const decl = (d: Partial<ParamDecl> & Pick<ParamDecl, 'type'>): ParamDecl => ({name: 'x', label: 'X', ...d});

describe('checkValue', () => {
  const table: Array<[ParamDecl, unknown, string]> = [
    [decl({type: 'number', integer: true}), '10', 'Unexpected quoted number "10" for `x` (remove the quotes)'],
    [decl({type: 'number', integer: true}), 10.5, 'Unexpected fraction 10.5 for `x`'],
    [decl({type: 'number', min: 1, max: 30}), 31, 'Unexpected 31 for `x`, out of range'],
    [decl({type: 'number', integer: true}), Number.POSITIVE_INFINITY, 'Unexpected number Infinity for `x`'],
    [decl({type: 'number', integer: true}), Number.NaN, 'Unexpected number NaN for `x`'],
    [decl({type: 'date'}), '2013-02-30', 'Unexpected date 2013-02-30 for `x`: there is no such day'],
    [decl({type: 'date'}), '30/02/2013', 'Unexpected text "30/02/2013" for `x`'],
    [decl({type: 'money', min: 0}), 'lots', 'Unexpected text "lots" for `x`'],
    [decl({type: 'choice', options: [{value: 'a', label: 'A'}]}), 'b', 'Unexpected text "b" for `x`']
  ];
  for (const [d, raw, reason] of table) {
    it(`${d.type} ${JSON.stringify(raw)}`, () => {
      const result = checkValue(d, raw, locale);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toBe(reason);
    });
  }

  it('accepts the forms drafters write', () => {
    expect(checkValue(decl({type: 'money'}), 'NZD 500,000', locale)).toEqual({ok: true, value: {amount: 500000, currency: 'NZD'}});
    expect(checkValue(decl({type: 'money'}), 500000, locale)).toEqual({ok: true, value: {amount: 500000, currency: 'NZD'}});
    expect(checkValue(decl({type: 'boolean'}), 'yes', locale)).toEqual({ok: true, value: true});
    expect(checkValue(decl({type: 'date'}), '2028-02-29', locale)).toEqual({ok: true, value: '2028-02-29'});
  });

  it('describes money without a maximum as not negative', () => {
    const result = checkValue(decl({type: 'money', min: 0}), 'lots', locale);
    expect(!result.ok && result.expected).toBe('an amount such as "NZD 10000" or 10000 (not negative)');
  });

  it('prints quantities with thousands separators, and bare numbers as written', () => {
    expect(formatValue(decl({type: 'number', unit: 'penalty units'}), 10000, locale)).toBe('10,000 penalty units');
    expect(formatValue(decl({type: 'number'}), 2027, locale)).toBe('2027');
    expect(formatValue(decl({type: 'money'}), {amount: 1500000, currency: 'NZD'}, locale)).toBe('$1,500,000');
    expect(formatValue(decl({type: 'money'}), {amount: 1500, currency: 'XCD'}, locale)).toBe('XCD 1,500');
  });
});

describe('money values (issue 14 item 10)', () => {
  const money = decl({type: 'money', min: 0});
  const refused: Array<[unknown, string, Array<string | number> | undefined]> = [
    [1e300, 'Unexpected amount 1e+300 for `x`, above the largest amount accepted (999,999,999,999,999)', undefined],
    [
      'NZD 1000000000000000',
      'Unexpected amount 1000000000000000 for `x`, above the largest amount accepted (999,999,999,999,999)',
      undefined
    ],
    [500.123, 'Unexpected amount 500.123 for `x`: NZD amounts have at most 2 decimal places', undefined],
    ['JPY 100.5', 'Unexpected amount JPY 100.5 for `x`: JPY amounts have no decimal places', undefined],
    [
      {amount: 10, currency: 'NZD', foo: 1},
      'Unexpected key `foo` in the amount of money for `x` (only `amount` and `currency` are allowed)',
      ['foo']
    ],
    [{amount: '10'}, 'Unexpected `amount: 10` for `x` (the amount must be a number)', ['amount']],
    [{amount: 10, currency: 'nzd'}, 'Unexpected currency "nzd" for `x` (a currency is a three-letter code such as NZD)', ['currency']]
  ];
  for (const [raw, reason, at] of refused) {
    it(`refuses ${JSON.stringify(raw)}${at ? `, pointing at ${at.join('.')}` : ''}`, () => {
      const result = checkValue(money, raw, locale);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toBe(reason);
        expect(result.at).toEqual(at);
      }
    });
  }

  it('knows the decimal places of each currency and prints fractions with them', () => {
    expect([currencyDigits('NZD'), currencyDigits('JPY'), currencyDigits('BHD'), currencyDigits('ZZZ')]).toEqual([2, 0, 3, 2]);
    expect(formatValue(money, {amount: 1500.5, currency: 'NZD'}, locale)).toBe('$1,500.50');
    expect(checkValue(money, 'NZD 500.12', locale)).toEqual({ok: true, value: {amount: 500.12, currency: 'NZD'}});
    // Bahraini dinars have three decimal places.
    expect(checkValue(money, {amount: 1.555, currency: 'BHD'}, locale)).toEqual({ok: true, value: {amount: 1.555, currency: 'BHD'}});
  });

  it("agrees with the runtime's ICU data on every currency it knows", () => {
    const runtime = (code: string) =>
      new Intl.NumberFormat('en', {style: 'currency', currency: code}).resolvedOptions().maximumFractionDigits ?? 2;
    const differ = Intl.supportedValuesOf('currency').filter((code) => currencyDigits(code) !== runtime(code));
    expect(differ).toEqual([]);
  });
});

describe('answers file shape', () => {
  it('suggests the mapping form for a bare status', () => {
    const answers = parseAnswers('schema: 1\nitems:\n  transit: act\n', 'a.yaml');
    expect(answers.messages.map(formatDiagnostic)).toEqual([
      'a.yaml:3:12: Unexpected `transit: act`, expected a mapping such as `transit: {status: act}` [wrong-type]'
    ]);
  });
});

describe('file format version', () => {
  it('names what was found when the schema version is wrong', () => {
    const answers = parseAnswers('schema: 1e400\n', 'a.yaml');
    expect(answers.messages.map(formatDiagnostic)).toEqual([
      'a.yaml:1:9: Unexpected schema number Infinity, expected `schema: 1` [schema-version]'
    ]);
  });
});

describe('Convention date arithmetic (util/dates)', () => {
  it('adds years and days on calendar dates, 29 February landing on 28 February in common years', async () => {
    const {isoPlusDays, isoPlusYears} = await import('../src/util/dates.js');
    expect(isoPlusYears('2032-02-29', 10)).toBe('2042-02-28');
    expect(isoPlusYears('2026-11-01', 8)).toBe('2034-11-01');
    expect(isoPlusDays('2026-11-01', 180)).toBe('2027-04-30');
    expect(() => isoPlusDays('2027-02-30', 1)).toThrow(RangeError);
  });
});
