/**
 * Counsel's second reading of the model Act (issue 13): each point pinned on
 * bills built from the examples with one answer changed, on the model and
 * checklist texts, and on the messages the drafter gets.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parse, stringify} from 'yaml';
import {describe, expect, it} from 'vitest';
import {buildFromAnswers} from '../src/app/build.js';
import {loadChecklist} from '../src/checklist/load.js';
import {loadModel} from '../src/model/load.js';
import {analyseModel} from '../src/model/structure.js';
import {defaultChecklistPath, defaultModelPath} from '../src/paths.js';
import {formatDiagnostic} from '../src/util/diagnostics.js';
import {ccm, root, tempDir} from './helpers/cli.js';

const model = await loadModel(defaultModelPath);
const checklist = await loadChecklist(defaultChecklistPath);
const modelText = readFileSync(defaultModelPath, 'utf8');
const checklistText = readFileSync(defaultChecklistPath, 'utf8');
const readme = readFileSync(path.join(root, 'model-law', 'README.md'), 'utf8');

type Answers = {jurisdiction?: string; state: Record<string, unknown>; items: Record<string, unknown>; params: Record<string, unknown>};
const example = (name: string): Answers => parse(readFileSync(path.join(root, 'examples', `${name}.yaml`), 'utf8')) as Answers;

/** Build an example with changes; returns the bill, the warnings as text and the whole result. */
async function build(name: string, change: (a: Answers) => void = () => {}) {
  const answers = example(name);
  change(answers);
  const dir = tempDir('ccm-reading-');
  const file = path.join(dir, 'answers.yaml');
  writeFileSync(file, stringify(answers));
  const result = await buildFromAnswers({answers: file, cwd: dir, out: 'out', today: new Date('2027-06-01')});
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

describe('1. the fault element is stated; strict liability only as an option', () => {
  it('states intention and knowledge or recklessness by default, with no reasonable-ignorance defence', async () => {
    const {bill} = await build('generic-small-state');
    const fault = section(bill, 'Fault element');
    expect(fault).toContain('engages intentionally in the conduct');
    // Counsel's review, finding 7: "the conduct relates to a cluster munition" fits every offence in the Part.
    expect(fault).toContain('knows, or is reckless as to whether, the conduct relates to a cluster munition');
    expect(fault).toMatch(/reckless as to a circumstance if the person is aware of a substantial risk/);
    expect(section(bill, 'Offences relating to cluster munitions')).toMatch(/subject to section \d+ and to the exceptions/);
    expect(bill).not.toContain('could not reasonably have known');
  });

  it('offers strict liability with an evidentially-burdened defence, and then prints no fault section', async () => {
    const {bill} = await build('generic-small-state', (a) => {
      a.params['offences.fault'] = 'strict';
    });
    expect(bill).not.toMatch(/^### \d+ Fault element$/m);
    const exceptions = section(bill, 'Exceptions and defences');
    expect(exceptions).toContain(
      'did not know, and could not reasonably have known, that the conduct concerned related to a cluster munition'
    );
    expect(exceptions).toMatch(/or the defence in subsection \(\d\), applies, the prosecution must prove beyond reasonable doubt/);
  });

  it('the drafting note agrees with the text (no "general law on criminal fault applies")', () => {
    const note = analyseModel(model).clauses.get('s-offences')!.notes.join('\n');
    expect(note).not.toContain('the general law on criminal fault applies');
    expect(note).toContain('Fault element (parameter offences.fault)');
  });
});

describe('2-4. transfer to anyone; assistance measured against what is prohibited to a State Party; movable authorised items', () => {
  it('transfers "to anyone", and a transfer includes disposal to a State or its forces', async () => {
    const {bill} = await build('generic-small-state');
    // Counsel's review, finding 6: "directly or indirectly" governs every Art 1(1)(b) activity, in the lead-in of paragraph (b).
    expect(bill).toContain('(b) directly or indirectly:\n\n(i) develops, produces or otherwise acquires a cluster munition;');
    expect(bill).toContain('(iii) transfers a cluster munition to anyone.');
    expect(bill).toContain('passes to anyone else, including a State or the armed forces of a State;');
  });

  it('excepts conduct Article 3(6)-(7) permits to a State Party, for assistance and for taking part abroad', async () => {
    const {bill} = await build('generic-small-state');
    expect(section(bill, 'Assisting, encouraging or inducing')).toContain(
      'by assisting, encouraging or inducing conduct of a State Party, or of anyone acting under the authority and control of a State Party, that article 3(6) or (7) of the Convention permits to a State Party'
    );
    expect(section(bill, 'Exceptions and defences')).toMatch(
      /outside the Republic of Examplia, taking part, under the authority and control of a State Party other than the Republic of Examplia, in the retention, acquisition, use or transfer of cluster munitions that article 3\(6\) or \(7\)/
    );
  });

  it('lets authorised training items be transported, imported and exported', async () => {
    const {bill} = await build('stockpiling-state');
    expect(section(bill, 'Exceptions and defences')).toContain(
      'acquiring, possessing, retaining, using, transporting, importing, exporting or transferring a cluster munition in accordance with an authorisation'
    );
    expect(section(bill, 'Authorised retention and transfer for permitted purposes')).toContain(
      'acquire, retain, use, transport or import, or to export to a State Party, a specified number'
    );
  });
});

describe('5. transitional hand-in and inert munitions', () => {
  for (const name of ['generic-small-state', 'stockpiling-state']) {
    it(`${name}: a notify-and-surrender route, protected by an exception, whether or not the stockpile section is in`, async () => {
      const {bill} = await build(name);
      const transitional = section(bill, 'Cluster munitions held when this Act comes into force');
      expect(transitional).toContain('whether as a souvenir, in a collection or museum or otherwise, must within 90 days');
      expect(section(bill, 'Exceptions and defences')).toMatch(
        /having possessed a cluster munition when section \d+ came into force, keeping it and handing it over in accordance with that section/
      );
    });
  }

  it('keeps inert replicas and permanently deactivated munitions out of the definition', async () => {
    const {bill} = await build('generic-small-state');
    expect(section(bill, 'Meaning of cluster munition')).toContain(
      'For the purposes of this Act, an object is not a cluster munition, an explosive submunition or an explosive bomblet if it is an inert replica, or if it has been permanently deactivated'
    );
  });
});

describe('6. reach, mode of trial, forfeiture and the corporate fine of the information offences', () => {
  it('applies in places under the State’s jurisdiction or control', async () => {
    const {bill} = await build('generic-small-state');
    expect(bill).toContain('in any other place that is under the jurisdiction or control of the Republic of Examplia');
  });

  it('states the mode of trial where the profile needs it, and forfeiture by the convicting court', async () => {
    const {bill} = await build('affected-coalition-state'); // Westminster profile: on indictment
    const penalties = section(bill, 'Penalties');
    expect(penalties).toContain('is liable on conviction on indictment to imprisonment');
    // Counsel's review, finding 11: the convicting court forfeits the means of the offence; munitions go by the seizure section alone.
    expect(penalties).toContain('The court by or before which a person is convicted of an offence against this Part may order');
    expect(penalties).not.toContain('the Court must order');
  });

  it('fines a body corporate more than an individual for the information offences, under every profile', async () => {
    for (const jurisdiction of ['generic', 'nz', 'westminster-ag']) {
      const {bill} = await build('generic-small-state', (a) => {
        a.jurisdiction = jurisdiction;
      });
      const text = section(bill, 'Offences relating to information');
      const [, individual, corporate] =
        /a fine not exceeding (\S+(?: penalty units)?), or to both, and in the case of a body corporate, to a fine not exceeding (\S+(?: penalty units)?)\./.exec(
          text
        )!;
      const amount = (s: string) => Number(s!.replace(/[^\d]/g, ''));
      expect(amount(corporate!), `${jurisdiction}: ${text}`).toBeGreaterThan(amount(individual!));
    }
  });
});

describe('7. transit wording and aircraft', () => {
  it('states "whether or not title passes" apart from the places, and exempts foreign ships and aircraft in passage', async () => {
    const {bill} = await build('generic-small-state');
    const transit = section(bill, 'Transit of cluster munitions');
    expect(transit).toContain('causes or permits a cluster munition to be transported:\n');
    expect(transit).toContain('(2) Subsection (1) applies whether or not title to or control over the cluster munition passes');
    // Counsel's review, finding 24: aircraft have no right of innocent passage.
    expect(transit).toContain(
      'a foreign ship exercising the right of innocent passage, or to a foreign ship or aircraft exercising the right of transit passage or archipelagic sea lanes passage'
    );
  });
});

describe('8. Article 21, both joint-operations forms', () => {
  it('express-request form: possession and retention are outside the exception; participation "in accordance with international law"', async () => {
    const {bill} = await build('affected-coalition-state');
    const jo = section(bill, 'Military cooperation with States not party: express requests');
    expect(jo).toContain('in the course of duty and in accordance with international law');
    expect(jo).toContain('(b) possesses, retains, stockpiles or transfers a cluster munition;');
  });

  it('interoperability form: an evidential burden, and possession and retention outside the defence', async () => {
    const {bill} = await build('affected-coalition-state', (a) => {
      a.params['joint_operations.form'] = 'interoperability';
    });
    const jo = section(bill, 'Military cooperation with States not party: defence');
    expect(jo).not.toContain('if the defendant proves');
    expect(jo).toContain('(b) possessing, retaining, stockpiling or transferring a cluster munition;');
    expect(jo).toContain(
      'If a defendant points to evidence that raises a reasonable possibility that the defence in subsection (1) applies, the prosecution must prove beyond reasonable doubt'
    );
    expect(jo).toContain('the conduct was in accordance with international law');
  });
});

describe('9. consistency and usage', () => {
  it('names the Director of Public Prosecutions when the answers choose that consent over a profile naming the Attorney-General', async () => {
    const {bill, warnings} = await build('generic-small-state', (a) => {
      a.params['prosecution.consent'] = 'dpp';
    });
    expect(section(bill, 'Consent to prosecution')).toContain('without the written consent of the Director of Public Prosecutions');
    expect(warnings).not.toContain('consent-officer-mismatch');
  });

  it('warns when the answers pair one consent with the other choice’s officer, at the officer’s line', async () => {
    const {warnings} = await build('generic-small-state', (a) => {
      a.params['prosecution.consent'] = 'dpp';
      a.params['prosecution.consent_officer'] = 'Attorney-General';
    });
    expect(warnings).toMatch(
      /answers\.yaml:\d+:\d+: warning: Unexpected `prosecution\.consent_officer: Attorney-General` with `prosecution\.consent: dpp`.*\[consent-officer-mismatch\]/
    );
  });

  it('`lint` flags a profile whose consent and officer disagree, and a republic that says "the Crown"', () => {
    const dir = tempDir('ccm-profile-');
    const profile = readFileSync(path.join(root, 'jurisdictions', 'westminster-ag.yaml'), 'utf8')
      .replace('country.name: the Commonwealth of Northhaven', 'country.name: the Republic of Northhaven')
      .replace('prosecution.consent: attorney-general', 'prosecution.consent: dpp');
    writeFileSync(path.join(dir, 'p.yaml'), profile);
    const run = ccm(['lint', 'p.yaml'], {cwd: dir});
    const line = (text: string) => profile.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(run.stdout).toMatch(
      new RegExp(`p\\.yaml:${line('prosecution.consent_officer')}:\\d+: warning: .*\\[consent-officer-mismatch\\]`)
    );
    expect(run.stdout).toMatch(
      new RegExp(`p\\.yaml:${line('crown.name')}:\\d+: warning: Unexpected \`crown\\.name: the Crown\` for a republic`)
    );
    expect(run.stdout).toContain('[crown-in-republic]');
  });

  it('warns about "the Crown" and a royal enacting formula in a republic under a Westminster profile', async () => {
    const {warnings} = await build('generic-small-state', (a) => {
      a.jurisdiction = 'westminster-ag';
      a.params['country.name'] = 'the Republic of Palmira';
    });
    expect(warnings).toContain('Unexpected `crown.name: the Crown` for a republic (the Republic of Palmira)');
    expect(warnings).toContain('Unexpected royal words in `enacting.formula` for a republic');
  });

  it('says which: the Government is a "person" subject to the rule that the State is not prosecuted', async () => {
    const {bill} = await build('generic-small-state');
    const n = /### (\d+) Act binds the State/.exec(bill)![1];
    expect(bill).toContain(
      `**person** includes a body corporate and an unincorporated body and, subject to section ${n}(2), the Government and any agency of the Government;`
    );
    expect(section(bill, 'Act binds the State')).toContain(
      'Nothing in this Act makes the State, the Government or any agency of the Government liable to be prosecuted'
    );
  });

  it('the long title and Part headings follow what the bill contains', async () => {
    const generic = (await build('generic-small-state')).bill;
    const affected = (await build('affected-coalition-state')).bill;
    const stock = (await build('stockpiling-state')).bill;
    expect(generic).not.toContain('clearance of cluster munition remnants');
    expect(affected).toContain(
      'to provide for the clearance of cluster munition remnants and for risk reduction education, to provide for assistance to cluster munition victims'
    );
    expect(generic).toMatch(/^## Part 3 Enforcement$/m);
    expect(stock).toMatch(/^## Part 3 Stockpiles, retention and enforcement$/m);
    expect(stock).toContain('to keep public money from being invested in the development or production of cluster munitions');
  });

  it('prints consequential amendments as a Schedule of textual amendments, only when the answers ask for them', async () => {
    const asked = (await build('stockpiling-state')).bill;
    expect(asked).toMatch(/^## Schedule 2 Consequential amendments$/m);
    // Counsel's review, finding 21: precise textual amendments.
    expect(asked).toContain(
      'In section 2(1) of the Arms and Ammunition Act 1985, in the definition of **prohibited weapon**, after paragraph (k), insert:'
    );
    expect(asked).toContain('After section 12 of the Explosives Act 1972, insert:\n\n"12A Cluster munitions not to be licensed');
    expect(asked).toContain('The enactments named in Schedule 2 are amended as set out in that Schedule.');
    // The Westminster profile names an arms and an explosives law, but the answers do not ask for amendments.
    const profileOnly = (
      await build('generic-small-state', (a) => {
        a.jurisdiction = 'westminster-ag';
      })
    ).bill;
    expect(profileOnly).not.toContain('Consequential amendments');
    expect(profileOnly).not.toContain('Firearms Act');
  });
});

describe('10. precedents and claims', () => {
  it('does not cite New Zealand’s "meaning of officer" for corporate liability, nor the UK’s securing-destruction powers as a stockpile duty', () => {
    const corporate = checklist.items.find((i) => i.id === 'corporate-liability')!;
    expect(corporate.options.flatMap((o) => o.precedents).join('\n')).not.toMatch(/New Zealand.*s7|Meaning of officer/);
    expect(analyseModel(model).clauses.get('s-corporate-liability')!.notes.join('\n')).toContain('is not a precedent here');
    const stock = checklist.items.find((i) => i.id === 'stockpile-destruction')!;
    const strong = stock.options.find((o) => o.strength === 'strong')!;
    expect(strong.precedents).toEqual([]);
    expect(strong.description).toContain('are not a precedent for this option');
  });

  it('never calls the checklist New Zealand’s, and cites Canada by chapter', () => {
    for (const text of [
      checklistText,
      readFileSync(path.join(root, 'checklists', 'README.md'), 'utf8'),
      readme,
      readFileSync(path.join(root, 'README.md'), 'utf8')
    ])
      expect(text).not.toMatch(/modelled on (?:the )?(?:checklist New Zealand|New Zealand's checklist)/i);
    expect(`${checklistText}\n${modelText}\n${readme}`).not.toContain('Prohibiting Cluster Munitions Act 2014');
    expect(checklistText).toContain('Prohibiting Cluster Munitions Act, S.C. 2014, c. 27');
  });

  it('the counts and the section table in model-law/README.md match the model', async () => {
    const structure = analyseModel(model);
    const sections = [...structure.clauses.values()].filter((c) => c.kind === 'section');
    const rows = [...readme.matchAll(/^\| `(s-[a-z0-9-]+)` /gm)].map((m) => m[1]);
    expect(new Set(rows)).toEqual(new Set(sections.map((s) => s.id)));
    // The core Act: every switch off.
    const {result} = await build('generic-small-state', (a) => {
      for (const item of ['investment', 'transit', 'foreign-stockpiling', 'retention', 'corporate-liability'])
        a.items[item] = {status: 'decided-against', reason: 'Core Act only.'};
    });
    const core = result.draft.manifest.sections.filter((s) => s.kind === 'section').length;
    expect(readme).toContain(`(${core} sections)`);
    expect(readme).toContain(`${checklist.items.length} items`);
  });
});

describe('11. checklist completeness', () => {
  it('asks about production facilities (Art 7(1)(d)), military measures and commencement (Art 18)', () => {
    const item = (id: string) => checklist.items.find((i) => i.id === id)!;
    expect(item('production-facilities').articles).toContain('7(1)(d)');
    expect(item('production-facilities').appliesText).toBe('state.producer');
    expect(item('military-measures').explanation).toMatch(/doctrine.*rules of engagement.*procurement.*inventories/s);
    expect(item('military-measures').appliesText).toBe('state.armed_forces');
    expect(item('commencement').articles).toEqual(expect.arrayContaining(['17', '18']));
    expect(item('commencement').sections).toEqual(['s-commencement']);
  });

  it('warns when a fixed commencement date falls after entry into force', async () => {
    const {warnings} = await build('stockpiling-state', (a) => {
      a.params['commencement.mode'] = 'date-or-assent';
      a.params['commencement.date'] = '2027-07-01';
    });
    expect(warnings).toContain('[commences-after-convention]');
  });
});

describe('12. every section says, in the Government’s voice, why it is there', () => {
  it('each section and schedule note has a Policy: paragraph, in the third person and without campaign words', () => {
    const structure = analyseModel(model);
    for (const clause of structure.clauses.values()) {
      if (clause.kind !== 'section') continue;
      const policy = /(?:^|\n)Policy: ([^\n]+)/.exec(clause.notes.join('\n'))?.[1];
      expect(policy, clause.id).toBeTruthy();
      expect(policy, clause.id).not.toMatch(/\b(you|your|we|our)\b/i);
      expect(policy, clause.id).not.toMatch(/\bstrong\b|Coalition|Human Rights Watch|campaign/i);
    }
    expect(modelText.match(/^Policy: /gm)).toHaveLength(
      [...structure.clauses.values()].filter((c) => c.kind === 'section' || c.kind === 'schedule').length
    );
  });
});

describe('13. money: one currency, asked once; printed as the State prints it', () => {
  it('a bare amount takes the State’s currency from the answers; the symbol is defined once', async () => {
    const {bill, warnings} = await build('generic-small-state', (a) => {
      a.params['currency.code'] = 'WST';
      a.params['currency.symbol'] = 'T';
      a.params['currency.name'] = 'Samoan tālā';
      a.params['penalty.individual.fine'] = 50000;
    });
    expect(bill).toContain('**T** means Samoan tālā;');
    expect(bill.match(/\*\*T\*\* means/g)).toHaveLength(1);
    expect(section(bill, 'Penalties')).toContain('a fine not exceeding T50,000');
    expect(warnings).not.toContain('mixed-currencies');
  });

  it('warns when one bill mixes currencies', async () => {
    const {warnings} = await build('generic-small-state', (a) => {
      a.params['penalty.individual.fine'] = 'NZD 500000';
    });
    expect(warnings).toMatch(
      /warning: Unexpected amounts in another currency than the State's \(XCD\): `penalty\.individual\.fine` NZD 500,000.*\[mixed-currencies\]/
    );
  });

  it('warns when a penalty-units profile ignores a money answer', async () => {
    const {warnings} = await build('affected-coalition-state', (a) => {
      a.params['penalty.individual.fine'] = 100000;
    });
    expect(warnings).toContain(
      '`penalty.individual.fine` is not printed: this bill states fines in penalty units (`penalty.style: penalty-units`, from profile westminster-ag); give `penalty.individual.units` instead'
    );
  });

  it('rejects 1e300, more decimals than the currency has, and unknown keys, each at its position', async () => {
    const dir = tempDir('ccm-money-');
    const answers = example('generic-small-state');
    const text = `${stringify(answers)}`.replace(
      'params:\n',
      'params:\n  penalty.individual.fine: 1e300\n  penalty.body_corporate.fine: 500.123\n  penalty.lesser.fine: {amount: 10, currency: XCD, foo: 1}\n'
    );
    writeFileSync(path.join(dir, 'a.yaml'), text);
    const run = ccm(['build', '--answers', 'a.yaml', '--out', 'out'], {cwd: dir});
    expect(run.code).toBe(2);
    const line = (key: string) => text.split('\n').findIndex((l) => l.includes(key)) + 1;
    expect(run.stderr).toContain(
      `a.yaml:${line('penalty.individual.fine')}:28: Unexpected amount 1e+300 for \`penalty.individual.fine\`, above the largest amount accepted`
    );
    expect(run.stderr).toContain(
      `a.yaml:${line('penalty.body_corporate.fine')}:32: Unexpected amount 500.123 for \`penalty.body_corporate.fine\`: XCD amounts have at most 2 decimal places`
    );
    expect(run.stderr).toMatch(
      new RegExp(
        `a\\.yaml:${line('penalty.lesser.fine')}:\\d+: Unexpected key \`foo\` in the amount of money for \`penalty\\.lesser\\.fine\``
      )
    );
    expect(run.stderr).toContain('Nothing was written.');
  });
});

describe('14. a State with no armed forces', () => {
  it('leaves out the joint-operations item and every "member of the armed forces"', async () => {
    const {bill, result} = await build('generic-small-state', (a) => {
      a.state['armed_forces'] = false;
      delete a.items['military-measures'];
    });
    expect(bill).not.toMatch(/member of the armed forces/i);
    expect(bill).not.toContain('any defence force maintained by the Government');
    expect(result.draft.resolution.items.get('joint-operations')?.status).toBe('not-applicable');
    expect(result.draft.resolution.items.get('military-measures')?.status).toBe('not-applicable');
    expect(section(bill, 'Application of Act in and outside the Republic of Examplia')).toContain(
      '(c) a body corporate incorporated or established under the law of the Republic of Examplia; or'
    );
  });
});

describe('15. names the Act prints after "the"', () => {
  it('drops a "the" typed into such a name and warns, so the bill never reads "the the"', async () => {
    const {bill, warnings} = await build('generic-small-state', (a) => {
      a.params['authority.name'] = 'the Ministry of Foreign Affairs';
      a.params['minister.title'] = 'The Minister of Foreign Affairs';
    });
    expect(bill).not.toMatch(/\bthe the\b/i);
    expect(bill).toContain('**national authority** means the Ministry of Foreign Affairs;');
    expect(warnings).toMatch(/Unexpected "the" at the start of `authority\.name`.*\[leading-article\]/);
    expect(warnings).toMatch(/Unexpected "the" at the start of `minister\.title`.*\[leading-article\]/);
  });
});

describe('16. the example build prints one quiet success line', () => {
  it('one line on stdout with the draft’s path, nothing on stderr; defaults and open items are in the gap report', () => {
    const dir = tempDir('ccm-quiet-');
    const run = ccm(['build', '--answers', path.join(root, 'examples', 'generic-small-state.yaml'), '--out', 'out'], {cwd: dir});
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^Wrote out\/draft-bill\.md \(\d+ sections\); \d+ values taken from defaults: see out\/gap-report\.md\.\n$/);
    expect(readFileSync(path.join(dir, 'out', 'gap-report.md'), 'utf8')).toContain('(`params.country.name`)');
  });
});
