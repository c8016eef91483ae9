/** Pure parts of the wizard: entry into force, typed values, fingerprints and drift, the answers-file round trip, the non-terminal refusal. */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseAnswers, serializeAnswers} from '../src/answers/file.js';
import {buildFromAnswers} from '../src/app/build.js';
import {loadChecklist} from '../src/checklist/load.js';
import {main} from '../src/cli/main.js';
import {scriptedPrompter} from './helpers/scripted-prompter.js';
import {loadModel} from '../src/model/load.js';
import {defaultChecklistPath, defaultModelPath} from '../src/paths.js';
import {compareFingerprints, describeDrift, fingerprintsFor} from '../src/answers/fingerprints.js';
import {runWizard} from '../src/app/wizard.js';
import {addYears, entryIntoForceFromDeposit} from '../src/wizard/state.js';
import {parseDateInput, readTyped} from '../src/wizard/values.js';
import {oracle, readExample, root, testIo} from './fixtures/wizard/helpers.js';

const [model, checklist] = await Promise.all([loadModel(defaultModelPath), loadChecklist(defaultChecklistPath)]);
const locale = {dateFormat: 'D MMMM YYYY', currency: {code: 'XCD', symbol: '$'}};

describe('entry into force (Article 17)', () => {
  it('is the first day of the sixth month after deposit', () => {
    expect(entryIntoForceFromDeposit('2026-08-14')).toBe('2027-02-01');
    expect(entryIntoForceFromDeposit('2026-12-31')).toBe('2027-06-01');
    expect(entryIntoForceFromDeposit('2011-07-01')).toBe('2012-01-01');
  });
  it('is 1 August 2010 for instruments deposited by the month of the thirtieth (Art 17(1))', () => {
    expect(entryIntoForceFromDeposit('2008-12-03')).toBe('2010-08-01');
    expect(entryIntoForceFromDeposit('2010-02-16')).toBe('2010-08-01');
    expect(entryIntoForceFromDeposit('2010-03-01')).toBe('2010-09-01');
  });
  it('adds years for deadlines, keeping 29 February sensible', () => {
    expect(addYears('2027-02-01', 8)).toBe('2035-02-01');
    expect(addYears('2012-02-29', 10)).toBe('2022-02-28');
  });
});

