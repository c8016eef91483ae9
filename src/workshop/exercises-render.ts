/**
 * The words of an exercise pack: a sheet per exercise for the participants
 * (the State's situation, the task, where the bill is), the trainer's answer
 * key (each planted gap: where, what the bill says and what the model says,
 * the Convention article, why it matters, and what `ccm-draft gap` finds),
 * and the pack's README. Everything the key says comes from the planted
 * gaps, the catalogue and the gap analysis of the two bills.
 */
import {componentInfo} from '../gap/catalogue.js';
import {formatDate} from '../model/params.js';
import {bold, code, type SheetBlock, type SheetRun} from './blocks.js';
import type {Exercise, PlantedGap} from './exercises.js';

/** File names of exercise `n` (two digits). */
export function exerciseFiles(n: number): {bill: string; billHtml: string; sheet: string} {
  const nn = String(n).padStart(2, '0');
  return {bill: `exercise-${nn}.md`, billHtml: `exercise-${nn}-bill.html`, sheet: `exercise-${nn}.html`};
}

const howMany = (n: number) => (n === 1 ? 'one provision was' : 'two provisions were');

/** The participant's sheet for one exercise. */
export function exerciseSheet(exercise: Exercise): SheetBlock[] {
  const files = exerciseFiles(exercise.plan.number);
  const n = exercise.gaps.length;
  return [
    {kind: 'title', text: `Exercise ${exercise.plan.number}: spot the gap`},
    {kind: 'meta', runs: [`${exercise.title} of ${exercise.plan.state} (an invented State)`]},
    {kind: 'heading', text: 'The State'},
    {
      kind: 'paragraph',
      runs: [
        `${capital(exercise.plan.state)} has never held cluster munitions, has no contaminated areas and no known victims, and its armed forces take no part in operations with States not party. The Convention entered into force for it on ${formatDate(exercise.plan.answers.state.entry_into_force!, exercise.dateFormat)}. So its bill has no Parts on stockpile destruction, clearance or victim assistance, no permission to retain cluster munitions for training and no rule on joint operations: `,
        bold('those are not the gaps'),
        '.'
      ]
    },
    {kind: 'heading', text: 'The task'},
    {
      kind: 'paragraph',
      runs: [
        'The bill (',
        {text: files.billHtml, href: files.billHtml},
        ', or ',
        code(files.bill),
        ` in Markdown) was made from the model Act. Then ${howMany(n)} removed or replaced by a near miss: wording close to the model's that does less than the Convention asks. Find ${n === 1 ? 'it' : 'both'}.`
      ]
    },
    {
      kind: 'list',
      ordered: true,
      items: [
        ['Which section (and subsection) is it, or where should it be?'],
        ['What is missing, or what does the wording leave out?'],
        ['Which article of the Convention does the bill then fall short of?'],
        ['Why does it matter in practice: who or what escapes?']
      ]
    },
    ...Array.from({length: n}, (_, i): SheetBlock[] => [
      {kind: 'subheading', text: n === 1 ? 'Your answer' : `Your answer: gap ${i + 1}`},
      {
        kind: 'list',
        items: ['Section', 'What is missing', 'Convention article', 'Why it matters'].map((label) => [
          `${label}: ……………………………………………………………………………………………………`
        ])
      }
    ]).flat(),
    {
      kind: 'paragraph',
      note: true,
      runs: ['When you have finished, check with the tool: ', code(`npx ccm-draft gap ${files.bill}`), ' rates what the bill provides.']
    }
  ];
}

const RATING = (r: string) => r;

