/**
 * Link a bill read from Markdown back to the model: the build record
 * `build` writes beside a draft says which model clause each section and
 * numbered provision came from and which Convention articles it implements.
 * The record is read and checked by the one reader (src/bill/read-record.ts);
 * a missing or invalid record just means no links.
 */
import type {VFileMessage} from 'vfile-message';
import {readBuildRecordFor} from '../bill/read-record.js';
import {type BuildRecord, recordPathFor} from '../bill/record.js';
import {diagnostic} from '../util/diagnostics.js';
import type {SizeLimit} from '../util/files.js';
import type {Bill, Provision} from '../bill/model.js';
import {allSections} from '../bill/model.js';

/** What a provision is linked to. */
export interface ProvisionLink {
  /** Model clause ids (a provision may carry more than one). */
  clauses: string[];
  /** Convention articles (`1(1)(c)`), sections only. */
  articles: string[];
}

/** The links of a bill, by `eId`, plus what identifies the build. */
export interface BillLinks {
  byEId: Map<string, ProvisionLink>;
  model?: {id: string; version: string; hash: string} | undefined;
  /** The profile the draft was built with: id, name, ISO 3166-1 country code and language, when the record gives them. */
  jurisdiction?: {id: string; name: string; country?: string | undefined; language?: string | undefined} | undefined;
  /** Resolved values (`country.name`, `legislature.name` …). */
  values: Record<string, unknown>;
  /** The build record the links come from, when there is a valid one. */
  record?: BuildRecord | undefined;
  messages: VFileMessage[];
}

/** `<dir>/<name>.build.json` for `<dir>/<name>.md`. */
export const provenanceFileFor = recordPathFor;

/** Read the build record beside a draft (absent or invalid → empty links, with a warning when invalid; `limit`: its largest size). */
export async function readLinks(draftPath: string, displayPath: string, bill: Bill, limit: SizeLimit = {}): Promise<BillLinks> {
  const read = await readBuildRecordFor(draftPath, displayPath, {
    source: 'export',
    consequence: 'exporting without links to the model',
    maxBytes: limit.maxBytes
  });
  if (!read.record) return {byEId: new Map(), values: {}, messages: read.messages};
  return linkBill(bill, read.record, read.file);
}

/** Link a bill to its build record. Sections are matched by number and heading, so hand renumbering does not link the wrong text. */
export function linkBill(bill: Bill, record: BuildRecord, file: string): BillLinks {
  const links: BillLinks = {
    byEId: new Map(),
    model: {id: record.model.id, version: record.model.version, hash: record.model.hash},
    jurisdiction: {...record.jurisdiction},
    values: Object.fromEntries(Object.entries(record.values).map(([name, v]) => [name, v.value])),
    record,
    messages: []
  };
  const add = (eId: string, clause: string, articles: string[] = []) => {
    const link = links.byEId.get(eId) ?? {clauses: [], articles: []};
    if (!link.clauses.includes(clause)) link.clauses.push(clause);
    for (const a of articles) if (!link.articles.includes(a)) link.articles.push(a);
    links.byEId.set(eId, link);
  };

  const sections = new Map(allSections(bill).map((s) => [s.number, s]));
  const schedules = new Map(bill.schedules.map((s) => [s.number, s]));
  const matched = new Set<string>();
  let unmatched = 0;
  for (const entry of record.sections) {
    const target = entry.kind === 'schedule' ? schedules.get(entry.number) : sections.get(entry.number);
    // The reader folds white space (a line break typed into a value prints as a space): compare folded.
    const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
    if (!target || fold(target.heading) !== fold(entry.heading)) {
      unmatched++;
      continue;
    }
    matched.add(target.eId);
    add(target.eId, entry.id, entry.articles);
  }
  if (unmatched > 0) {
    links.messages.push(
      diagnostic(
        `${unmatched} section(s) in the build record no longer match the draft's numbers and headings; those are exported without links to the model`,
        {file, ruleId: 'provenance-drift', source: 'export', fatal: false}
      )
    );
  }

  // Provisions: "section 9(2)(b)" → the provision at that path, inside a matched section only.
  for (const [clause, citation] of Object.entries(record.citations)) {
    const m = /^section\s+(\S+?)((?:\([0-9a-z]+\))+)$/.exec(citation);
    if (m) {
      const section = sections.get(m[1]!);
      if (!section || !matched.has(section.eId)) continue;
      const labels = m[2]!.match(/[0-9a-z]+/g) ?? [];
      const provision = descend(section.children, labels);
      if (provision) add(provision.eId, clause);
      continue;
    }
    const part = /^Part\s+(\S+)$/.exec(citation);
    if (part) {
      const p = bill.body.find((b) => b.kind === 'part' && b.number === part[1]);
      if (p) add(p.eId, clause);
    }
  }
  return links;
}

function descend(list: readonly Provision[], labels: readonly string[]): Provision | undefined {
  let current: Provision | undefined;
  let children = list;
  for (const label of labels) {
    current =
      children.find((p) => p.label === label) ??
      children
        .filter((p) => p.kind === 'text')
        .flatMap((t) => t.children)
        .find((p) => p.label === label);
    if (!current) return undefined;
    children = current.children;
  }
  return current;
}
