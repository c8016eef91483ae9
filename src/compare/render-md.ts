/**
 * Markdown rendering of a comparison: readable as plain text and in any
 * Markdown viewer. Deletions and insertions are `<del>`/`<ins>` so a plain
 * text reader still sees which is which and CommonMark viewers strike and
 * underline them.
 */
import type {CompareResult} from './compare.js';
import {changeKinds} from './compare.js';
import {changeTitle, kindText, refsName, shownChanges, sideText} from './describe.js';
import type {RedlineSegment} from './redline.js';

/** Escape text so Markdown shows it literally (inline and at line starts). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/^([ \t]*)([#+=-])(?=\s|$)/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])(?=\s|$)/gm, '$1\\$2');
}

/** Escape text but keep its code spans (`investment.include = false`) as code. */
export function escapeWithCode(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part.replace(/\|/g, '\\|') : escapeMarkdown(part)))
    .join('');
}

/** Escape for a table cell: one line, no pipes. */
function cell(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, ' '));
}

/**
 * Escape an Act's body text for the redline: the text is Markdown already
 * (bold defined terms, escapes), so it is left to render as such; only what
 * would turn into HTML or an entity is escaped.
 */
export function escapeBody(text: string): string {
  return text
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A redline as Markdown paragraphs. Markers never span a blank line (inline
 * HTML cannot cross paragraphs), so each paragraph piece is wrapped alone.
 */
export function redlineMarkdown(segments: readonly RedlineSegment[]): string {
  let out = '';
  for (const segment of segments) {
    const pieces = segment.text.split(/(\n[ \t]*\n\s*)/);
    pieces.forEach((piece, i) => {
      if (i % 2 === 1) {
        out += '\n\n';
        return;
      }
      if (piece === '') return;
      const text = escapeBody(piece);
      if (segment.op === 'equal') out += text;
      else {
        // Keep outer spaces outside the markers: `<del> word</del>` reads badly.
        const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
        const tag = segment.op === 'insert' ? 'ins' : 'del';
        out += core ? `${lead}<${tag}>${core}</${tag}>${trail}` : text;
      }
    });
  }
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

/** Render a comparison as Markdown. */
export function renderMarkdown(result: CompareResult): string {
  const lines: string[] = [];
  lines.push('# Comparison', '');
  lines.push(
    `- **Base:** \`${result.base.path}\`: ${cell(sideText(result.base))}${result.base.provenance ? `, provenance \`${result.base.provenance}\`` : ''}`
  );
  lines.push(
    `- **Other:** \`${result.other.path}\`: ${cell(sideText(result.other))}${result.other.provenance ? `, provenance \`${result.other.provenance}\`` : ''}`
  );
  if (result.titleChanged)
    lines.push(`- **Title changed:** ${cell(result.base.title || '(none)')} → ${cell(result.other.title || '(none)')}`);
  lines.push('', '## Summary', '', '| Change | Sections |', '|---|---:|');
  for (const kind of changeKinds) lines.push(`| ${kind} | ${result.summary[kind]} |`);
  const shown = shownChanges(result);
  lines.push('');
  if (shown.length === 0) {
    lines.push('No differences: every section is unchanged.', '');
  } else {
    // The "Why" column only when provenance explained something.
    const withWhy = shown.some((c) => c.why.length > 0);
    lines.push(`| # | Change | Base | Other |${withWhy ? ' Why |' : ''}`, `|---:|---|---|---|${withWhy ? '---|' : ''}`);
    shown.forEach((change, i) => {
      const why = change.why.map((w) => escapeWithCode(w.message.replace(/\s*\n\s*/g, ' '))).join('; ');
      lines.push(
        `| [${i + 1}](#${change.id}) | ${kindText(change)} | ${cell(refsName(change.base))} | ${cell(refsName(change.other))} |${withWhy ? ` ${why} |` : ''}`
      );
    });
    lines.push('', '## Changes', '');
    shown.forEach((change, i) => {
      lines.push(`### <a id="${change.id}"></a>${i + 1}. ${escapeMarkdown(changeTitle(change))}: ${kindText(change)}`, '');
      const where = [...change.base.map((r) => `base line ${r.line}`), ...change.other.map((r) => `other line ${r.line}`)].join(', ');
      lines.push(
        `*${where}${change.kind === 'modified' || change.kind === 'split' || change.kind === 'merged' ? `; similarity ${Math.round(change.similarity * 100)}%` : ''}*`,
        ''
      );
      for (const why of change.why) lines.push(`> **Why:** ${escapeWithCode(why.message)}`, '');
      if (change.headingRedline) lines.push(`**Heading:** ${redlineMarkdown(change.headingRedline)}`, '');
      if (change.sideBySide) {
        // Too different for a word redline: the two texts paragraph by paragraph, side by side.
        const rows = Math.max(change.sideBySide.base.length, change.sideBySide.other.length);
        lines.push(`| ${cell(refsName(change.base))} | ${cell(refsName(change.other))} |`, '|---|---|');
        for (let r = 0; r < rows; r++)
          lines.push(`| ${cell(change.sideBySide.base[r] ?? '')} | ${cell(change.sideBySide.other[r] ?? '')} |`);
        lines.push('');
      }
      if (change.redline && change.redline.length > 0) lines.push(redlineMarkdown(change.redline), '');
      else if (change.kind === 'moved' || change.kind === 'renumbered') lines.push('Text unchanged.', '');
    });
  }
  if (result.messages.length > 0) {
    lines.push('## Notes', '');
    for (const m of result.messages)
      lines.push(`- ${cell(`${String(m['file'] ?? '')}${m['line'] ? `:${String(m['line'])}` : ''}: ${String(m['reason'])}`)}`);
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
