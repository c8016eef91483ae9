/**
 * A participant's hand edits, read the way compare and the matrix read them:
 * the sections of their draft are matched to the build record beside it
 * (`attachProvenance`: by number and heading, then heading, then number), a
 * section whose printed text no longer matches the record's fingerprint was
 * edited, a recorded section not found was deleted, a section with no
 * record was added. When the text as built is at hand (the workshop built
 * the same bill from the same answers), compare's word-level redline says
 * what changed in each.
 */
import type {ActDocument, ActSection} from '../act/types.js';
import type {BuildRecord, RecordSection} from '../bill/record.js';
import {compareActs} from '../compare/compare.js';
import {normalizeHeading} from '../compare/normalize.js';
import {attachProvenance, matchesHash, provenanceFromRecord} from '../compare/provenance.js';
import {boundedRedline} from '../compare/redline.js';

/** One section changed by hand. */
export interface HandEdit {
  change: 'edited' | 'deleted' | 'added';
  /** `s 12`: the number in the participant's draft (edited, added) or as built (deleted). */
  section: string;
  heading: string;
  /** The model clause the section was built from (null for an added section). */
  clauseId: string | null;
  /** The record's entry for the section (null for an added section). */
  recorded: RecordSection | null;
  /** Words taken out and put in, from compare's redline (empty when the text as built is not at hand). */
  removed: string[];
  added: string[];
}

/** What reading a draft against its record gives. */
export interface DraftAgainstRecord {
  edits: HandEdit[];
  /** Where each recorded section is in the draft now (`12`), by model clause id; deleted ones are absent. */
  numbers: Map<string, string>;
  /** Clause ids of recorded sections edited or deleted by hand. */
  touched: Set<string>;
}

/** Words shown per side of a redline, and the longest quote: a feedback sheet is one page. */
const MAX_PIECES = 3;
const MAX_QUOTE = 110;

function quote(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > MAX_QUOTE ? `${folded.slice(0, MAX_QUOTE - 1).trimEnd()}…` : folded;
}

/** `s 12 edited`, `s 14 (Stockpiling by foreign States) deleted`, `s 29 added`: the matrix's words for the same edits. */
export function describeEdit(edit: HandEdit): string {
  return edit.change === 'deleted' && edit.heading ? `${edit.section} (${edit.heading}) deleted` : `${edit.section} ${edit.change}`;
}

/**
 * Read a draft against the record it was built with. `asBuilt`, when given,
 * is the same bill as the tool printed it (its sections carry the record's
 * fingerprints), for the redlines.
 */
