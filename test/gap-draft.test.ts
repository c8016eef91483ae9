/** Gap report for a draft built from answers (issue 5 §1): rating rules, Convention statuses, deadlines, goldens, schema, CLI. */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {Ajv} from 'ajv';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {parseAnswers} from '../src/answers/file.js';
import {buildFromAnswers} from '../src/app/build.js';
import {COMPONENTS, componentInfo, DRAFT_OBLIGATIONS, OBLIGATIONS} from '../src/gap/catalogue.js';
import {addYears, conventionDates, formatIsoDate, parseIsoDate} from '../src/gap/deadlines.js';
import {choiceLabelsOf, draftGapReport, renderDraftGapMarkdown, type DraftGapReport} from '../src/gap/draft.js';
import {loadModel} from '../src/model/load.js';
import {defaultModelPath} from '../src/paths.js';
import {penaltyRating, rateComponent, type StrengthInput} from '../src/gap/draft-strength.js';
import type {DraftItemRow} from '../src/gap/draft.js';
import {ccm, root, tempDir} from './helpers/cli.js';

const schema = JSON.parse(readFileSync('schemas/gap-report.schema.json', 'utf8'));
const validate = new Ajv({allErrors: true, strict: false}).compile(schema);
const TODAY = new Date('2027-06-01T00:00:00Z');

/** Report for an example answers file, with YAML edits applied to its text. */
const model = await loadModel(defaultModelPath);
async function reportFor(example: string, edit: (text: string) => string = (t) => t, today = TODAY): Promise<DraftGapReport> {
  const file = `examples/${example}.yaml`;
  const answersFile = parseAnswers(edit(readFileSync(file, 'utf8')), file);
  const result = await buildFromAnswers({answers: file, cwd: root, answersFile, today: new Date('2027-06-01')});
  // As `build` makes it: defaults to confirm are named by the words the wizard shows.
  return draftGapReport(result.draft, {today, answersPath: file, choiceLabels: choiceLabelsOf(model.params)});
}
const component = (r: DraftGapReport, id: string) => r.strength.find((c) => c.id === id)!;
const obligation = (r: DraftGapReport, id: string) => r.convention.find((o) => o.id === id)!;
const setItem = (id: string, answer: string) => (t: string) => t.replace(new RegExp(`^  ${id}: .*$`, 'm'), `  ${id}: ${answer}`);
const setParam = (name: string, value: string) => (t: string) =>
  new RegExp(`^  ${name.replace(/\./g, '\\.')}: .*$`, 'm').test(t)
    ? t.replace(new RegExp(`^  ${name.replace(/\./g, '\\.')}: .*$`, 'm'), `  ${name}: ${value}`)
    : t.replace(/^params:\n/m, `params:\n  ${name}: ${value}\n`);
const pipe =
  (...edits: Array<(t: string) => string>) =>
  (t: string) =>
    edits.reduce((acc, e) => e(acc), t);

