/**
 * Starting a workshop from nothing: one answers file per participant, from a
 * jurisdiction profile, named by State where the trainer gives the States,
 * and a README in plain words for the participants (how to run the wizard
 * on their file, how to hand it back). Pure: the use case reads the profile
 * and writes the files.
 */
import type {RootContent} from 'mdast';
import type {AnswersFile} from '../answers/file.js';
import {answersSchemaVersion, serializeAnswers} from '../answers/file.js';
import type {Profile} from '../answers/profile.js';
import {bulletList, code, heading, paragraph, stringifyMarkdown, strong, table} from '../report/markdown.js';
import {renameState} from '../wizard/steps.js';

/** One participant of a new workshop. */
export interface NewParticipant {
  /** File name without `.yaml`, and the name of their draft folder. */
  id: string;
  /** The State, when the trainer named it. */
  state: string | null;
}

/** A State's name as a file name: `Côte d'Ivoire` → `cote-d-ivoire`. */
export function fileNameFor(state: string): string {
  return state
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** `participant-01` … `participant-30`: numbered to sort in order. */
export function numberedId(index: number, count: number): string {
  return `participant-${String(index + 1).padStart(Math.max(2, String(count).length), '0')}`;
}

/**
 * A participant's answers: the jurisdiction, and the State's name with the
 * profile's other names renamed to it ("the Examplia Police Force" → "the
 * Aland Police Force"), as the wizard does when a drafter names the State.
 * Everything else is left for the wizard to ask.
 */
export function newAnswers(profile: Profile, jurisdiction: string, state: string | null): Omit<AnswersFile, 'messages' | 'yaml' | 'path'> {
  const params: Record<string, unknown> = {};
  const from = profile.params['country.name'];
  if (state !== null) {
    params['country.name'] = state;
    if (typeof from === 'string')
      for (const [name, value] of Object.entries(profile.params)) {
        if (name === 'country.name' || typeof value !== 'string') continue;
        const renamed = renameState(value, from, state);
        if (renamed !== undefined) params[name] = renamed;
      }
  }
  return {schema: answersSchemaVersion, jurisdiction, state: {}, items: {}, params};
}

/** The header comment of a participant's answers file. */
export function answersHeader(p: NewParticipant): string {
  return [
    `Answers file of ${p.state ?? p.id} for a ccm-drafter workshop.`,
    `Fill it in with: npx ccm-draft wizard --answers ${p.id}.yaml --out ${p.id}`,
    'Then hand this file back to the trainer (with the folder of your draft if you edited it). See README.md.'
  ].join('\n');
}

/** The participants' README, in plain words. */
export function participantsReadme(participants: readonly NewParticipant[], profile: Profile, jurisdiction: string): string {
  const example = participants[0]!;
  const out: RootContent[] = [
    heading(1, 'Drafting workshop: your answers file'),
    paragraph(
      'Each participant has one file in this folder, named after their State. It holds your answers to the questions a drafter of a national law on cluster munitions must decide. You fill it in with a program, the ',
      strong('wizard'),
      ', which asks one question at a time, explains why it asks, and saves every answer at once. At the end it writes a draft bill for your State.'
    ),
    paragraph(
      'The files start from the drafting conventions of the profile ',
      strong(profile.name),
      ' (',
      code(jurisdiction),
      '): the names of the Minister, the courts, the currency and how penalties are written. The wizard suggests them; change any of them to your State’s.'
    ),
    heading(2, 'Who has which file'),
    table(
      ['Participant', 'Your file', 'The command to type'],
      participants.map((p) => [p.state ?? `(your State: the wizard asks its name)`, [code(`${p.id}.yaml`)], [code(commandFor(p))]])
    ),
    heading(2, 'Before you start'),
    paragraph(
      'The trainer has installed ccm-drafter on your computer. To check, open a terminal (on Windows: the ',
      strong('Command Prompt'),
      ' or ',
      strong('PowerShell'),
      '; on a Mac: ',
      strong('Terminal'),
      '), go into this folder and type ',
      code('npx ccm-draft --version'),
      '. It prints a version number. If it prints an error instead, ask the trainer.'
    ),
    paragraph(
      'To go into this folder: type ',
      code('cd '),
      ' (with a space after it), drag the folder from your file manager into the terminal window, and press Enter.'
    ),
    heading(2, 'Fill in your file'),
    bulletList([
      ['Type the command for your file (see the table above), for example ', code(commandFor(example)), ', and press Enter.'],
      [
        'Answer each question. Use the arrow keys and Enter to choose; type the answer where it asks for text. To go back one question, choose ',
        strong('← Back'),
        ' or type ',
        code('<'),
        '.'
      ],
      ['If you do not know an answer yet, choose ', strong('Don’t know yet'), '. The question stays open, and the gap report lists it.'],
      [
        'To stop, press ',
        strong('Ctrl-C'),
        '. Nothing is lost: every answer is already saved in your file. Type the same command again to carry on where you stopped.'
      ],
      [
        'At the end the wizard shows all your answers so you can change any of them, then writes your draft bill into a folder with the name of your file (',
        code(`${example.id}/draft-bill.md`),
        ') with its gap report and explanatory note.'
      ]
    ]),
    heading(2, 'Changing the wording by hand (optional)'),
    paragraph(
      'You may open your draft (',
      code(`${example.id}/draft-bill.md`),
      ') in any text editor and change its words. Keep each section’s heading line as it is (it starts with ',
      code('###'),
      ' and the section number), and do not change or delete ',
      code('draft-bill.build.json'),
      ' beside it: it lets the trainer see which sections you changed by hand. If you change your answers later, run the wizard again; it writes a new draft, and you make your hand changes again.'
    ),
    heading(2, 'Hand it back'),
    bulletList([
      ['Give the trainer your answers file (', code(`${example.id}.yaml`), ') under the same name.'],
      [
        'If you changed your draft by hand, also give the whole folder of your draft (',
        code(`${example.id}/`),
        '), under the same name. Otherwise the folder is not needed: the trainer builds your draft from your answers.'
      ]
    ]),
    heading(2, 'For the trainer'),
    paragraph(
      'Put the files you get back into this folder, as they are, and run ',
      code('npx ccm-draft workshop <this folder>'),
      '. It writes each participant’s bill, gap report, explanatory note and feedback sheet into ',
      code('out/<name>/'),
      ', and the room’s matrix into ',
      code('out/matrix.html'),
      '. Running it again rebuilds only what changed.'
    )
  ];
  return stringifyMarkdown(out);
}

/** The wizard command for a participant's file. */
export function commandFor(p: NewParticipant): string {
  return `npx ccm-draft wizard --answers ${p.id}.yaml --out ${p.id}`;
}

/**
 * The answers text of a new participant. The empty `state` and `items` are
 * left out rather than written `{}`: the wizard keeps a file's own layout,
 * and would otherwise write every answer into that one flow-style line.
 */
export function answersText(p: NewParticipant, profile: Profile, jurisdiction: string): string {
  return serializeAnswers(newAnswers(profile, jurisdiction, p.state), answersHeader(p)).replace(/^(state|items): \{\}\n/gm, '');
}
