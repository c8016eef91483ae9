/**
 * A document converted to Markdown lines (from Word, HTML or Akoma Ntoso),
 * each line remembering where it came from. After the line reader has read
 * the Markdown, every position in the Bill and in its messages is moved
 * back to the original file.
 */
import type {VFileMessage} from 'vfile-message';
import type {Bill, Provision, Run, SourceFormat, SourcePoint, TextBlock} from '../bill/model.js';
import {readLines} from './machine.js';
import type {ReadMode} from './tree.js';

/** Where a converted line came from. */
export interface Origin {
  line: number;
  column: number;
  offset: number;
}

/** Markdown specials in converted text, escaped so the line reader shows them as text. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>&]/g, '\\$&');
}

/** Lines of Markdown made from another format. */
export class ConvertedLines {
  readonly lines: string[] = [];
  readonly origins: Origin[] = [];
  readonly path: string;
  readonly format: SourceFormat;

  constructor(path: string, format: SourceFormat) {
    this.path = path;
    this.format = format;
  }

  /** Add a block as one line, with a blank line after it (each block is its own paragraph). */
  block(markdown: string, origin: Origin): void {
    const line = markdown.replace(/[\r\n]+/g, ' ').trim();
    if (line === '') return;
    this.lines.push(line, '');
    this.origins.push(origin, origin);
  }

  /** Add lines that belong together (a table's rows), one after the other, with a blank line after the last. */
  rows(lines: readonly string[], origin: Origin): void {
    for (const line of lines) {
      this.lines.push(line.replace(/[\r\n]+/g, ' '));
      this.origins.push(origin);
    }
    this.lines.push('');
    this.origins.push(origin);
  }

  /** Read the lines and move every position back to the original document. */
  read(mode: ReadMode): Bill {
    const bill = readLines(this.lines.join('\n'), {path: this.path, mode, inline: 'markdown', format: this.format});
    const map = (p: SourcePoint | undefined): SourcePoint | undefined => {
      if (!p) return p;
      const origin = this.origins[p.line - 1] ?? this.origins.at(-1) ?? {line: 1, column: 1, offset: 0};
      return {line: origin.line, column: origin.column, offset: origin.offset};
    };
    const mapSpan = <T extends {start: SourcePoint; end: SourcePoint} | undefined>(span: T): T =>
      (span ? {start: map(span.start)!, end: map(span.end)!} : span) as T;
    const mapBlock = (block: TextBlock | undefined): void => {
      if (!block) return;
      block.position = mapSpan(block.position);
      for (const run of block.runs as Run[]) run.start = map(run.start);
    };
    const mapProvisions = (list: Provision[]): void => {
      for (const p of list) {
        p.position = mapSpan(p.position);
        mapBlock(p.block);
        mapProvisions(p.children);
      }
    };
    mapBlock(bill.title);
    mapBlock(bill.longTitle);
    mapBlock(bill.enactingFormula);
    for (const block of bill.preamble) mapBlock(block);
    for (const item of bill.body) {
      item.position = mapSpan(item.position);
      const sections = item.kind === 'part' ? item.sections : [item];
      for (const section of sections) {
        if (section !== item) section.position = mapSpan(section.position);
        mapProvisions(section.children);
      }
    }
    for (const schedule of bill.schedules) {
      schedule.position = mapSpan(schedule.position);
      mapProvisions(schedule.children);
    }
    for (const message of bill.messages) mapMessage(message, map);
    return bill;
  }
}

function mapMessage(message: VFileMessage, map: (p: SourcePoint) => SourcePoint | undefined): void {
  if (message.line === undefined || message.line === null) return;
  const at = map({line: message.line, column: message.column ?? 1, offset: 0})!;
  message.line = at.line;
  message.column = at.column;
  message.place = {line: at.line, column: at.column};
}
