/**
 * Convention deadlines as calendar dates (pure date arithmetic, UTC, no
 * clock): every period runs from the date the Convention entered into force
 * for the State (Art 17(2)).
 *
 * Rules (docs/gap-report.md "Deadlines"):
 * - Art 3(2) stockpile destruction: entry into force + 8 years;
 * - Art 4(1)(a) clearance: entry into force + 10 years;
 * - Art 7(1) initial report: entry into force + 180 days;
 * - Art 7(2) annual update: 30 April each year, covering the preceding
 *   calendar year; the first is the first 30 April after the initial report
 *   is due, and the report gives the next one on or after `today`;
 * - Art 3(8) retention report: 30 April of the year after each year of
 *   retention; the first covers the year of entry into force.
 *
 * A period of whole years that starts on 29 February ends on 28 February
 * when the end year is not a leap year (the earlier of the two possible
 * readings, so a State that keeps to it is never late).
 */

/** A calendar date `YYYY-MM-DD` (validated). */
export type IsoDate = string;

import {addDays, addYears, formatIsoDate, parseIsoDate} from '../util/dates.js';

export {addDays, addYears, formatIsoDate, parseIsoDate};

/** Midnight UTC of the calendar day of `date`. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** 30 April of `year`. */
export function april30(year: number): Date {
  return new Date(Date.UTC(year, 3, 30));
}

/** The first 30 April on or after `from`, but never before `notBefore`. */
export function next30April(from: Date, notBefore?: Date): Date {
  const start = notBefore && notBefore.getTime() > from.getTime() ? notBefore : from;
  const candidate = april30(start.getUTCFullYear());
  return candidate.getTime() >= start.getTime() ? candidate : april30(start.getUTCFullYear() + 1);
}

/** The Convention's dates for one State. */
export interface ConventionDates {
  stockpileDestruction: Date;
  clearance: Date;
  initialReport: Date;
  /** First Art 7(2) annual update: the first 30 April after the initial report is due. */
  firstAnnualReport: Date;
  /** Next Art 7(2) annual update on or after `today` (never before the first). */
  nextAnnualReport: Date;
  /** First Art 3(8) retention report: 30 April of the year after entry into force. */
  firstRetentionReport: Date;
  /** Next Art 3(8) retention report on or after `today` (never before the first). */
  nextRetentionReport: Date;
}

/** Compute every deadline from the date of entry into force and today's date. */
export function conventionDates(entryIntoForce: Date, today: Date): ConventionDates {
  const eif = startOfDay(entryIntoForce);
  const now = startOfDay(today);
  const initialReport = addDays(eif, 180);
  const firstAnnualReport = next30April(addDays(initialReport, 1));
  const firstRetentionReport = april30(eif.getUTCFullYear() + 1);
  return {
    stockpileDestruction: addYears(eif, 8),
    clearance: addYears(eif, 10),
    initialReport,
    firstAnnualReport,
    nextAnnualReport: next30April(now, firstAnnualReport),
    firstRetentionReport,
    nextRetentionReport: next30April(now, firstRetentionReport)
  };
}