describe('deadlines (pure dates)', () => {
  test('entry into force + 8 / 10 years, + 180 days, 30 April updates', () => {
    const d = conventionDates(parseIsoDate('2026-11-01')!, parseIsoDate('2026-11-25')!);
    expect(formatIsoDate(d.stockpileDestruction)).toBe('2034-11-01');
    expect(formatIsoDate(d.clearance)).toBe('2036-11-01');
    expect(formatIsoDate(d.initialReport)).toBe('2027-04-30');
    // The initial report is due on 30 April 2027, so the first annual update is the next 30 April.
    expect(formatIsoDate(d.firstAnnualReport)).toBe('2028-04-30');
    expect(formatIsoDate(d.nextAnnualReport)).toBe('2028-04-30');
    expect(formatIsoDate(d.firstRetentionReport)).toBe('2027-04-30');
  });

  test('leap day and month ends', () => {
    expect(formatIsoDate(addYears(parseIsoDate('2024-02-29')!, 8))).toBe('2032-02-29');
    expect(formatIsoDate(addYears(parseIsoDate('2024-02-29')!, 10))).toBe('2034-02-28');
    expect(formatIsoDate(conventionDates(parseIsoDate('2027-02-01')!, TODAY).initialReport)).toBe('2027-07-31');
    expect(formatIsoDate(conventionDates(parseIsoDate('2024-02-29')!, TODAY).initialReport)).toBe('2024-08-27');
    expect(formatIsoDate(conventionDates(parseIsoDate('2023-08-31')!, TODAY).initialReport)).toBe('2024-02-27');
    expect(parseIsoDate('2027-02-29')).toBeUndefined();
    expect(parseIsoDate('2027-13-01')).toBeUndefined();
  });

  test('next annual report: on 30 April itself it is still due that day; after it, the next year', () => {
    const eif = parseIsoDate('2012-03-01')!;
    expect(formatIsoDate(conventionDates(eif, parseIsoDate('2030-04-30')!).nextAnnualReport)).toBe('2030-04-30');
    expect(formatIsoDate(conventionDates(eif, parseIsoDate('2030-05-01')!).nextAnnualReport)).toBe('2031-04-30');
    expect(formatIsoDate(conventionDates(eif, parseIsoDate('2029-12-31')!).nextAnnualReport)).toBe('2030-04-30');
  });

  test('property: valid dates, ordering holds, next reports on or after today', () => {
    const day = fc.integer({min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2090, 11, 31) / 864e5}).map((n) => new Date(n * 864e5));
    fc.assert(
      fc.property(day, day, (eif, today) => {
        const d = conventionDates(eif, today);
        for (const date of Object.values(d)) {
          expect(Number.isNaN(date.getTime())).toBe(false);
          expect(parseIsoDate(formatIsoDate(date))?.getTime()).toBe(date.getTime());
        }
        expect(d.initialReport.getTime()).toBeGreaterThan(eif.getTime());
        expect(d.stockpileDestruction.getTime()).toBeGreaterThan(d.initialReport.getTime());
        expect(d.clearance.getTime()).toBeGreaterThan(d.stockpileDestruction.getTime());
        expect(d.firstAnnualReport.getTime()).toBeGreaterThan(d.initialReport.getTime());
        expect(d.nextAnnualReport.getTime()).toBeGreaterThanOrEqual(Math.max(today.getTime(), d.firstAnnualReport.getTime()));
        expect(d.nextAnnualReport.getTime() - Math.max(today.getTime(), d.firstAnnualReport.getTime())).toBeLessThan(366 * 864e5);
        for (const r of [d.firstAnnualReport, d.nextAnnualReport, d.firstRetentionReport, d.nextRetentionReport]) {
          expect([r.getUTCMonth(), r.getUTCDate()]).toEqual([3, 30]);
        }
        // Anniversaries keep the day of the month, except 29 February in a common year.
        expect(d.stockpileDestruction.getUTCMonth()).toBe(eif.getUTCMonth());
        if (!(eif.getUTCMonth() === 1 && eif.getUTCDate() === 29)) expect(d.clearance.getUTCDate()).toBe(eif.getUTCDate());
      }),
      {numRuns: 500}
    );
  });
});

