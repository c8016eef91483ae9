/**
 * Build the gap report of any Act: read, analyse, and wrap with a summary,
 * the tool and model versions and the date of the run, and the messages
 * about parts that could not be read.
 */
import type {ActDocument} from '../act/types.js';
import type {Bill} from '../bill/model.js';
import {readText} from '../read/index.js';
import {failOnErrors} from '../util/diagnostics.js';
import {version} from '../version.js';
import {analyseAct} from './analyze.js';
import {ACT_REPORT_VERSION, type ActGapReport, type ActRating, GAP_REPORT_SCHEMA_ID} from './types.js';

export {GAP_REPORT_SCHEMA_ID};

/** Options for {@link gapReportForBill}. */
export interface ActReportOptions {
  /** The day of the run (`YYYY-MM-DD`), injected (default: `unknown`). */
  today?: string | undefined;
  /** The version of the model Act the tool bundles (from its front matter). */
  modelVersion?: string | undefined;
}

/** Gap report for an Act already read. */
export function gapReportForBill(bill: Bill, options: ActReportOptions = {}): ActGapReport {
  const {strength, convention, unavailable} = analyseAct(bill);
  const count = <T extends string>(values: T[], keys: readonly T[]): Record<T, number> =>
    Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as Record<T, number>;
  const sections = bill.body.reduce((n, item) => n + (item.kind === 'part' ? item.sections.length : 1), 0);
  return {
    $schema: GAP_REPORT_SCHEMA_ID,
    schemaVersion: ACT_REPORT_VERSION,
    kind: 'act',
    generated: {
      tool: 'ccm-drafter',
      toolVersion: version,
      modelVersion: options.modelVersion ?? 'unknown',
      date: options.today ?? 'unknown'
    },
    act: {path: bill.path, title: bill.title.text, sections, schedules: bill.schedules.length, format: bill.format, unavailable},
    summary: {
      strength: count<ActRating>(
        strength.map((s) => s.rating),
        ['strong', 'partial', 'weak', 'absent', 'cannot-tell']
      ),
      convention: count(
        convention.map((c) => c.status),
        ['implemented', 'partial', 'missing', 'cannot-tell'] as const
      ),
      unreadable: bill.messages.length
    },
    convention,
    strength,
    messages: bill.messages.map((m) => ({
      line: m.line ?? null,
      column: m.column ?? null,
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      reason: m.reason,
      ruleId: m.ruleId ?? null
    }))
  };
}

/** Gap report for an Act's flat view (it carries its Bill). */
export function gapReportForAct(act: ActDocument, options: ActReportOptions = {}): ActGapReport {
  if (!act.bill) throw new Error(`gapReportForAct: ${act.path} has no Bill`);
  return gapReportForBill(act.bill, options);
}

/**
 * Read an Act from Markdown text and build its gap report. Raises an
 * `InputError` (exit 2) when the text is empty or not an Act.
 */
export function gapReportForText(text: string, path: string, options: ActReportOptions = {}): ActGapReport {
  const bill = readText(text, path);
  failOnErrors(bill.messages);
  return gapReportForBill(bill, options);
}

/** The model Act's version, from the `version:` line of its front matter. */
export function modelVersionOf(modelText: string): string {
  return /^version:\s*['"]?([^'"\s]+)/m.exec(modelText.slice(0, 4000))?.[1] ?? 'unknown';
}