describe('typed values', () => {
  const decl = (name: string) => model.params.get(name)!;
  it('reads numbers with units and thousands separators, and refuses out-of-range ones', () => {
    expect(readTyped(decl('penalty.individual.prison_years'), '12 years', locale)).toEqual({ok: true, value: 12});
    expect(readTyped(decl('penalty.individual.units'), '1,500', locale)).toEqual({ok: true, value: 1500});
    expect(readTyped(decl('penalty.individual.prison_years'), '100', locale)).toMatchObject({ok: false});
    expect(readTyped(decl('penalty.individual.prison_years'), 'ten', locale)).toMatchObject({
      ok: false,
      message: expect.stringContaining('whole number from 1 to 99')
    });
  });
  it('reads money in the profile currency or another', () => {
    expect(readTyped(decl('penalty.individual.fine'), '250,000', locale)).toEqual({ok: true, value: 250000});
    expect(readTyped(decl('penalty.individual.fine'), 'NZD 500000', locale)).toEqual({ok: true, value: 'NZD 500000'});
    expect(readTyped(decl('penalty.individual.fine'), 'lots', locale)).toMatchObject({ok: false, message: expect.stringContaining('XCD')});
  });
  it('reads dates as ISO or as the bill prints them', () => {
    expect(parseDateInput('1 February 2027')).toBe('2027-02-01');
    expect(parseDateInput('14 Aug 2026')).toBe('2026-08-14');
    expect(parseDateInput('31 February 2027')).toBeUndefined();
    expect(readTyped(decl('stockpile.deadline'), '2035-02-01', locale)).toEqual({ok: true, value: '2035-02-01'});
  });
  it('says why an impossible date is refused instead of repeating the format', () => {
    const deadline = decl('stockpile.deadline');
    expect(readTyped(deadline, '2027-02-30', locale)).toEqual({
      ok: false,
      message: expect.stringContaining('There is no 30 February 2027: February 2027 has 28 days')
    });
    expect(readTyped(deadline, '30 February 2027', locale)).toMatchObject({
      ok: false,
      message: expect.stringContaining('February 2027 has 28 days')
    });
    expect(readTyped(deadline, '2026-13-01', locale)).toMatchObject({ok: false, message: expect.stringContaining('There is no month 13')});
    expect(readTyped(deadline, '1 Febtober 2027', locale)).toMatchObject({
      ok: false,
      message: expect.stringContaining('"Febtober" is not a month')
    });
    expect(readTyped(deadline, '2027-2-1', locale)).toMatchObject({ok: false, message: expect.stringContaining('two digits')});
    expect(readTyped(deadline, '29 Feb 2028', locale)).toEqual({ok: true, value: '2028-02-29'});
    expect(readTyped(deadline, 'next year', locale)).toMatchObject({ok: false, message: expect.stringContaining('YYYY-MM-DD')});
  });
  it('refuses numbers in words, fractions and out-of-range numbers in plain words (no parameter names)', () => {
    const years = decl('penalty.individual.prison_years');
    expect(readTyped(years, 'ten', locale)).toMatchObject({ok: false, message: expect.stringContaining('in figures, not in words')});
    const fraction = readTyped(years, '10.5', locale);
    expect(fraction).toMatchObject({ok: false, message: expect.stringContaining('10.5 is not a whole number')});
    const zero = readTyped(years, '0', locale);
    expect(zero).toMatchObject({
      ok: false,
      message: expect.stringContaining('0 is outside the range allowed; please type a whole number from 1 to 99')
    });
    for (const result of [fraction, zero]) expect(JSON.stringify(result)).not.toMatch(/`|penalty\.individual/);
  });
  it('explains money without an amount, in words, with a symbol or negative; reads a lower-case currency code', () => {
    const fine = decl('penalty.individual.fine');
    expect(readTyped(fine, 'NZD', locale)).toMatchObject({
      ok: false,
      message: expect.stringContaining('NZD is a currency without an amount')
    });
    expect(readTyped(fine, 'one hundred thousand', locale)).toMatchObject({
      ok: false,
      message: expect.stringContaining('in figures, not in words')
    });
    expect(readTyped(fine, '$100000', locale)).toMatchObject({ok: false, message: expect.stringContaining('three-letter currency code')});
    expect(readTyped(fine, '-5', locale)).toMatchObject({ok: false, message: expect.stringContaining('cannot be negative')});
    expect(readTyped(fine, 'nzd 5000', locale)).toEqual({ok: true, value: 'NZD 5000'});
  });
  it('lets optional text be empty with "-" but not required text', () => {
    expect(readTyped(decl('law.arms'), '-', locale)).toEqual({ok: true, value: ''});
    expect(readTyped(decl('country.name'), '', locale)).toMatchObject({ok: false});
  });
});

describe('fingerprints', () => {
  const current = fingerprintsFor(model, checklist);
  it('round-trip through the answers file, after the answers', () => {
    const text = serializeAnswers({schema: 1, state: {}, items: {transit: {status: 'act'}}, params: {}, fingerprints: current});
    expect(text.indexOf('fingerprints:')).toBeGreaterThan(text.indexOf('params:'));
    const back = parseAnswers(text, 'a.yaml');
    expect(back.messages).toEqual([]);
    expect(back.fingerprints).toEqual(current);
  });
  it('ignore a damaged block with a positioned warning, keeping the answers', () => {
    const back = parseAnswers('schema: 1\nitems:\n  transit: {status: act}\nfingerprints:\n  params: {act.year: nothex}\n', 'a.yaml');
    expect(back.fingerprints).toBeUndefined();
    expect(back.items['transit']).toEqual({status: 'act'});
    expect(back.messages.map((m) => [m.line, m.fatal, m.ruleId])).toEqual([[5, false, 'fingerprints']]);
  });
  it('say which answers are new, gone or changed in meaning', () => {
    const saved = structuredClone(current);
    saved.items['transit'] = '00000000';
    saved.params['investment.scope'] = '00000000';
    delete saved.items['retention'];
    delete saved.params['information.min_days'];
    const drift = compareFingerprints(
      {
        items: {transit: {status: 'act'}, retired: {status: 'act'}},
        params: {'investment.scope': 'any-person', 'old.param': 1},
        fingerprints: saved
      },
      current
    );
    expect(drift).toEqual({
      newItems: ['retention'],
      newParams: ['information.min_days'],
      goneItems: ['retired'],
      goneParams: ['old.param'],
      changedItems: ['transit'],
      changedParams: ['investment.scope']
    });
    expect(describeDrift(drift)[0]).toBe('changed in meaning since you answered: item `transit`');
  });
  it('are reported by build as a note', async () => {
    const io = testIo();
    const text = serializeAnswers({
      schema: 1,
      jurisdiction: 'generic',
      state: {},
      items: {transit: {status: 'act'}},
      params: {},
      fingerprints: {...current, items: {...current.items, transit: '00000000'}}
    });
    writeFileSync(path.join(io.cwd, 'a.yaml'), text);
    const result = await buildFromAnswers({answers: 'a.yaml', cwd: io.cwd, today: new Date('2027-06-01')});
    const note = result.notes.find((n) => n.ruleId === 'answers-drift');
    expect(note?.reason).toContain('changed in meaning since you answered: item `transit`');
    expect(note?.line).toBe(text.split('\n').indexOf('fingerprints:') + 1);
  });
  it('make the wizard ask a changed answer again on resume', async () => {
    const example = readExample('generic-small-state');
    const io = testIo();
    expect(
      await runWizard({
        io,
        prompter: scriptedPrompter([], oracle(example, {review: () => '<stop>'})),
        answers: 'a.yaml',
        today: '2027-06-01'
      })
    ).toBe(0);
    const file = path.join(io.cwd, 'a.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {4}transit: )[0-9a-f]{8}$/m, '$1deadbeef'));
    const prompter = scriptedPrompter([
      {name: 'item.transit', answer: 'act'},
      {name: 'review', answer: '<stop>'}
    ]);
    const code = await runWizard({io, prompter, answers: 'a.yaml', today: '2027-06-01'}).catch((error: Error) => {
      throw new Error(`${error.message}\n${io.stdout.text.slice(-1500)}\n${readFileSync(file, 'utf8')}`);
    });
    expect(code).toBe(0);
    expect(io.stdout.text).toContain('changed in meaning since you answered: item `transit`');
    expect(readFileSync(file, 'utf8')).not.toContain('transit: deadbeef');
  });
});

describe('without a terminal', () => {
  it('exits 2 at once and explains how to build from an answers file', async () => {
    const io = {...testIo(), stdin: Object.assign(process.stdin, {}) as NodeJS.ReadStream, today: () => new Date()};
    const piped = {...io, stdin: {isTTY: false} as unknown as NodeJS.ReadStream};
    expect(await main(['wizard'], piped)).toBe(2);
    expect(piped.stderr.text).toContain('ccm-draft build --answers my-answers.yaml --out out');
    const ci = {...io, stdin: {isTTY: true} as unknown as NodeJS.ReadStream, env: {CI: 'true'}};
    expect(await main(['wizard', '--answers', 'x.yaml'], ci)).toBe(2);
    expect(ci.stderr.text).toContain('standard input is not a terminal or CI is set');
    void root;
  });
});

describe('deadline suggestions across leap years', () => {
  it('ends a period that starts on 29 February on 28 February in a common year', async () => {
    const {addYears} = await import('../src/wizard/state.js');
    expect(addYears('2032-02-29', 10)).toBe('2042-02-28');
    expect(addYears('2032-02-29', 8)).toBe('2040-02-29');
  });
});