describe('strength rules (unit)', () => {
  const input = (
    rows: Record<string, Partial<DraftItemRow>>,
    values: Record<string, unknown> = {},
    printed: StrengthInput['printed'] = []
  ): StrengthInput => ({
    state: {joint_operations: true, holds_stocks: false},
    rows: new Map(
      Object.entries(rows).map(([id, r]) => [
        id,
        {id, title: id, status: 'in-draft', detail: '', sections: [], origin: 'answers', ...r} as DraftItemRow
      ])
    ),
    printed,
    value: (name) => values[name],
    penalties: []
  });

  test('penalties: thresholds from the answered maximum imprisonment', () => {
    const rate = (years: unknown) =>
      penaltyRating(' (s 17)', {
        value: (n) => (n === 'penalty.individual.prison_years' ? years : n === 'penalty.style' ? 'fine' : undefined),
        penalties: []
      }).rating;
    expect([rate(14), rate(10), rate(7), rate(6), rate(3), rate(2), rate(1), rate(undefined), rate(0)]).toEqual([
      'strong',
      'strong',
      'strong',
      'partial',
      'partial',
      'weak',
      'weak',
      'weak',
      'weak'
    ]);
    expect(penaltyRating('', {value: () => undefined, penalties: []}).reason).toMatch(/^Fines only/);
  });

  test('existing law = partial with the citation; administrative = weak for offences, partial for executive duties', () => {
    const cit = 'Interpretation Act 1969, s 31';
    const corp = rateComponent(componentInfo('corporate_liability'), input({'corporate-liability': {status: 'existing-law', detail: cit}}));
    expect(corp).toMatchObject({rating: 'partial', itemStatus: 'existing-law'});
    expect(corp.reason).toContain(`Relies on existing law: ${cit}`);
    expect(rateComponent(componentInfo('extraterritorial'), input({jurisdiction: {status: 'existing-law', detail: cit}})).rating).toBe(
      'partial'
    );
    expect(
      rateComponent(componentInfo('investment'), input({investment: {status: 'administrative', detail: 'Finance Ministry'}})).rating
    ).toBe('weak');
    expect(
      rateComponent(componentInfo('cooperation'), input({cooperation: {status: 'administrative', detail: 'Foreign Ministry'}})).rating
    ).toBe('partial');
  });

  test('not applicable is never absent; decided against is absent except where leaving it out is the strong choice', () => {
    for (const id of ['stockpile_destruction', 'clearance', 'victim_assistance'] as const) {
      const item = {stockpile_destruction: 'stockpile-destruction', clearance: 'clearance', victim_assistance: 'victim-assistance'}[id];
      expect(rateComponent(componentInfo(id), input({[item]: {status: 'not-applicable', detail: 'No stocks.'}})).rating).toBe(
        'not-applicable'
      );
    }
    expect(
      rateComponent(componentInfo('investment'), input({investment: {status: 'decided-against', detail: 'No financial sector.'}})).rating
    ).toBe('absent');
    expect(rateComponent(componentInfo('transit'), input({transit: {status: 'decided-against', detail: 'x'}})).rating).toBe('absent');
    expect(
      rateComponent(componentInfo('retention_authorised'), input({retention: {status: 'decided-against', detail: 'Inert replicas.'}}))
        .rating
    ).toBe('strong');
    const jo = rateComponent(
      componentInfo('joint_operations'),
      input({'joint-operations': {status: 'decided-against', detail: 'x'}}, {}, [{id: 's-offences', components: ['use'], cite: 's 10'}])
    );
    expect(jo).toMatchObject({rating: 'strong', form: 'none'});
    expect(
      rateComponent(
        componentInfo('foreign_stockpiling'),
        input({'foreign-stockpiling': {status: 'decided-against', detail: 'x'}}, {}, [
          {id: 's-offences', components: ['use'], cite: 's 10'}
        ])
      ).rating
    ).toBe('partial');
    expect(
      rateComponent(componentInfo('corporate_liability'), input({'corporate-liability': {status: 'decided-against', detail: 'x'}})).rating
    ).toBe('partial');
  });

  test('every component has a one-line reason and a precedent, whatever the status', () => {
    for (const status of ['in-draft', 'existing-law', 'administrative', 'not-applicable', 'decided-against', 'open'] as const) {
      for (const c of COMPONENTS) {
        const row = rateComponent(
          c,
          input(
            Object.fromEntries(
              [
                'core-prohibitions',
                'assistance',
                'penalties',
                'investment',
                'transit',
                'foreign-stockpiling',
                'joint-operations',
                'explosive-bomblets',
                'corporate-liability',
                'jurisdiction',
                'retention',
                'reporting',
                'enforcement',
                'stockpile-destruction',
                'clearance',
                'victim-assistance',
                'cooperation',
                'non-parties'
              ].map((id) => [id, {status, detail: 'Because.'}])
            )
          )
        );
        expect(row.reason.length).toBeGreaterThan(10);
        expect(row.reason).not.toMatch(/\n/);
        expect(row.precedent.length).toBeGreaterThan(10);
        expect(row.open).toBe(status === 'open');
      }
    }
  });
});

