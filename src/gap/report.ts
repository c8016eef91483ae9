/**
 * Build the gap report of any Act: read, analyse, and wrap with a summary
 * and the messages about parts that could not be read.
 */
import type {ActDocument} from '../act/types.js';
import {flatView} from '../act/view.js';
import {readText} from '../read/index.js';
import {failOnErrors} from '../util/diagnostics.js';
import {analyseAct} from './analyze.js';
import {GAP_REPORT_SCHEMA_ID, GAP_REPORT_VERSION, type ActGapReport, type Rating} from './types.js';

export {GAP_REPORT_SCHEMA_ID};

/** Identifier of the JSON Schema the report follows. */

/** Gap report for an Act already read. */
export function gapReportForAct(act: ActDocument): ActGapReport {
  const {strength, convention} = analyseAct(act);
  const count = <T extends string>(values: T[], keys: readonly T[]): Record<T, number> =>
    Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as Record<T, number>;
  return {
    $schema: GAP_REPORT_SCHEMA_ID,
    schemaVersion: GAP_REPORT_VERSION,
    kind: 'act',
    act: {path: act.path, title: act.title, sections: act.sections.length, schedules: act.schedules.length},
    summary: {
      strength: count<Rating>(
        strength.map((s) => s.rating),
        ['strong', 'partial', 'weak', 'absent']
      ),
      convention: count(
        convention.map((c) => c.status),
        ['implemented', 'partial', 'missing'] as const
      ),
      unreadable: act.messages.length
    },
    convention,
    strength,
    messages: act.messages.map((m) => ({
      line: m.line ?? null,
      column: m.column ?? null,
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      reason: m.reason,
      ruleId: m.ruleId ?? null
    }))
  };
}

/**
 * Read an Act from Markdown text and build its gap report. Raises an
 * `InputError` (exit 2) when the text is empty or not an Act.
 */
export function gapReportForText(text: string, path: string): ActGapReport {
  const act = flatView(readText(text, path));
  failOnErrors(act.messages);
  return gapReportForAct(act);
}