export function readAgainstRecord(draft: ActDocument, record: BuildRecord, asBuilt?: ActDocument): DraftAgainstRecord {
  const provenance = provenanceFromRecord(record, '');
  const origins = attachProvenance(draft, provenance);
  const found = new Map<string, {index: number; edited: boolean}>();
  for (const [index, origin] of origins) found.set(origin.clauseId, {index, edited: origin.handEdited});
  const numbers = new Map<string, string>();
  for (const [clauseId, here] of found) numbers.set(clauseId, draft.sections[here.index]!.number);

  const redlines = new Map<string, {removed: string[]; added: string[]}>();
  if (asBuilt) {
    const result = compareActs(asBuilt, draft, {baseProvenance: provenance, otherProvenance: provenance});
    for (const change of result.changes) {
      if (!change.redline) continue;
      const removed = change.redline.filter((s) => s.op === 'delete' && s.text.trim()).map((s) => quote(s.text));
      const added = change.redline.filter((s) => s.op === 'insert' && s.text.trim()).map((s) => quote(s.text));
      const other = change.other[0];
      const base = change.base[0];
      // Schedules carry no clause id in compare: they are matched to the record by kind here.
      const schedule =
        (other ?? base)?.kind === 'schedule'
          ? record.sections.find((x) => x.kind === 'schedule' && x.number === (other ?? base)!.number)?.id
          : undefined;
      const key = schedule ?? other?.clauseId ?? base?.clauseId ?? (other ? `added:${other.number}` : '');
      if (key) redlines.set(key, {removed: removed.slice(0, MAX_PIECES), added: added.slice(0, MAX_PIECES)});
    }
  }

  const edits: HandEdit[] = [];
  const touched = new Set<string>();
  for (const s of record.sections) {
    if (s.kind !== 'section') continue;
    const here = found.get(s.id);
    if (!here) {
      touched.add(s.id);
      edits.push({change: 'deleted', section: `s ${s.number}`, heading: s.heading, clauseId: s.id, recorded: s, removed: [], added: []});
    } else if (here.edited) {
      touched.add(s.id);
      const section = draft.sections[here.index]!;
      const red = redlines.get(s.id);
      edits.push({
        change: 'edited',
        section: `s ${section.number}`,
        heading: section.heading,
        clauseId: s.id,
        recorded: s,
        removed: red?.removed ?? [],
        added: red?.added ?? []
      });
    }
  }
  // Schedules, by heading (a sole Schedule has no number).
  for (const s of record.sections) {
    if (s.kind !== 'schedule') continue;
    const label = s.number ? `Schedule ${s.number}` : 'the Schedule';
    const here =
      draft.schedules.find((x) => normalizeHeading(x.heading) === normalizeHeading(s.heading)) ??
      (draft.schedules.length === 1 && record.sections.filter((x) => x.kind === 'schedule').length === 1 ? draft.schedules[0] : undefined);
    if (!here) {
      touched.add(s.id);
      edits.push({change: 'deleted', section: label, heading: s.heading, clauseId: s.id, recorded: s, removed: [], added: []});
    } else if (!matchesHash({raw: here.raw} as ActSection, s.textHash)) {
      touched.add(s.id);
      const red = redlines.get(s.id);
      edits.push({
        change: 'edited',
        section: label,
        heading: s.heading,
        clauseId: s.id,
        recorded: s,
        removed: red?.removed ?? [],
        added: red?.added ?? []
      });
    }
  }
  // The front matter (title, long title, enacting formula): the record keeps no fingerprint of it, so it is
  // compared with the bill as built when that is at hand.
  if (asBuilt && (asBuilt.title !== draft.title || asBuilt.preamble !== draft.preamble)) {
    const before = `${asBuilt.title}\n${asBuilt.preamble}`;
    const after = `${draft.title}\n${draft.preamble}`;
    const segments = boundedRedline(before, after).segments;
    edits.unshift({
      change: 'edited',
      section: 'the front matter',
      heading: '(title, long title or enacting formula)',
      clauseId: null,
      recorded: null,
      removed: segments
        .filter((x) => x.op === 'delete' && x.text.trim())
        .map((x) => quote(x.text))
        .slice(0, MAX_PIECES),
      added: segments
        .filter((x) => x.op === 'insert' && x.text.trim())
        .map((x) => quote(x.text))
        .slice(0, MAX_PIECES)
    });
  }
  draft.sections.forEach((section, index) => {
    if (origins.has(index)) return;
    const red = redlines.get(`added:${section.number}`);
    edits.push({
      change: 'added',
      section: `s ${section.number}`,
      heading: section.heading,
      clauseId: null,
      recorded: null,
      removed: [],
      added: red?.added.slice(0, 1) ?? []
    });
  });
  return {edits, numbers, touched};
}

/** Whether two records describe the same printed bill: the same sections with the same printed text, under the same title. */
export function sameBill(a: BuildRecord, b: BuildRecord): boolean {
  if (a.bill.title !== b.bill.title || a.sections.length !== b.sections.length) return false;
  return a.sections.every((s, i) => {
    const t = b.sections[i]!;
    return s.id === t.id && s.number === t.number && s.heading === t.heading && s.textHash === t.textHash;
  });
}
