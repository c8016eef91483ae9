/**
 * Warnings about when the bill's Act comes into force, against the day of the
 * build, the day the Convention binds the State (Article 17(2)) and the
 * deadlines the bill itself prints:
 * - `commences-in-past`: a fixed or long-stop date on or before the day of
 *   the build (the offences would reach back before the Act was passed);
 * - `commences-after-convention`: a fixed or long-stop date after entry into
 *   force, or commencement by notice with no end date at all. The advice
 *   never names a date in the past: once the Convention binds the State, the
 *   remedy is commencement on assent, or a long-stop date after the Bill can
 *   be passed, not a date on or before entry into force;
 * - `deadline-before-commencement`: a deadline the bill prints (stockpile
 *   destruction, clearance) that falls before the latest day the Act can come
 *   into force, or that a notice with no end date could pass.
 * A warning, not a refusal: `today` is the day of the build, not of enactment.
 */
import type {VFileMessage} from 'vfile-message';
import type {AnswersFile} from '../answers/file.js';
import type {Profile} from '../answers/profile.js';
import type {Draft} from '../assemble/index.js';
import {formatIsoDate} from '../util/dates.js';
import {diagnostic} from '../util/diagnostics.js';

/** Deadlines a bill can print, each with what it is a deadline for and the Article that sets it. */
const DEADLINES: ReadonlyArray<{param: string; section: string; what: string; article: string}> = [
  {param: 'stockpile.deadline', section: 's-stockpile-destruction', what: 'stockpiles to be destroyed', article: '3(2)'},
  {param: 'clearance.deadline', section: 's-clearance', what: 'contaminated areas to be cleared', article: '4(1)(a)'}
];

/** The commencement warnings for a built draft (see the module comment). */
export function commencementWarnings(draft: Draft, files: {answers: AnswersFile; profile: Profile}, today: Date): VFileMessage[] {
  const {values} = draft.resolution;
  const out: VFileMessage[] = [];
  const warn = (reason: string, name: string, ruleId: string) => {
    const inProfile = values.get(name)?.origin === 'profile';
    const file = inProfile ? files.profile : files.answers;
    out.push(
      diagnostic(reason, {
        file: file.path,
        place: file.yaml?.pointAt(['params', name]),
        ruleId,
        source: inProfile ? 'profile' : 'answers',
        fatal: false
      })
    );
  };
  const mode = values.get('commencement.mode')?.value;
  if (typeof mode !== 'string' || !draft.record.sections.some((s) => s.id === 's-commencement')) return out;
  const day = formatIsoDate(today);
  const eif = draft.resolution.state.entry_into_force;
  const bound = eif !== undefined && eif <= day;
  const assent = String(values.get('assent.words')?.value ?? 'receives assent');
  const safeForm = `\`commencement.mode: date-or-assent\` ("on [date] or the day after the date on which it ${assent}, whichever is later")`;
  const param =
    mode === 'date' || mode === 'date-or-assent' ? 'commencement.date' : mode === 'order-long-stop' ? 'commencement.long_stop' : undefined;
  const raw = param ? values.get(param)?.value : undefined;
  const date = typeof raw === 'string' && param && draft.filled.has(param) ? raw : undefined;

  // 1. A date that has gone by: the offences would reach back.
  if (date && param && mode !== 'date-or-assent' && date <= day)
    warn(
      `The Act ${mode === 'date' ? 'comes into force on' : 'comes into force, at the latest, on'} ${date}, on or before the day of this build (${day}): it would come into force before it can be passed, and its offences would reach back to conduct when there was no such law; expected a later date, or ${safeForm}`,
      param,
      'commences-in-past'
    );

  // 2. Later than the day the Convention binds the State, or with no end date at all.
  const gap = 'in between, Article 1 binds the State with no penal sanction in its law (Article 9)';
  if (eif && date && param && date > eif) {
    const when = `The Act comes into force ${mode === 'order-long-stop' ? 'at the latest ' : ''}on ${date}${mode === 'date-or-assent' ? ' (or the day after assent, if later)' : ''}, after the Convention ${bound ? 'entered' : 'enters'} into force for the State (${eif})`;
    warn(
      bound
        ? `${when}: ${gap}. The Convention already binds the State, so no date on or before ${eif} can be given without the offences reaching back; expected commencement on assent (\`commencement.mode: assent\`), or the earliest date the Act can be passed`
        : `${when}: ${gap}; expected a date on or before ${eif}, or commencement on assent`,
      param,
      'commences-after-convention'
    );
  }
  if (eif && mode === 'order')
    warn(
      bound
        ? `The Act comes into force on a date appointed by notice, with no end date, and the Convention has bound the State since ${eif}: nothing in the Act limits how long Article 1 binds the State with no penal sanction in its law (Article 9); expected commencement on assent (\`commencement.mode: assent\`), or a long-stop date soon after the Act can be passed (\`commencement.mode: order-long-stop\`)`
        : `The Act comes into force on a date appointed by notice, with no end date: it can come into force after the Convention enters into force for the State (${eif}), and ${gap}; expected a long-stop date on or before ${eif} (\`commencement.mode: order-long-stop\`), or commencement on assent`,
      'commencement.mode',
      'commences-after-convention'
    );

  // 3. A deadline the bill prints that can pass before the Act (and its duty) is in force.
  const latest = mode === 'date' || mode === 'order-long-stop' ? date : undefined;
  for (const d of DEADLINES) {
    if (!draft.filled.has(d.param)) continue;
    const value = values.get(d.param)?.value;
    if (typeof value !== 'string') continue;
    const where = draft.record.sections.find((s) => s.id === d.section);
    const printed = draft.record.values[d.param]?.printed ?? value;
    const cite = where ? `section ${where.number} requires ${d.what} by ${printed}` : `the bill requires ${d.what} by ${printed}`;
    if (latest && latest > value)
      warn(
        `${cite[0]!.toUpperCase()}${cite.slice(1)} (Article ${d.article}), but the Act may come into force as late as ${latest}: the deadline would pass before the duty binds anyone; expected a commencement date, or long-stop date, no later than ${value}`,
        param!,
        'deadline-before-commencement'
      );
    else if (mode === 'order')
      warn(
        `${cite[0]!.toUpperCase()}${cite.slice(1)} (Article ${d.article}), but the Act comes into force on a date appointed by notice with no end date, so the deadline could pass before the duty binds anyone; expected a long-stop date no later than ${value} (\`commencement.mode: order-long-stop\`), or commencement on assent`,
        'commencement.mode',
        'deadline-before-commencement'
      );
  }
  return out;
}