function gapItem(g: PlantedGap, n: number): SheetRun[] {
  const info = componentInfo(g.gap.component);
  const runs: SheetRun[] = [bold(`${n}. ${g.gap.title}`), ` (${g.gap.kind === 'removed' ? 'removed' : 'near miss'}; ${g.planted.where}).`];
  if (g.planted.now) runs.push(' The bill reads: ', {text: `“${g.planted.now}”`, italic: true}, '.');
  else
    runs.push(
      g.gap.kind === 'removed'
        ? ' The bill has no such section; the sections after it are numbered on.'
        : ' The bill has no such provision.'
    );
  runs.push(' The model reads: ', {text: `“${g.planted.model}”`, italic: true}, '.');
  runs.push(` Convention article${info.articles.length > 1 ? 's' : ''} ${info.articles.join(', ')}. `, bold('Why it matters: '), g.gap.why);
  runs.push(` A strong law: ${info.strong} Precedent: ${info.precedent}.`);
  runs.push(
    ' ',
    bold(g.found ? 'ccm-draft gap finds it: ' : 'ccm-draft gap does not find it: '),
    `${info.title} ${RATING(g.after.rating)} (without the gap: ${RATING(g.before.rating)}): ${g.after.reason}${g.after.evidence.length ? ` (${g.after.evidence.join(', ')})` : ''}`
  );
  return runs;
}

/** The trainer's answer key for the whole pack. */
export function answerKey(exercises: readonly Exercise[], seed: number): SheetBlock[] {
  const blocks: SheetBlock[] = [
    {kind: 'title', text: 'Spot the gap: answer key'},
    {
      kind: 'meta',
      runs: [
        `For the trainer. Pack of seed ${seed}: ${exercises.length} exercise${exercises.length === 1 ? '' : 's'}; the same seed gives the same pack.`
      ]
    }
  ];
  for (const e of exercises) {
    const files = exerciseFiles(e.plan.number);
    blocks.push({kind: 'heading', text: `Exercise ${e.plan.number}: ${capital(e.plan.state)}`});
    blocks.push({
      kind: 'meta',
      runs: [`${e.title}; `, code(files.bill), `; ${e.gaps.length === 1 ? 'one gap' : 'two gaps'}.`]
    });
    blocks.push({kind: 'list', items: e.gaps.map((g, i) => gapItem(g, i + 1))});
    if (e.alsoReported.length)
      blocks.push({
        kind: 'paragraph',
        note: true,
        runs: [
          'Not planted, but the gap analysis of this bill also rates below strong (the State’s situation, or a choice the short bill makes): ',
          e.alsoReported.map((r) => `${r.title} ${r.rating} (${r.reason.replace(/\.$/, '')})`).join('; '),
          '.'
        ]
      });
  }
  return blocks;
}

/** The pack's README, for the trainer. */
export function packReadme(exercises: readonly Exercise[], seed: number): SheetBlock[] {
  return [
    {kind: 'title', text: 'Spot-the-gap exercises'},
    {
      kind: 'paragraph',
      runs: [
        `${exercises.length} short bills made from the model Act, each with one or two provisions removed or replaced by a near miss. Made by `,
        code(`ccm-draft workshop exercises --seed ${seed}`),
        ': the same seed gives the same pack; another seed, other States and other gaps.'
      ]
    },
    {kind: 'heading', text: 'For each exercise'},
    {
      kind: 'list',
      items: exercises.map((e) => {
        const f = exerciseFiles(e.plan.number);
        return [
          bold(`Exercise ${e.plan.number}`),
          ': the sheet ',
          code(f.sheet),
          ', the bill ',
          code(f.billHtml),
          ' (to print or read on screen) and ',
          code(f.bill),
          ' (to check with the tool).'
        ];
      })
    },
    {kind: 'heading', text: 'Running it'},
    {
      kind: 'list',
      ordered: true,
      items: [
        ['Hand each participant (or pair) an exercise sheet with its bill. About 20 minutes.'],
        [
          'Go through the answers with the key, ',
          code('answer-key.html'),
          ' (also ',
          code('answer-key.md'),
          '): where each gap is, the model’s words, the Convention article and why it matters.'
        ],
        [
          'Let them check with the tool: ',
          code('npx ccm-draft gap exercise-01.md'),
          ' rates the bill; the key says what it finds for each gap.'
        ]
      ]
    },
    {kind: 'paragraph', note: true, runs: ['Keep the answer key away from the participants until the end.']}
  ];
}

function capital(text: string): string {
  return text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}
