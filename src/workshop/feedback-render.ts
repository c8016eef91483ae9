/**
 * The feedback sheet as words: one list of blocks that the HTML page (here,
 * through hast) and the Word file (`feedback-docx.ts`) both render, so the
 * two always say the same. Values are data: hast and the docx library
 * escape them, nothing is concatenated into markup.
 */
import {formatDate} from '../model/params.js';
import {bold as b, blocksToHtml, code, type SheetBlock, type SheetRun} from './blocks.js';
import type {EditNote, FeedbackSheet, StrongPoint, WeakerPoint} from './feedback.js';

export type {SheetBlock, SheetRun};

const RATING_WORDS: Record<string, string> = {
  strong: 'strong',
  partial: 'partial',
  weak: 'weak',
  absent: 'absent',
  'not-applicable': 'not applicable'
};

const at = (sections: readonly string[]): string => (sections.length ? ` (${sections.join(', ')})` : '');

const articles = (list: readonly string[]): string =>
  list.length === 0 ? '' : `Convention article${list.length > 1 ? 's' : ''} ${list.join(', ')}`;

/**
 * The gap report writes its notes for Markdown (`state.entry_into_force`, a
 * command in backticks): here the backticked parts are code runs, the rest text.
 */
function codeSpans(text: string): SheetRun[] {
  return text.split(/`([^`]+)`/).flatMap((part, i) => (part === '' ? [] : i % 2 === 1 ? [code(part)] : [part]));
}

/** "An offence …" mid-sentence. */
const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text);

const withStop = (text: string): string => (/[.!?][)”"]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function weakerItem(w: WeakerPoint): SheetRun[] {
  // The gap report's reason often names the sections itself ("Public money only (s 12)"); do not say them twice.
  const sections = w.sections.some((s) => new RegExp(`\\b${s.replace(' ', '\\s')}\\b`).test(w.reason)) ? [] : w.sections;
  const why = [articles(w.articles), `The model: ${w.model.replace(/\.$/, '')}`, `Precedent: ${w.precedent}`].filter(Boolean);
  return [
    b(`${w.title}: ${RATING_WORDS[w.rating]}`),
    `${at(sections)}. `,
    ...codeSpans(withStop(w.reason)),
    ' ',
    {text: 'Why it matters: ', italic: true},
    `${why.map(withStop).join(' ')}`
  ];
}

function editItem(e: EditNote, sheet: FeedbackSheet): SheetRun[] {
  const verb = e.change === 'added' ? 'added by hand' : e.change === 'deleted' ? 'deleted by hand' : 'edited by hand';
  const name = [e.section, e.heading].filter(Boolean).join(' ');
  // "The front matter …", "The Schedule …" open the item with a capital; a citation keeps its own ("s 12").
  const runs: SheetRun[] = [b(`${name.replace(/^the\b/, 'The')}: ${verb}`)];
  const where = e.change === 'added' ? 'not from the model' : articles(e.articles);
  if (where) runs.push(` (${where})`);
  runs.push('.');
  if (e.removed.length) runs.push(` Taken out: ${e.removed.map((t) => `“${t}”`).join(', ')}.`);
  if (e.added.length) runs.push(` ${e.change === 'added' ? 'It reads' : 'Put in'}: ${e.added.map((t) => `“${t}”`).join(', ')}.`);
  const text = e.change === 'deleted' ? 'the draft without it' : 'the edited text';
  const changed = e.components.filter((c) => c.asBuilt !== c.asEdited);
  const same = e.components.filter((c) => c.asBuilt === c.asEdited);
  for (const c of changed)
    runs.push(
      ' ',
      b(`${c.title}: ${RATING_WORDS[c.asBuilt]} as built, ${RATING_WORDS[c.asEdited]} in ${text}`),
      ` (the gap analysis: ${c.reason.replace(/\.$/, '')}${c.evidence.length ? `; ${c.evidence.join(', ')}` : ''}).`
    );
  if (same.length)
    runs.push(
      ` ${changed.length ? 'Unchanged' : 'The gap analysis of '.concat(text, ' finds no change')}: ${same.map((c) => `${c.title} ${RATING_WORDS[c.asEdited]}`).join('; ')}.`
    );
  if (e.change === 'added')
    runs.push(
      ` The gap report does not rate text added by hand; the gap analysis of ${sheet.participant}’s draft reads it as part of the Act.`
    );
  return runs;
}

/** A strong component with no section of its own says why ("No retention allowed"), from the gap report's reason. */
function strongPoint(p: StrongPoint): SheetRun[] {
  if (p.sections.length) return [b(p.title), at(p.sections)];
  const why = /^(.*?)(?:\s*\(|:|\.)/.exec(p.reason)?.[1] ?? p.reason;
  return [b(p.title), ` (${lowerFirst(why)})`];
}

/** The sheet, block by block. */
export function sheetBlocks(sheet: FeedbackSheet): SheetBlock[] {
  const date = (iso: string) => formatDate(iso, sheet.dateFormat);
  const blocks: SheetBlock[] = [];
  blocks.push({kind: 'title', text: `Feedback: ${sheet.state}`});
  blocks.push({
    kind: 'meta',
    runs: [
      `${sheet.title} · answers `,
      code(sheet.answers),
      sheet.status === 'edited' ? ' · the draft as edited by hand, read as it is' : ' · the draft as built from the answers',
      ` · build ${sheet.buildId} · deadlines as at ${date(sheet.today)}`
    ]
  });
  const c = sheet.counts;
  blocks.push({
    kind: 'paragraph',
    runs: [
      `Strength components in the gap report${sheet.status === 'edited' ? ' (those of sections changed by hand rated from the text as it is)' : ''}: `,
      b(`${c.strong} strong, ${c.partial} partial, ${c.weak} weak, ${c.absent} absent`),
      `, ${c['not-applicable']} not applicable.`
    ]
  });

  blocks.push({kind: 'heading', text: 'What the draft does strongly'});
  if (sheet.strong.length === 0) blocks.push({kind: 'paragraph', runs: ['No component is rated strong from a decision yet.']});
  else
    blocks.push({
      kind: 'paragraph',
      runs: sheet.strong.flatMap((p, i): SheetRun[] => [i ? '; ' : '', ...strongPoint(p)]).concat('.')
    });
  if (sheet.defaults.length)
    blocks.push({
      kind: 'paragraph',
      note: true,
      runs: [
        'Strong only because the model’s text stands while the item is still open: ',
        sheet.defaults.map((p) => `${p.title}${at(p.sections)}`).join('; '),
        '. Decide them to make them the State’s own.'
      ]
    });
  if (sheet.notApplicable.length)
    blocks.push({
      kind: 'paragraph',
      note: true,
      runs: [`Not applicable to ${sheet.state} (not a gap): ${sheet.notApplicable.map((p) => p.title).join('; ')}.`]
    });

  blocks.push({kind: 'heading', text: 'Weaker than the model, and why it matters'});
  if (sheet.weaker.length === 0) blocks.push({kind: 'paragraph', runs: ['Nothing: every applicable component is as strong as the model.']});
  else blocks.push({kind: 'list', items: sheet.weaker.map(weakerItem)});

  blocks.push({kind: 'heading', text: 'Open questions'});
  const open: SheetRun[] = [];
  if (sheet.open.length)
    open.push(
      `Not decided yet (${sheet.open.length}): `,
      sheet.open.map((q) => q.title.replace(/\?$/, '')).join('; '),
      `. Answer ${sheet.open.length === 1 ? 'it' : 'them'} with `,
      code(sheet.command),
      '.'
    );
  else open.push('Every checklist item and state question is answered.');
  if (sheet.openValues)
    open.push(
      ` ${sheet.openValues} value${sheet.openValues === 1 ? ' was' : 's were'} taken from the profile’s or the model’s defaults: confirm ${sheet.openValues === 1 ? 'it' : 'them'} (the gap report lists each).`
    );
  blocks.push({kind: 'paragraph', runs: open});

  blocks.push({kind: 'heading', text: `Deadlines for ${sheet.state}`});
  if (sheet.deadlinesNote) blocks.push({kind: 'paragraph', runs: codeSpans(sheet.deadlinesNote)});
  if (sheet.deadlines.length)
    blocks.push({
      kind: 'list',
      items: sheet.deadlines.map((d) => [`${d.title} (Art ${d.article}): `, b(date(d.date)), d.passed ? ', passed' : ''])
    });
  if (sheet.skippedDeadlines.length)
    blocks.push({
      kind: 'paragraph',
      note: true,
      runs: [
        `Do not apply: ${sheet.skippedDeadlines.map((d) => `${d.title} (Art ${d.article}): ${d.reason.replace(/\.$/, '')}`).join('; ')}.`
      ]
    });

  if (sheet.edits.length) {
    blocks.push({kind: 'heading', text: 'Hand edits, against the model'});
    blocks.push({kind: 'list', items: sheet.edits.map((e) => editItem(e, sheet))});
  }
  blocks.push({
    kind: 'paragraph',
    note: true,
    runs: [
      `From ${sheet.participant}/draft-bill.md, its build record and its gap report (build ${sheet.buildId}). Ratings are the gap report’s: strong as the best national laws, partial, weak, absent${sheet.status === 'edited' ? '; the components of sections changed by hand are rated from the text as it is, the rest as built' : ''}.`
    ]
  });
  return blocks;
}

// ------------------------------------------------------------------ HTML

/** The stylesheet of the workshop's one-page documents (screen, and A4 portrait in print). */
export const sheetCss = `
*{box-sizing:border-box}
body{font:14px/1.35 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1c1f23;max-width:52rem;margin:1rem auto;padding:0 1rem}
h1{font-size:1.35rem;margin:0 0 .15rem}
h2{font-size:1rem;margin:.7rem 0 .2rem;border-bottom:1px solid #c9ced6}
p{margin:.2rem 0}
p.meta{color:#4b5563;font-size:.85rem;margin-bottom:.4rem}
p.note{color:#4b5563;font-size:.9rem}
ul{margin:.2rem 0;padding-left:1.1rem}
li{margin:.1rem 0}
code{font:.85em ui-monospace,Menlo,Consolas,monospace;background:#f1f3f5;padding:0 .2em}
@page{size:A4 portrait;margin:11mm 12mm}
@media print{body{font-size:9.5px;line-height:1.28;margin:0;padding:0;max-width:none}h1{font-size:15px}h2{font-size:11px;margin:.45rem 0 .1rem;break-after:avoid}p.meta,p.note{font-size:9px}li,p{break-inside:avoid}}`;

/** The sheet as one self-contained, printable HTML page (no script, no network). */
export function renderSheetHtml(sheet: FeedbackSheet, language = 'en'): string {
  return blocksToHtml(sheetBlocks(sheet), {title: `Feedback: ${sheet.state}`, css: sheetCss, language});
}
