/**
 * Senior counsel's review of the built bills, after the second reading
 * (issue 13): each finding pinned on bills built from the examples with one
 * answer changed, on the model, checklist and profile texts, on the gap
 * report's commencement rating, and on the warnings a drafter gets.
 * Findings 16-19 and 28 (explanatory note, Form A, gap renderers) are not
 * in this file.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parse, stringify} from 'yaml';
import {describe, expect, it} from 'vitest';
import {buildFromAnswers} from '../src/app/build.js';
import {describeDrift} from '../src/answers/fingerprints.js';
import {successLine} from '../src/cli/commands/build.js';
import {loadChecklist} from '../src/checklist/load.js';
import {commencementAssessment} from '../src/gap/draft.js';
import {loadModel} from '../src/model/load.js';
import {analyseModel} from '../src/model/structure.js';
import {defaultChecklistPath, defaultModelPath} from '../src/paths.js';
import {formatDiagnostic} from '../src/util/diagnostics.js';
import {ccm, root, tempDir} from './helpers/cli.js';

const model = await loadModel(defaultModelPath);
const checklist = await loadChecklist(defaultChecklistPath);
const modelText = readFileSync(defaultModelPath, 'utf8');
const readme = readFileSync(path.join(root, 'model-law', 'README.md'), 'utf8');
const TODAY = '2027-06-01';

type Answers = {jurisdiction?: string; state: Record<string, unknown>; items: Record<string, unknown>; params: Record<string, unknown>};
const example = (name: string): Answers => parse(readFileSync(path.join(root, 'examples', `${name}.yaml`), 'utf8')) as Answers;

/** Build an example with changes; returns the bill, the warnings as text and the whole result. */
async function build(name: string, change: (a: Answers) => void = () => {}) {
  const answers = example(name);
  change(answers);
  const dir = tempDir('ccm-counsel-');
  const file = path.join(dir, 'answers.yaml');
  writeFileSync(file, stringify(answers));
  const result = await buildFromAnswers({answers: file, cwd: dir, out: 'out', today: new Date(TODAY)});
  const warnings = result.notes
    .filter((n) => n.fatal === false)
    .map(formatDiagnostic)
    .join('\n');
  return {bill: result.draft.markdown, warnings, result};
}