describe('strength view of built drafts', () => {
  test('investment: any person strong, public money partial (Ireland), decided against absent, open flagged', async () => {
    expect(component(await reportFor('generic-small-state'), 'investment')).toMatchObject({rating: 'strong', open: false});
    expect(component(await reportFor('stockpiling-state'), 'investment').rating).toBe('partial');
    const against = await reportFor(
      'generic-small-state',
      setItem('investment', '{status: decided-against, reason: "No financial sector."}')
    );
    expect(component(against, 'investment')).toMatchObject({rating: 'absent', sections: []});
    expect(component(against, 'investment').reason).toContain('No financial sector');
    const open = component(await reportFor('affected-coalition-state'), 'investment');
    expect(open).toMatchObject({rating: 'strong', open: true, itemStatus: 'open'});
    expect(open.reason).toMatch(/^Not answered yet; the model default prints it/);
  });

  test('joint operations: express request strong, interoperability partial with the Art 21(4) limits, not applicable when no joint operations', async () => {
    expect(component(await reportFor('affected-coalition-state'), 'joint_operations')).toMatchObject({
      rating: 'strong',
      form: 'express-request'
    });
    const interop = component(
      await reportFor('affected-coalition-state', setParam('joint_operations.form', 'interoperability')),
      'joint_operations'
    );
    expect(interop).toMatchObject({rating: 'partial', form: 'interoperability'});
    expect(interop.reason).toContain('Art 21(4)');
    expect(component(await reportFor('generic-small-state'), 'joint_operations')).toMatchObject({rating: 'not-applicable', form: 'none'});
  });

  test('penalties from the answered maximum', async () => {
    const years = async (n: number) =>
      component(await reportFor('generic-small-state', setParam('penalty.individual.prison_years', String(n))), 'penal_sanctions');
    expect((await years(10)).rating).toBe('strong');
    const five = await years(5);
    expect(five.rating).toBe('partial');
    expect(five.reason).toMatch(/^Up to 5 years' imprisonment/);
    expect((await years(2)).rating).toBe('weak');
  });

  test('not applicable for stockpile destruction, clearance and victim assistance when they do not arise', async () => {
    const r = await reportFor('generic-small-state');
    for (const id of ['stockpile_destruction', 'clearance', 'victim_assistance']) expect(component(r, id).rating).toBe('not-applicable');
    expect(component(await reportFor('stockpiling-state'), 'stockpile_destruction').rating).toBe('strong');
    expect(component(r, 'retention_authorised').rating).toBe('strong');
  });
});

describe('Convention view of built drafts', () => {
  test('reports are supported (executive act of the named authority), not implemented', async () => {
    const r = await reportFor('affected-coalition-state');
    for (const o of r.convention.filter((x) => x.id.startsWith('art-7'))) {
      expect(o.status).toBe('supported');
      expect(o.note).toContain('National Mine Action Centre');
      expect(o.missing).toMatch(/Executive action by the National Mine Action Centre/);
    }
    expect(obligation(r, 'art-7-1-b').note).toMatch(/nil return/);
    expect(obligation(r, 'art-7-1-h').note).not.toMatch(/nil return/);
  });

  test('stock and clearance duties: not applicable with the reason, implemented when they arise', async () => {
    const generic = await reportFor('generic-small-state');
    for (const id of ['art-3-1', 'art-3-2', 'art-4', 'art-5']) {
      expect(obligation(generic, id).status).toBe('not-applicable');
      expect(obligation(generic, id).note.length).toBeGreaterThan(0);
    }
    const stock = await reportFor('stockpiling-state');
    expect(obligation(stock, 'art-3-2')).toMatchObject({status: 'implemented'});
    expect(obligation(stock, 'art-3-2').sections).toContain('s 18');
    expect(obligation(stock, 'art-3-6-8').status).toBe('implemented');
    expect(obligation(generic, 'art-3-6-8').status).toBe('not-applicable');
  });

  test('open and decided-against primary items: open / missing with what is missing', async () => {
    const r = await reportFor(
      'generic-small-state',
      pipe(setItem('assistance', '{status: unknown}'), setItem('explosive-bomblets', '{status: unknown}'))
    );
    expect(obligation(r, 'art-1-1-c')).toMatchObject({status: 'open'});
    expect(obligation(r, 'art-1-1-c').missing).toContain('assistance not answered');
    const against = await reportFor(
      'stockpiling-state',
      setItem('stockpile-destruction', '{status: decided-against, reason: "Destroyed under a defence plan."}')
    );
    expect(obligation(against, 'art-3-2')).toMatchObject({status: 'missing'});
    expect(obligation(against, 'art-3-2').missing).toContain('decided against stockpile-destruction: Destroyed under a defence plan');
    expect(component(against, 'stockpile_destruction').rating).toBe('absent');
  });

  test('every obligation has a status and, unless met in law, says what is missing', async () => {
    for (const example of ['generic-small-state', 'stockpiling-state', 'affected-coalition-state']) {
      const r = await reportFor(example);
      expect(r.convention.map((o) => o.id)).toEqual(OBLIGATIONS.map((o) => o.id));
      for (const o of r.convention) {
        if (['supported', 'existing-law', 'administrative', 'open', 'missing'].includes(o.status))
          expect(o.missing.length, `${example} ${o.id}`).toBeGreaterThan(0);
        if (o.status === 'not-applicable') expect(o.note.length).toBeGreaterThan(0);
      }
    }
    for (const id of Object.keys(DRAFT_OBLIGATIONS)) expect(OBLIGATIONS.some((o) => o.id === id)).toBe(true);
  });

  test('primary items are among the checklist obligation items', () => {
    const text = readFileSync('checklists/article9.yaml', 'utf8');
    for (const [id, rule] of Object.entries(DRAFT_OBLIGATIONS)) {
      const block = text.slice(text.indexOf(`- id: ${id}\n`));
      const items = /items: \[([^\]]*)\]/
        .exec(block)![1]!
        .split(',')
        .map((s) => s.trim());
      for (const p of rule.primary) expect(items, id).toContain(p);
    }
  });
});

