/**
 * A guard before parsing Markdown: lists and block quotes nested hundreds deep
 * make the parser run for minutes (lists) or overflow the stack (quotes). No
 * Act nests more than a few levels, so such text is refused with its position.
 */
import type {VFileMessage} from 'vfile-message';
import {diagnostic} from './diagnostics.js';

/** Deepest nesting accepted: columns of indentation before a list marker, or `>` markers on one line. */
export const MAX_NESTING = 100;

/** A message at the first line nested deeper than {@link MAX_NESTING}, or `undefined`. */
export function excessiveNesting(text: string, file: string, source: string): VFileMessage | undefined {
  const lines = text.split(/\r\n?|\n/);
  for (const [index, line] of lines.entries()) {
    const prefix = /^[ \t>]*/.exec(line)![0];
    const quotes = prefix.split('>').length - 1;
    const indent = prefix.replace(/\t/g, '    ').length;
    const list = indent > MAX_NESTING && /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line.slice(prefix.length));
    if (quotes > MAX_NESTING || list) {
      return diagnostic(
        `Unexpected ${quotes > MAX_NESTING ? `block quote nested ${quotes} deep` : `list item indented ${indent} columns`}, expected at most ${MAX_NESTING} levels of nesting`,
        {
          file,
          place: {line: index + 1, column: prefix.length + 1},
          ruleId: 'nesting-too-deep',
          source
        }
      );
    }
  }
  return undefined;
}
