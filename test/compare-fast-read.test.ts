/**
 * The shortcut reader must give the same sections (numbers, headings, raw
 * text, positions) as reading both texts in full, and the same comparison.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseAct} from '../src/act/parse.js';
import {compareActs} from '../src/compare/compare.js';
import {parsePair} from '../src/compare/fast-read.js';
import {renderJson} from '../src/compare/render-json.js';

function bigAct(n: number, edit: (sections: string[]) => void = () => {}): string {
  const sections: string[] = [];
  for (let i = 1; i <= n; i++) {
    sections.push(
      `### ${i} Heading number ${i}\n\n(1) A person must not do the thing numbered ${i} under this Act or any regulation.\n\n(2) Subsection (1) does not apply to a person acting with lawful authority for purpose ${i}.\n`
    );
  }
  edit(sections);
  const parts: string[] = ['# Cluster Munitions Act 2027\n\nThe Parliament enacts as follows:\n'];
  sections.forEach((s, i) => {
    if (i % 20 === 0) parts.push(`## Part ${i / 20 + 1} Provisions\n`);
    parts.push(s);
  });
  parts.push('## Schedule 1 Convention\n\nArticle 1 General obligations and scope of application.\n');
  return parts.join('\n');
}

const strip = (act: ReturnType<typeof parseAct>) =>
  [...act.sections, ...act.schedules].map((s) => ({
    number: s.number,
    heading: s.heading,
    raw: s.raw,
    start: s.start,
    end: s.end,
    containers: 'containers' in s ? s.containers : []
  }));

describe('parsePair', () => {
  const base = bigAct(300);
  const other = bigAct(300, (s) => {
    s[10] = s[10]!.replace('lawful authority', 'written authority');
    s.splice(50, 1);
    const [moved] = s.splice(100, 1);
    s.splice(200, 0, moved!);
    s.splice(120, 0, '### 121A Inserted section\n\n(1) A new rule applies to everyone.\n');
  });

  it('takes the shortcut and reads the same sections as a full read', () => {
    const pair = parsePair(base, 'a.md', other, 'b.md');
    expect(pair.reduced).toBe(true);
    expect(pair.keys.size).toBeGreaterThan(500);
    expect(strip(pair.base)).toEqual(strip(parseAct(base, 'a.md')));
    expect(strip(pair.other)).toEqual(strip(parseAct(other, 'b.md')));
    // Sections read in full keep their text.
    const full = parseAct(other, 'b.md');
    const changed = pair.other.sections.find((s) => s.number === '11')!;
    expect(changed.text).toBe(full.sections.find((s) => s.number === '11')!.text);
  });

  it('gives the same comparison as a full read', () => {
    const pair = parsePair(base, 'a.md', other, 'b.md');
    const fast = compareActs(pair.base, pair.other, {keys: pair.keys});
    const withoutOrder = (act: ReturnType<typeof parseAct>) => ({
      ...act,
      messages: act.messages.filter((m) => m.ruleId !== 'section-out-of-order')
    });
    const slow = compareActs(withoutOrder(parseAct(base, 'a.md')), withoutOrder(parseAct(other, 'b.md')));
    expect(renderJson(fast)).toBe(renderJson(slow));
    expect(fast.summary).toMatchObject({modified: 1, removed: 1, added: 1, moved: 1});
  });

  it('reads small or fenced texts in full', () => {
    expect(parsePair('### 1 A\n\nText.\n', 'a', '### 1 A\n\nText.\n', 'b').reduced).toBe(false);
    expect(parsePair(`${base}\n\`\`\`\ncode\n\`\`\`\n`, 'a', other, 'b').reduced).toBe(false);
  });

  it('maps warnings back to original lines', () => {
    // A changed section with a repeated label: read in full, so its warning comes, at the right line.
    const dup = bigAct(300, (s) => (s[150] = `${s[150]!}\n(1) Repeated label.\n`));
    const pair = parsePair(base, 'a.md', dup, 'b.md');
    expect(pair.reduced).toBe(true);
    const fullMessages = parseAct(dup, 'b.md')
      .messages.filter((m) => m.ruleId !== 'section-out-of-order')
      .map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(pair.other.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(fullMessages);
    expect(fullMessages.length).toBeGreaterThan(0);
  });
});

describe('parsePair on real bills and Acts', () => {
  const dirs = ['test/fixtures/bills', 'test/fixtures/acts', 'test/fixtures/compare', 'test/fixtures/matrix'];
  const files: string[] = [];
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, {recursive: true}) as string[])
      if (entry.endsWith('.md') && !entry.includes('golden')) files.push(`${dir}/${entry}`);
  }
  it.each(files)('%s: same sections as a full read, or a full read', (file) => {
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf(' the ', Math.floor(text.length * 0.6));
    const edited = at === -1 ? `${text}\nExtra line.\n` : `${text.slice(0, at)} THE ${text.slice(at + 5)}`;
    const pair = parsePair(text, 'a.md', edited, 'b.md', {minSize: 0});
    expect(strip(pair.base)).toEqual(strip(parseAct(text, 'a.md')));
    expect(strip(pair.other)).toEqual(strip(parseAct(edited, 'b.md')));
    // Bills in the tool's own layout take the shortcut.
    if (file.includes('/bills/') || file.includes('/draft/')) expect(pair.reduced).toBe(true);
  });
});