describe('deadlines and open questions in built drafts', () => {
  test('a choice taken from the profile or the model is named by the words the wizard shows for it, never its raw value', async () => {
    const result = await buildFromAnswers({
      answers: 'examples/generic-small-state.yaml',
      cwd: root,
      jurisdiction: 'westminster-ag',
      today: new Date('2027-06-01')
    });
    const byId = Object.fromEntries(result.gap.openQuestions.map((q) => [q.id, q]));
    expect(byId['params.penalty.trial']!.why).toBe(
      'The bill follows the choice “On indictment” (it prints "conviction on indictment") without the answers giving it; confirm it or give the State\'s own.'
    );
    expect(byId['params.penalty.lesser.trial']!.why).toMatch(/^The bill follows the choice “Summarily”/);
    // The answers-file line still gives the value to write.
    expect(byId['params.penalty.trial']!.yaml).toBe('params: {penalty.trial: "indictment"}');
    const md = result.files.find((f) => f.path.endsWith('gap-report.md'))!.contents as string;
    expect(md).toContain('The bill follows the choice “On indictment”');
    for (const q of result.gap.openQuestions)
      expect(q.why, q.id).not.toMatch(/ = "|prints "(indictment|summary|dpp|strict|attorney-general)"/);
  });

  test('a default choice that shaped the wording without being printed (fault element, consent, commencement) is a value to confirm', async () => {
    const result = await buildFromAnswers({answers: 'examples/generic-small-state.yaml', cwd: root, today: new Date('2027-06-01')});
    const byId = Object.fromEntries(result.gap.openQuestions.map((q) => [q.id, q]));
    // None of these is printed as a value, yet each chose the bill's words; the example's answers give none of them.
    for (const name of ['offences.fault', 'prosecution.consent', 'commencement.mode', 'penalty.style'])
      expect(byId[`params.${name}`]?.why, name).toMatch(/^The bill follows the choice “[^”]+”/);
    const record = JSON.parse(result.files.find((f) => f.path.endsWith('draft-bill.build.json'))!.contents as string) as {
      values: Record<string, {origin: string; inBill?: true}>;
    };
    expect(record.values['offences.fault']).toMatchObject({origin: 'default', inBill: true});
    // A value the answers give is never listed, whether printed or not.
    const given = Object.entries(record.values).filter(([, v]) => v.origin === 'answers');
    for (const [name] of given) expect(byId[`params.${name}`], name).toBeUndefined();
  });

  test('only applicable deadlines, passed ones marked', async () => {
    const stock = await reportFor('stockpiling-state', (t) => t, new Date('2036-05-01T00:00:00Z'));
    const byId = Object.fromEntries(stock.deadlines.map((d) => [d.id, d]));
    expect(byId['stockpile-destruction']).toMatchObject({date: '2035-02-01', passed: true});
    expect(byId['initial-report']).toMatchObject({date: '2027-07-31', passed: true});
    expect(byId['annual-report']).toMatchObject({date: '2037-04-30', passed: false});
    expect(byId['retention-report']).toMatchObject({date: '2037-04-30', passed: false});
    expect(byId['clearance']).toBeUndefined();
    expect(stock.skippedDeadlines.map((d) => d.id)).toEqual(['clearance']);
    const affected = await reportFor('affected-coalition-state');
    expect(affected.deadlines.map((d) => d.id)).toEqual(['clearance', 'initial-report', 'annual-report']);
    expect(affected.skippedDeadlines.map((d) => d.id)).toEqual(['stockpile-destruction', 'retention-report']);
  });

  test('missing entry into force: no dates, a note saying how to answer, and an open question', async () => {
    const r = await reportFor('generic-small-state', (t) => t.replace(/^ {2}entry_into_force: .*\n/m, ''));
    expect(r.entryIntoForce).toBeNull();
    expect(r.deadlines).toEqual([]);
    expect(r.deadlinesNote).toContain('ccm-draft wizard --answers examples/generic-small-state.yaml');
    expect(r.deadlinesNote).toContain('state: {entry_into_force: YYYY-MM-DD}');
    expect(r.openQuestions[0]).toMatchObject({id: 'state.entry_into_force', kind: 'state', yaml: 'state: {entry_into_force: 2027-02-01}'});
    expect(validate(JSON.parse(JSON.stringify(r)))).toBe(true);
  });

  test('open items: the wizard command and the YAML line to add by hand', async () => {
    const r = await reportFor('affected-coalition-state');
    // Values the bill took from the profile are open too, each with the line that confirms or replaces it.
    expect(r.openQuestions).toContainEqual(
      expect.objectContaining({
        id: 'params.court.name',
        kind: 'value',
        title: 'court.name, taken from profile westminster-ag',
        yaml: 'params: {court.name: "Supreme Court"}'
      })
    );
    expect(r.openQuestions.filter((q) => q.kind !== 'value')).toEqual([
      expect.objectContaining({
        id: 'investment',
        kind: 'item',
        command: 'ccm-draft wizard --answers examples/affected-coalition-state.yaml',
        yaml: 'items: {investment: {status: act}}'
      })
    ]);
    expect(r.openQuestions[0]!.choices).toContain('`decided-against` with `reason: "…"`');
    const md = renderDraftGapMarkdown(r);
    expect(md).toContain('`items: {investment: {status: act}}`');
    expect(md).toContain('the wizard resumes at the first unanswered question');
  });
});

describe('goldens and schema, for every example answers file', () => {
  const examples = readdirSync('examples')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));
  test('the examples folder is not empty', () => expect(examples.length).toBeGreaterThan(0));
  for (const example of examples) {
    test(`${example}: JSON validates; golden Markdown and JSON`, async () => {
      const r = await reportFor(example);
      const json = JSON.parse(JSON.stringify(r));
      const valid = validate(json);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      expect(r.strength).toHaveLength(22);
      await expect(renderDraftGapMarkdown(r)).toMatchFileSnapshot(`fixtures/gap-draft/${example}/gap-report.md`);
      await expect(`${JSON.stringify(r, null, 2)}\n`).toMatchFileSnapshot(`fixtures/gap-draft/${example}/gap-report.json`);
    });
  }

  test('the schema rejects a draft report with an unknown rating or a missing joint-operations form', async () => {
    const r = JSON.parse(JSON.stringify(await reportFor('generic-small-state')));
    r.strength[0].rating = 'excellent';
    expect(validate(r)).toBe(false);
    const s = JSON.parse(JSON.stringify(await reportFor('generic-small-state')));
    delete s.strength.find((c: {id: string}) => c.id === 'joint_operations').form;
    expect(validate(s)).toBe(false);
  });
});

describe('ccm-draft gap --answers (built CLI)', () => {
  test('writes gap-report.md and .json; refuses to overwrite without --force; rejects a bad --today', async () => {
    const dir = tempDir();
    const run = ccm(['gap', '--answers', 'examples/generic-small-state.yaml', '--out', dir, '--today', '2027-06-01']);
    expect(run.code).toBe(0);
    const md = readFileSync(path.join(dir, 'gap-report.md'), 'utf8');
    const json = JSON.parse(readFileSync(path.join(dir, 'gap-report.json'), 'utf8'));
    expect(json.kind).toBe('draft');
    expect(validate(json)).toBe(true);
    // The same report as the library gives (the goldens pin the library).
    expect(md).toBe(renderDraftGapMarkdown(await reportFor('generic-small-state')));
    expect(ccm(['gap', '--answers', 'examples/generic-small-state.yaml', '--out', dir]).code).toBe(2);
    const bad = ccm(['gap', '--answers', 'examples/generic-small-state.yaml', '--out', dir, '--force', '--today', '2027-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid --today');
  });
});
