/**
 * Plain-text rendering for the wizard: wrapped paragraphs and the "item card"
 * shown before each checklist question. No colours: the text must read the
 * same in a terminal, a screen reader and a test snapshot.
 */
import type {ChecklistItem, ItemStatus} from '../checklist/load.js';

/** Wrap text to `width` columns, every line starting with `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** A wrapped paragraph whose first line starts with `marker` and the rest align under its text. */
export function bullet(text: string, width: number, marker: string): string {
  const pad = ' '.repeat(marker.length);
  return marker + wrap(text, width, pad).slice(pad.length);
}

/** How each status reads as a choice, and what it asks next. */
export const statusLabels: Record<ItemStatus, {name: string; short: string; description: string}> = {
  act: {
    name: 'Put it in the new Act',
    short: 'in the new Act',
    description: 'The model sections for this item go into the draft bill; you may be asked a few details.'
  },
  'existing-law': {
    name: 'Already covered by existing law (you will cite it)',
    short: 'existing law',
    description: 'Another Act or regulation already does this; you will be asked which one (title and section).'
  },
  administrative: {
    name: 'Handled by an administrative measure (you will name the agency)',
    short: 'administrative measure',
    description: 'A ministry or agency deals with it without legislation; you will be asked which one.'
  },
  'not-applicable': {
    name: 'Does not apply to this State (you will give the reason)',
    short: 'not applicable',
    description: 'The situation does not arise in this State; the reason is recorded in the gap report.'
  },
  'decided-against': {
    name: 'Decided against (you will give the reason)',
    short: 'decided against',
    description: 'The State chose not to do this; the reason is recorded in the gap report.'
  },
  unknown: {
    name: "Don't know yet (leave it open)",
    short: "don't know yet",
    description: 'Nothing is decided; the item stays open in the gap report and you can come back to it later.'
  }
};

/** The question asked for each extra field a status needs. */
export const detailQuestions = {
  citation: {message: 'Which law covers it? (title, year and section)', example: 'for example "Customs Act 1977, s 54"'},
  agency: {message: 'Which agency or ministry handles it?', example: 'for example "Ministry of Foreign Affairs"'},
  reason: {message: 'Why? (a short reason for the record)', example: 'for example "The State has never held cluster munitions"'},
  /** The example for a "decided against" reason (the question is the same): a decision, never a law that covers it. */
  reasonAgainst: {
    message: 'Why? (a short reason for the record)',
    example: 'for example "The Government will review this after the first Article 7 report"'
  }
} as const;

/**
 * The heading line above a question: the one progress counter of the whole
 * interview, then where the question belongs ("Question 24 of 57 · Strong
 * provisions · Transit of cluster munitions").
 */
export function progressLine(progress: string, ...where: Array<string | undefined>): string {
  return [progress, ...where].filter(Boolean).join(' \u00b7 ');
}

/** Everything a drafter needs to see before deciding an item. `progress` is the interview's counter ("Question 24 of 57"). */
export function itemCard(item: ChecklistItem, progress: string, width: number): string {
  const rule = '\u2500'.repeat(Math.min(width, 72));
  const articles = item.articles.length ? `Convention article${item.articles.length > 1 ? 's' : ''} ${item.articles.join(', ')}` : '';
  const lines = [
    '',
    rule,
    progressLine(progress, item.group),
    `${item.title}${articles ? `  (${articles} \u00b7 ${item.kind})` : ''}`,
    '',
    wrap(item.explanation, width)
  ];
  if (item.why) lines.push('', wrap(`Why we ask: ${item.why}`, width));
  if (item.options.length) {
    lines.push('', 'Options, strongest first:');
    for (const option of item.options) {
      lines.push(bullet(`[${option.strength}] ${option.label}`, width, '  \u2022 '));
      if (option.description) lines.push(wrap(option.description, width, '    '));
      for (const precedent of option.precedents) lines.push(bullet(precedent, width, '      - '));
    }
  }
  if (item.stronger) lines.push('', wrap(`Which is stronger: ${item.stronger}`, width));
  lines.push('');
  return lines.join('\n');
}