/** The text of one printed section, by its heading. */
function section(bill: string, heading: string): string {
  const start = bill.search(new RegExp(`^### \\d+ ${heading.replace(/[()]/g, '\\$&')}$`, 'm'));
  expect(start, `section "${heading}" is printed`).toBeGreaterThanOrEqual(0);
  const rest = bill.slice(start + 4);
  const end = rest.search(/^##+ /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The words of a printed section without its heading. */
const body = (bill: string, heading: string): string => section(bill, heading).split('\n').slice(1).join('\n').trim();

/** The number of a printed section, by its heading. */
function number(bill: string, heading: string): string {
  const m = new RegExp(`^### (\\d+) ${heading.replace(/[()]/g, '\\$&')}$`, 'm').exec(bill);
  expect(m, `section "${heading}" is printed`).not.toBeNull();
  return m![1]!;
}

/** The printed paragraph "(x) …" of subsection (n) of a section's text. */
function paragraph(text: string, letter: string): string {
  const m = new RegExp(`^\\(${letter}\\) (.*)$`, 'm').exec(text);
  expect(m, `paragraph (${letter})`).not.toBeNull();
  return m![1]!;
}

describe('1. commencement never reaches back before the Act is passed', () => {
  it('the stockpiling example comes into force on assent, with no commencement warning', async () => {
    const {bill, warnings} = await build('stockpiling-state');
    expect(body(bill, 'Commencement')).toBe('This Act comes into force on the day after the date on which it is assented to.');
    expect(warnings).not.toMatch(/commences-/);
  });

  it('warns (does not refuse) when a fixed date is on or before the day of the build, at the date’s line', async () => {
    for (const date of ['2027-02-01', TODAY]) {
      const {warnings} = await build('stockpiling-state', (a) => {
        a.params['commencement.mode'] = 'date';
        a.params['commencement.date'] = date;
      });
      expect(warnings).toMatch(
        new RegExp(
          `answers\\.yaml:\\d+:\\d+: warning: The Act comes into force on ${date}, on or before the day of this build \\(${TODAY}\\).*whichever is later.*\\[commences-in-past\\]`
        )
      );
    }
    const later = await build('stockpiling-state', (a) => {
      a.params['commencement.mode'] = 'date';
      a.params['commencement.date'] = '2027-06-02';
    });
    expect(later.warnings).not.toContain('[commences-in-past]');
    // A long-stop date in the past would bring the Act into force retrospectively too.
    const longStop = await build('stockpiling-state', (a) => {
      a.params['commencement.mode'] = 'order-long-stop';
      a.params['commencement.long_stop'] = '2027-01-01';
    });
    expect(longStop.warnings).toContain('[commences-in-past]');
  });

  it('never advises a date in the past once the Convention binds the State; notice with no end date warns too (review R, S5)', async () => {
    // Entry into force 2019-08-01, build 2027-06-01: a date "on or before 2019-08-01" would make the offences reach back.
    const bound = (a: Answers) => {
      a.state['entry_into_force'] = '2019-08-01';
    };
    for (const [mode, date] of [
      ['date', '2027-09-01'],
      ['order-long-stop', '2027-12-31']
    ] as const) {
      const {warnings} = await build('stockpiling-state', (a) => {
        bound(a);
        a.params['commencement.mode'] = mode;
        a.params[mode === 'date' ? 'commencement.date' : 'commencement.long_stop'] = date;
      });
      const line = warnings.split('\n').find((l) => l.includes('[commences-after-convention]'))!;
      expect(line, mode).toContain(`after the Convention entered into force for the State (2019-08-01)`);
      expect(line, mode).not.toMatch(/expected a date on or before 2019-08-01/);
      expect(line, mode).toContain('expected commencement on assent');
    }
    // Not yet bound: a date on or before entry into force is still the advice.
    const ahead = await build('stockpiling-state', (a) => {
      a.state['entry_into_force'] = '2028-02-01';
      a.params['commencement.mode'] = 'date';
      a.params['commencement.date'] = '2028-09-01';
    });
    expect(ahead.warnings).toMatch(
      /after the Convention enters into force for the State \(2028-02-01\).*expected a date on or before 2028-02-01.*\[commences-after-convention\]/
    );
    // By notice with no end date: warned whether or not the Convention binds the State yet.
    for (const eif of ['2019-08-01', '2028-02-01']) {
      const order = await build('stockpiling-state', (a) => {
        a.state['entry_into_force'] = eif;
        a.params['commencement.mode'] = 'order';
      });
      expect(order.warnings, eif).toMatch(/date appointed by notice, with no end date.*\[commences-after-convention\]/);
    }
    // On assent: nothing to warn about.
    const assent = await build('stockpiling-state', bound);
    expect(assent.warnings).not.toContain('[commences-after-convention]');
  });

  it('warns when a deadline the bill prints falls before the latest day the Act can come into force (review R, S5)', async () => {
    const {bill, warnings} = await build('stockpiling-state', (a) => {
      a.state['entry_into_force'] = '2019-08-01';
      a.params['stockpile.deadline'] = '2027-08-01';
      a.params['commencement.mode'] = 'order-long-stop';
      a.params['commencement.long_stop'] = '2027-12-31';
    });
    const destruction = number(bill, 'Destruction of stockpiles');
    expect(section(bill, 'Destruction of stockpiles')).toContain('1 August 2027');
    expect(warnings).toMatch(
      new RegExp(
        `Section ${destruction} requires stockpiles to be destroyed by 1 August 2027 \\(Article 3\\(2\\)\\), but the Act may come into force as late as 2027-12-31.*\\[deadline-before-commencement\\]`
      )
    );
    const inTime = await build('stockpiling-state', (a) => {
      a.params['commencement.mode'] = 'order-long-stop';
      a.params['commencement.long_stop'] = '2027-12-31';
    });
    expect(inTime.warnings).not.toContain('[deadline-before-commencement]');
  });

  it('counts in words: "1 open question", "25 values", never "question(s)" (review R, M4)', async () => {
    // One item left unanswered: exactly one open question.
    const one = await build('stockpiling-state', (a) => {
      delete a.items['transit'];
    });
    const line = successLine(one.result, root);
    expect(line).not.toMatch(/\(s\)/);
    const open = one.result.gap.openQuestions.filter((q) => q.kind !== 'value').length;
    const defaults = one.result.draft.resolution.defaulted.filter((n) => one.result.draft.filled.has(n)).length;
    expect(open).toBe(1);
    expect(line).toContain('; 1 open question and');
    expect(line).toContain(defaults === 1 ? '1 value taken from defaults' : `${defaults} values taken from defaults`);
    const drift = describeDrift({
      newItems: ['transit'],
      newParams: ['a', 'b'],
      goneItems: [],
      goneParams: ['c'],
      changedItems: ['x', 'y'],
      changedParams: []
    });
    expect(drift.join('\n')).not.toMatch(/\(s\)/);
    expect(drift).toContain('a new question not answered yet: item `transit`');
    expect(drift).toContain('changed in meaning since you answered: items `x`, `y`');
  });

  it('the nz profile for a republic warns about "the Royal assent" too, at the profile\'s line (review R, M14)', async () => {
    const nz = await build('stockpiling-state', (a) => {
      a.jurisdiction = 'nz';
    });
    expect(body(nz.bill, 'Commencement')).toContain('receives the Royal assent');
    expect(nz.warnings).toMatch(
      /jurisdictions\/nz\.yaml:\d+:\d+: warning: Unexpected royal words of assent for a republic \(the Republic of Stockland\): the bill would print "it receives the Royal assent".*\[crown-in-republic\]/
    );
    const generic = await build('stockpiling-state');
    expect(generic.warnings).not.toContain('royal words of assent');
  });

  it('the CLI builds the bill and prints the warning: exit 0, one warning on stderr', () => {
    const dir = tempDir('ccm-counsel-cli-');
    const answers = example('stockpiling-state');
    answers.params['commencement.mode'] = 'date';
    answers.params['commencement.date'] = '2027-02-01';
    writeFileSync(path.join(dir, 'a.yaml'), stringify(answers));
    const run = ccm(['build', '--answers', 'a.yaml', '--out', 'out', '--today', TODAY], {cwd: dir});
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('[commences-in-past]');
    expect(readFileSync(path.join(dir, 'out', 'draft-bill.md'), 'utf8')).toContain('This Act comes into force on 1 February 2027.');
  });

  it('offers "on [date] or the day after assent, whichever is later" in each profile’s words, with no retrospective warning', async () => {
    const words: Record<string, string> = {
      generic: 'is assented to',
      nz: 'receives the Royal assent',
      'westminster-ag': 'is assented to by the Governor-General'
    };
    for (const [jurisdiction, assent] of Object.entries(words)) {
      const {bill, warnings} = await build('generic-small-state', (a) => {
        a.jurisdiction = jurisdiction;
        a.params['commencement.mode'] = 'date-or-assent';
        a.params['commencement.date'] = '2027-02-01';
      });
      expect(body(bill, 'Commencement')).toBe(
        `This Act comes into force on 1 February 2027 or on the day after the date on which it ${assent}, whichever is later.`
      );
      expect(warnings, jurisdiction).not.toContain('[commences-in-past]');
    }
  });
});

describe('2. the strict-liability defence covers every offence in the Part except those with their own fault element', () => {
  it('reaches transit, foreign stockpiling, assistance and express requests; not investment or an officer’s failure to prevent', async () => {
    const {bill} = await build('affected-coalition-state', (a) => {
      a.params['offences.fault'] = 'strict';
      a.items['corporate-liability'] = {status: 'act'};
    });
    const exceptions = section(bill, 'Exceptions and defences');
    expect(exceptions).toContain(
      'It is a defence to a charge of an offence against this Part if the defendant did not know, and could not reasonably have known, that the conduct concerned related to a cluster munition.'
    );
    const investment = number(bill, 'Investment in cluster munitions');
    const corporate = number(bill, 'Liability of bodies corporate and their officers');
    expect(exceptions).toMatch(
      new RegExp(`does not apply to an offence against section ${investment}, which states its own fault element`)
    );
    expect(exceptions).toMatch(
      new RegExp(`does not apply to an offence against section ${corporate}\\(3\\), which states its own fault element`)
    );
    // Transit, foreign stockpiling and the express-request offence are in the Part the defence covers.
    const part2 = bill.slice(bill.indexOf('## Part 2 '), bill.indexOf('## Part 3 '));
    for (const heading of [
      'Transit of cluster munitions',
      'Stockpiling by foreign States',
      'Military cooperation with States not party: express requests'
    ])
      expect(part2).toContain(`${heading}\n`);
  });

  it('the README describes the strict option truly', () => {
    expect(readme).toContain('a defence of reasonable ignorance for every offence in Part 2 except');
    expect(readme).not.toMatch(/ignorance[^.]*core (?:s )?10 offences only/);
  });
});

describe('3. the express-request exception carries an evidential burden', () => {
  it('states its own burden subsection, pointing at the exception', async () => {
    const {bill} = await build('affected-coalition-state');
    const jo = section(bill, 'Military cooperation with States not party: express requests');
    expect(jo).toContain(
      '(4) If a defendant points to evidence that raises a reasonable possibility that the exception in subsection (1) applies, the prosecution must prove beyond reasonable doubt that it does not apply.'
    );
  });
});

describe('4. assisting is measured against the core offences and the assistance offence itself', () => {
  it('reads "an offence against section N or this section" in both paragraphs', async () => {
    const {bill} = await build('generic-small-state');
    const n = number(bill, 'Offences relating to cluster munitions');
    const assist = section(bill, 'Assisting, encouraging or inducing');
    expect(paragraph(assist, 'a')).toBe(`is an offence against section ${n} or this section; or`);
    expect(paragraph(assist, 'b')).toMatch(new RegExp(`^would be an offence against section ${n} or this section if the other person`));
  });
});

describe('5. deactivated explosive bomblets are outside the Act too', () => {
  it('the inert rule names bomblets and applies for the purposes of the whole Act', async () => {
    const {bill} = await build('generic-small-state');
    expect(section(bill, 'Meaning of cluster munition')).toContain(
      '(4) For the purposes of this Act, an object is not a cluster munition, an explosive submunition or an explosive bomblet if it is an inert replica'
    );
    // The bomblet section still excludes the definitions from its extension, so the express words are what reach bomblets.
    expect(section(bill, 'Application to explosive bomblets')).toMatch(/except in sections \d+ and \d+/);
  });
});

describe('6. "directly or indirectly" governs every Article 1(1)(b) activity', () => {
  it('stands in the lead-in of the Art 1(1)(b) paragraph, not on use alone nor on transfer alone', async () => {
    const {bill} = await build('generic-small-state');
    const offences = section(bill, 'Offences relating to cluster munitions');
    expect(offences).toContain(
      '(a) uses a cluster munition; or\n\n(b) directly or indirectly:\n\n(i) develops, produces or otherwise acquires a cluster munition;\n\n(ii) possesses, retains or stockpiles a cluster munition; or\n\n(iii) transfers a cluster munition to anyone.'
    );
    expect(offences.match(/directly or indirectly/g)).toHaveLength(1);
  });
});

describe('7. one fault wording that fits every offence; investment keeps its own', () => {
  it('"the conduct relates to a cluster munition", disapplied for investment and for the failure-to-prevent offence', async () => {
    const {bill} = await build('generic-small-state');
    const fault = section(bill, 'Fault element');
    expect(fault).toContain('knows, or is reckless as to whether, the conduct relates to a cluster munition.');
    expect(fault).not.toContain('the object concerned');
    expect(fault).toMatch(/\(2\) Subsection \(1\) does not apply to an offence against section \d+, which states its own fault element\./);
    expect(fault).toMatch(
      /\(3\) Subsection \(1\) does not apply to an offence against section \d+\(3\), which states its own fault element\./
    );
  });

  it('without investment or corporate liability, the fault section has no dangling exclusion', async () => {
    const {bill} = await build('generic-small-state', (a) => {
      a.items['investment'] = {status: 'decided-against', reason: 'No financial sector.'};
      a.items['corporate-liability'] = {status: 'existing-law', citation: 'Interpretation Act 1990, s 20'};
    });
    const fault = section(bill, 'Fault element');
    expect(fault).not.toContain('does not apply');
    expect(fault).toMatch(/^\(2\) A person is reckless/m);
  });
});

describe('8. continuing to hold an investment after the divestment period is an offence', () => {
  it('any-person form: holding is an offence, and the period protects holding only', async () => {
    const {bill} = await build('generic-small-state');
    const inv = section(bill, 'Investment in cluster munitions');
    const n = number(bill, 'Investment in cluster munitions');
    expect(inv).toContain(
      '(2) A person commits an offence who, knowing that a body corporate or other entity is a cluster munitions producer:'
    );
    expect(inv).toContain('(b) continues to hold an investment in it.');
    expect(inv).toContain(
      '(3) A person does not commit an offence against subsection (2)(b) by continuing to hold an investment during whichever of the following periods applies'
    );
    expect(inv).toContain(
      '(a) for an investment made before this section came into force, the 12 months after this section comes into force; or'
    );
    expect(inv).toContain(
      '(b) for any other investment, the 12 months after the person first knew that the entity was a cluster munitions producer.'
    );
    expect(n).toBeTruthy();
  });

  it('public-money form: knowingly continuing to hold public money in a producer is an offence', async () => {
    const {bill} = await build('stockpiling-state');
    const inv = section(bill, 'Investment in cluster munitions');
    expect(inv).toContain('invested, or held as an investment, in a cluster munitions producer');
    expect(inv).toContain('or continues to hold an investment of public money, in contravention of subsection (1)');
    expect(inv).toContain('(3) A person does not commit an offence against subsection (2) by continuing to hold an investment');
  });
});

describe('9. transit does not block what Article 3(7) permits', () => {
  it('excepts carriage of a transfer between States Parties with the Minister’s written approval, and the transit section points at it', async () => {
    const {bill} = await build('generic-small-state');
    const s = number(bill, 'Exceptions and defences');
    const exceptions = section(bill, 'Exceptions and defences');
    const ref = /Except by an approval described in section (\d+)\(1\)\(([a-z])\), no Minister/.exec(
      section(bill, 'Transit of cluster munitions')
    );
    expect(ref).not.toBeNull();
    expect(ref![1]).toBe(s);
    expect(paragraph(exceptions, ref![2]!)).toBe(
      'with the written approval of the Minister and in accordance with its conditions, possessing or transporting a cluster munition into, through and out of the Republic of Examplia in the course of its transfer by one State Party to another State Party for the purpose of its destruction or for a purpose described in article 3(6) of the Convention;'
    );
  });
});

describe('10. enforcement powers respect the immunity of foreign State ships and aircraft', () => {
  it('the application section says no power is exercised against them except as international law allows', async () => {
    const {bill} = await build('generic-small-state');
    expect(section(bill, 'Application of Act in and outside the Republic of Examplia')).toContain(
      '(4) Nothing in this Act authorises the exercise of a power in relation to a foreign warship or military aircraft, or any other ship or aircraft owned or operated by a foreign State and used only for government non-commercial purposes, except as international law allows.'
    );
  });
});

describe('11. one forfeiture route for cluster munitions, with a hearing for a lawful holder', () => {
  it('forfeiture is in the seizure section only; the convicting court forfeits other things; a lawful holder may apply for return', async () => {
    for (const name of ['generic-small-state', 'stockpiling-state', 'affected-coalition-state']) {
      const {bill} = await build(name);
      const seizure = section(bill, 'Seizure, forfeiture and destruction');
      expect(seizure, name).toMatch(
        /is forfeited to the State at the end of 30 days after it was seized or received, unless a person has applied under subsection \(3\) before then\./
      );
      expect(seizure, name).toContain(
        'A person who claims to be entitled under this Act to keep a cluster munition that has been seized or received under this Act may apply to the Court for its return.'
      );
      const penalties = section(bill, 'Penalties');
      expect(penalties, name).not.toMatch(/must order that any cluster munition/);
      expect(penalties, name).toMatch(
        /may order that any thing, other than a cluster munition, that was used in committing the offence be forfeited/
      );
      expect(section(bill, 'Cluster munitions held when this Act comes into force'), name).toMatch(
        /\(3\) A cluster munition handed over under this section is dealt with under section \d+\./
      );
      // "is forfeited to" appears only in the seizure section.
      const forfeits = bill.split('\n### ').filter((s) => /is forfeited to/.test(s));
      expect(
        forfeits.map((s) => s.split('\n')[0]),
        name
      ).toEqual([expect.stringMatching(/^\d+ Seizure, forfeiture and destruction$/)]);
    }
  });
});

describe('12. members of the armed forces handle and destroy munitions; they do not hold search powers', () => {
  it('authorised officers are police, customs and persons designated by name; the armed forces are in a handling exception', async () => {
    const {bill} = await build('stockpiling-state');
    const def = bill.slice(bill.indexOf('**authorised officer** means:'), bill.indexOf('**body corporate**'));
    expect(def).not.toMatch(/armed forces/);
    expect(def).toContain(
      '(c) a person designated by name in writing by the Minister as an authorised officer for the purposes of this Act;'
    );
    expect(section(bill, 'Exceptions and defences')).toContain(
      'as a member of the armed forces acting in the course of duty, or as a person, or a person of a class, designated in writing by the Minister to handle and destroy cluster munitions, receiving, possessing, keeping, moving, making safe or destroying a cluster munition'
    );
  });

  it('a State with no armed forces keeps the designated handlers', async () => {
    const {bill} = await build('generic-small-state', (a) => {
      a.state['armed_forces'] = false;
      delete a.items['military-measures'];
    });
    expect(section(bill, 'Exceptions and defences')).toContain(
      'as a person, or a person of a class, designated in writing by the Minister to handle and destroy cluster munitions, receiving'
    );
    expect(bill).not.toMatch(/member of the armed forces/i);
  });
});

describe('13. an officer who fails to prevent an offence commits a separate, lesser offence', () => {
  it('failure to prevent is its own offence at the lesser penalty; the main penalties exclude it', async () => {
    const {bill} = await build('generic-small-state');
    const corp = section(bill, 'Liability of bodies corporate and their officers');
    const n = number(bill, 'Liability of bodies corporate and their officers');
    expect(corp).toContain(
      '(2) If a body corporate commits an offence against this Part, every officer of the body corporate who authorised, permitted, consented to or participated in the commission of the offence also commits that offence.'
    );
    expect(corp).toContain(
      'an officer of the body corporate who knew, or could reasonably be expected to have known, that the offence was being or would be committed, and who failed to take all reasonable steps to prevent or stop it, commits an offence against this subsection.'
    );
    // One wording for each kind of reference: liability "by virtue of" the attribution rule, an offence "against" the offence-creating subsection.
    expect(corp).toContain(
      '(5) An officer may be convicted of an offence by virtue of subsection (2), or of an offence against subsection (3), whether or not'
    );
    expect(corp).not.toMatch(/offence under subsection/);
    expect(corp).toContain(
      '(6) A person who commits an offence against subsection (3) is liable on conviction, in the case of an individual, to imprisonment for a term not exceeding 2 years, or to a fine not exceeding $10,000'
    );
    expect(section(bill, 'Penalties')).toContain(
      `An individual who commits an offence against this Part, other than an offence against section ${n}(3), is liable`
    );
  });

  it('cites the Cook Islands s 4(2) as verified: a separate offence, but at the full penalty there', () => {
    const note = analyseModel(model).clauses.get('s-corporate-liability')!.notes.join('\n');
    expect(note).toContain('Cook Islands s 4(2) makes it a separate offence');
    expect(note).toContain('carries the same penalty as the core offences (s 5(1)');
  });
});

describe('14. authorised export is to a State Party only', () => {
  it('the retention authorisation allows export to a State Party', async () => {
    const {bill} = await build('stockpiling-state');
    expect(section(bill, 'Authorised retention and transfer for permitted purposes')).toContain(
      'to acquire, retain, use, transport or import, or to export to a State Party, a specified number of cluster munitions'
    );
  });
});

describe('15. commencement by notice: an optional long-stop, and the gap report rates the risk', () => {
  const rowOf = async (change: (a: Answers) => void) => {
    const {result, bill} = await build('affected-coalition-state', change);
    return {row: result.gap.checklist.find((r) => r.id === 'commencement')!, bill};
  };

  it('by notice with no long-stop: partial, with the reason', async () => {
    const {row} = await rowOf(() => {});
    expect(row.option).toMatchObject({id: 'by-notice', strength: 'partial'});
    expect(row.detail).toMatch(
      /^s 2: in force on a date appointed by notice, with no long-stop date: the Convention has bound the State since 2026-11-01/
    );
  });

  it('a long-stop subsection when chosen; strong only when the long-stop is no later than entry into force', async () => {
    const early = await rowOf((a) => {
      a.state['entry_into_force'] = '2028-01-01';
      a.params['commencement.mode'] = 'order-long-stop';
      a.params['commencement.long_stop'] = '2027-12-01';
    });
    expect(section(early.bill, 'Commencement')).toContain(
      '(3) Any provision of this Act that has not come into force before 1 December 2027 comes into force on that date.'
    );
    expect(early.row.option).toMatchObject({id: 'by-notice-long-stop', strength: 'strong'});
    expect(early.row.detail).toBe('s 2');
    const late = await rowOf((a) => {
      a.state['entry_into_force'] = '2028-01-01';
      a.params['commencement.mode'] = 'order-long-stop';
      a.params['commencement.long_stop'] = '2028-06-01';
    });
    expect(late.row.option).toMatchObject({id: 'after-entry-into-force', strength: 'partial'});
    expect(late.row.detail).toContain(
      'in force by notice, at the latest on 2028-06-01, after the Convention enters into force for the State (2028-01-01)'
    );
  });

  it('rules: a fixed date after entry into force is partial; assent is strong; an unknown entry into force gives no option', () => {
    const v = (values: Record<string, unknown>) => (name: string) => values[name];
    expect(
      commencementAssessment(v({'commencement.mode': 'date-or-assent', 'commencement.date': '2028-03-01'}), '2028-01-01', TODAY)
    ).toMatchObject({
      option: 'after-entry-into-force'
    });
    expect(commencementAssessment(v({'commencement.mode': 'date', 'commencement.date': '2027-12-01'}), '2028-01-01', TODAY)).toEqual({
      option: 'before-entry-into-force',
      reason: ''
    });
    expect(commencementAssessment(v({'commencement.mode': 'assent'}), '2028-01-01', TODAY)).toEqual({
      option: 'before-entry-into-force',
      reason: ''
    });
    expect(commencementAssessment(v({'commencement.mode': 'assent'}), '2027-02-01', TODAY).reason).toContain(
      'has bound the State since 2027-02-01'
    );
    expect(commencementAssessment(v({'commencement.mode': 'order'}), undefined, TODAY)).toMatchObject({option: 'by-notice'});
    expect(
      commencementAssessment(v({'commencement.mode': 'date', 'commencement.date': '2027-12-01'}), undefined, TODAY).option
    ).toBeUndefined();
  });

  it('the checklist offers the options the rating names', () => {
    const item = checklist.items.find((i) => i.id === 'commencement')!;
    expect(item.options.map((o) => [o.id, o.strength])).toEqual([
      ['before-entry-into-force', 'strong'],
      ['by-notice-long-stop', 'strong'],
      ['by-notice', 'partial'],
      ['after-entry-into-force', 'partial']
    ]);
    expect(item.params).toContain('commencement.long_stop');
  });
});

describe('20. drafting notes never cite a sub-provision of their own section by a number that can shift', () => {
  /** Top-level numbered items of a block of section text, each flagged when a condition can remove it. */
  function items(block: string): boolean[] {
    const out: boolean[] = [];
    let depth = 0;
    for (const line of block.split('\n')) {
      if (/^::::(?:if|choose)\b/.test(line)) depth++;
      else if (/^::::\s*$/.test(line)) depth--;
      const m = /^\d+\. (.*)$/.exec(line);
      if (m) out.push(depth > 0 || /^:prov\{[^}]*when=/.test(m[1]!));
    }
    return out;
  }

  it('every "subsection (n)" or own "paragraph (x)" a note cites exists in every printed form of the section', () => {
    const sections = [...modelText.matchAll(/^:::::section\[[^\n]*\{#([a-z0-9-]+)[^\n]*\n([\s\S]*?)\n:::note\n([\s\S]*?)\n:::\n/gm)];
    expect(sections.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const [, id, body, note] of sections) {
      // A section with alternative wordings is checked in each of them.
      const forms = /:::option\{/.test(body!) ? body!.split(/^:::option\{[^}]*\}$/m).slice(1) : [body!];
      const leadIn = !/^\s*(?:::::|\d+\. )/.test(body!.trimStart()) && !/^- /m.test(body!);
      const cited = [
        ...[...note!.matchAll(/\b[Ss]ubsections? \((\d+)\)/g)].map((m) => Number(m[1])),
        ...(leadIn && items(body!).length > 0 ? [...note!.matchAll(/\bparagraph \(([a-z])\)/g)].map((m) => m[1]!.charCodeAt(0) - 96) : [])
      ];
      for (const n of cited) {
        for (const form of forms) {
          const list = items(form);
          const firstOptional = list.indexOf(true);
          // Stable when it exists in every form and nothing before it can be left out.
          if (n > list.length || (firstOptional >= 0 && n > firstOptional + 1))
            problems.push(`${id}: note cites (${n}), which the built section may number differently`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the stockpile note refers to the extension notice by what it is, not by "subsection (5)"', () => {
    const note = analyseModel(model).clauses.get('s-stockpile-destruction')!.notes.join('\n');
    expect(note).not.toContain('subsection (5)');
    expect(note).toContain('published by notice in the Gazette under the extension subsection');
  });
});

describe('21. the Schedule makes precise textual amendments', () => {
  it('names the provision, the place and the words, with the new section’s number and heading', async () => {
    const {bill} = await build('stockpiling-state');
    const schedule = bill.slice(bill.indexOf('## Schedule 2 Consequential amendments'));
    expect(schedule).toContain(
      '**Arms and Ammunition Act 1985**\n\nIn section 2(1) of the Arms and Ammunition Act 1985, in the definition of **prohibited weapon**, after paragraph (k), insert:\n\n"(l) a cluster munition or an explosive bomblet within the meaning of the Cluster Munitions Act 2027;"'
    );
    expect(schedule).toContain(
      '**Explosives Act 1972**\n\nAfter section 12 of the Explosives Act 1972, insert:\n\n"12A Cluster munitions not to be licensed\n\nNo licence, permit or other authority may be granted under this Act'
    );
  });

  it('prints bracketed placeholders where the host Act has not been checked, and lists them as defaults to confirm', async () => {
    const {bill, result} = await build('affected-coalition-state', (a) => {
      delete a.params['law.arms_after'];
      delete a.params['law.arms_paragraph'];
    });
    expect(bill).toContain('after paragraph \\[(x)], insert:\n\n"\\[(y)] a cluster munition');
    expect(result.gap.openQuestions.map((q) => q.id)).toEqual(
      expect.arrayContaining(['params.law.arms_after', 'params.law.arms_paragraph'])
    );
  });
});

describe('22. the long title follows the content and the count', () => {
  it('names transit, foreign stockpiling and authorised retention when they are in, and the amended Acts by name', async () => {
    const generic = (await build('generic-small-state')).bill;
    expect(generic).toContain(
      'to prohibit the transit of cluster munitions, to prohibit the stockpiling of cluster munitions in the Republic of Examplia for or on behalf of other States,'
    );
    expect(generic).not.toContain('authorised retention');
    const stock = (await build('stockpiling-state')).bill;
    expect(stock).toContain('to prohibit the transit of cluster munitions, to keep public money');
    expect(stock).not.toContain('for or on behalf of other States'); // foreign stockpiling is left to existing law there
    expect(stock).toContain(
      'to provide for the authorised retention and transfer of a limited number of cluster munitions for the purposes the Convention permits'
    );
    expect(stock).toContain(
      'to make consequential amendments to the Arms and Ammunition Act 1985 and the Explosives Act 1972, and for related purposes.'
    );
    const affected = (await build('affected-coalition-state')).bill;
    expect(affected).toContain('to make a consequential amendment to the Firearms and Weapons Act 1990, and for related purposes.');
    for (const bill of [generic, stock, affected]) expect(bill).not.toContain('other enactments');
  });
});

describe('23. the transitional period runs from a stated day', () => {
  it('"within 90 days after the day on which this section comes into force"', async () => {
    const {bill} = await build('generic-small-state');
    const text = section(bill, 'Cluster munitions held when this Act comes into force');
    expect(text).toContain('must within 90 days after the day on which this section comes into force notify');
    expect(text).not.toContain('after that date');
  });
});

describe('25. statutes are cited with their year', () => {
  it('the bundled profiles give a year or a "[year]" placeholder, and lint is clean', () => {
    for (const id of ['generic', 'nz', 'westminster-ag']) {
      const profile = parse(readFileSync(path.join(root, 'jurisdictions', `${id}.yaml`), 'utf8')) as {params: Record<string, string>};
      for (const name of ['law.customs', 'law.arms', 'law.explosives']) {
        const title = profile.params[name] ?? '';
        if (title) expect(title, `${id} ${name}`).toMatch(/\b\d{4}\b|\[year\]/);
      }
    }
    const run = ccm(['lint']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('0 error(s), 0 warning(s)');
  });

  it('`lint` and `build` warn about a short title without a year, at its line', async () => {
    const dir = tempDir('ccm-counsel-profile-');
    const profile = readFileSync(path.join(root, 'jurisdictions', 'generic.yaml'), 'utf8').replace(
      /law\.customs: .*$/m,
      'law.customs: Customs Act'
    );
    writeFileSync(path.join(dir, 'p.yaml'), profile);
    const line = profile.split('\n').findIndex((l) => l.includes('law.customs:')) + 1;
    const run = ccm(['lint', 'p.yaml'], {cwd: dir});
    expect(run.stdout).toMatch(
      new RegExp(`p\\.yaml:${line}:\\d+: warning: Unexpected \`law\\.customs: Customs Act\` without a year.*\\[citation-without-year\\]`)
    );
    const {warnings} = await build('generic-small-state', (a) => {
      a.params['law.customs'] = 'Customs Act';
    });
    expect(warnings).toMatch(/answers\.yaml:\d+:\d+: warning: Unexpected `law\.customs: Customs Act` without a year/);
    const withYear = await build('generic-small-state', (a) => {
      a.params['law.customs'] = 'Customs and Excise Act 1996 (Cap 74)';
    });
    expect(withYear.warnings).not.toContain('citation-without-year');
  });
});

describe('26-27. profile house styles: mode of trial and the currency definition', () => {
  it('westminster-ag tries the lesser offences summarily and the main offences on indictment', async () => {
    const {bill} = await build('generic-small-state', (a) => {
      a.jurisdiction = 'westminster-ag';
    });
    expect(section(bill, 'Offences relating to information')).toContain('is liable on summary conviction, in the case of an individual');
    expect(section(bill, 'Liability of bodies corporate and their officers')).toContain(
      'is liable on summary conviction, in the case of an individual'
    );
    expect(section(bill, 'Penalties')).toContain('is liable on conviction on indictment to imprisonment');
  });

  it('the nz profile prints no definition of "$"; the generic profile does', async () => {
    const nz = (
      await build('generic-small-state', (a) => {
        a.jurisdiction = 'nz';
      })
    ).bill;
    expect(nz).not.toContain('**$** means');
    expect(section(nz, 'Penalties')).toContain('$500,000');
    expect((await build('generic-small-state')).bill).toContain('**$** means Eastern Caribbean dollars;');
  });
});

describe('29. precedents as the Acts state them', () => {
  it('the prison-term help starts at Canada’s 5 years on indictment; Mauritius’s "Repeal" clause is not cited', () => {
    expect(model.params.get('penalty.individual.prison_years')!.help).toContain(
      'from 5 years on indictment (Canada, S.C. 2014, c. 27, s 17(1)(a)) through 7 (New Zealand, s 10(4))'
    );
    expect(modelText).not.toMatch(/clause 11|"Repeal"/);
    expect(readFileSync(defaultChecklistPath, 'utf8')).not.toMatch(/clause 11|Repeal/);
    expect(readme).toContain('Clause 11 ("Repeal") is no longer cited as a precedent for consequential amendments');
  });
});

describe('the lesser offences tried summarily stay within what a magistrate may impose', () => {
  it('the Westminster profile prints 1 year on summary conviction, in the bill and the note alike, and says why', async () => {
    const {bill, result} = await build('generic-small-state', (a) => {
      a.jurisdiction = 'westminster-ag';
    });
    const lesser = bill.split('\n').filter((l) => l.includes('liable on summary conviction'));
    expect(lesser.length).toBeGreaterThanOrEqual(2);
    for (const line of lesser)
      expect(line).toContain('imprisonment for a term not exceeding 1 year, or to a fine not exceeding 200 penalty units');
    expect(bill).not.toMatch(/\b1 years\b|\b1 penalty units\b/);
    const note = result.files.find((f) => f.path.endsWith('explanatory-note.md'))?.contents ?? '';
    expect(String(note)).toContain('an individual is liable to imprisonment for a term not exceeding 1 year');
    // The drafting note in the model and the README explain the limit with checked precedents only.
    expect(modelText).toContain('must be within what the summary courts may impose');
    expect(readme).toContain('Ireland s 16(3): 6 months on summary conviction; Canada s 17(1): 18 months');
  });
});
