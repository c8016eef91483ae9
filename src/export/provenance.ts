/**
 * Link a bill read from Markdown back to the model: the `.build.json` file
 * `build` writes beside a draft says which model clause each section and
 * numbered provision came from and which Convention articles it implements.
 * Read defensively: a missing or foreign file just means no links.
 */
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {diagnostic} from '../util/diagnostics.js';
import {readSidecarFile} from '../util/files.js';
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
  messages: VFileMessage[];
}

/** `<dir>/<name>.build.json` for `<dir>/<name>.md`. */
export function provenanceFileFor(draft: string): string {
  const parsed = path.parse(draft);
  return path.join(parsed.dir, `${parsed.name}.build.json`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Read the provenance beside a draft (absent → empty links). */
export async function readLinks(draftPath: string, displayPath: string, bill: Bill): Promise<BillLinks> {
  const file = provenanceFileFor(draftPath);
  // A regular file within the size limit only: a pipe or a device named like a provenance file must not hang export.
  const read = await readSidecarFile(file, 'export');
  for (const message of read.messages) message.file = provenanceFileFor(displayPath);
  if (read.text === undefined) return {byEId: new Map(), values: {}, messages: read.messages};
  const raw = read.text;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return {
      byEId: new Map(),
      values: {},
      messages: [
        diagnostic(`Cannot read provenance (${(error as Error).message}); exporting without links to the model`, {
          file: provenanceFileFor(displayPath),
          ruleId: 'bad-provenance',
          source: 'export',
          fatal: false
        })
      ]
    };
  }
  return linkBill(bill, json, provenanceFileFor(displayPath));
}

/** Link a bill to a parsed provenance record. Sections are matched by number and heading, so hand renumbering does not link the wrong text. */
export function linkBill(bill: Bill, json: unknown, file: string): BillLinks {
  const links: BillLinks = {byEId: new Map(), values: {}, messages: []};
  if (!isRecord(json) || !Array.isArray(json['sections'])) {
    links.messages.push(
      diagnostic(
        'Unexpected provenance file, expected the `.build.json` written by `ccm-draft build`; exporting without links to the model',
        {file, ruleId: 'bad-provenance', source: 'export', fatal: false}
      )
    );
    return links;
  }
  const model = json['model'];
  if (isRecord(model))
    links.model = {id: String(model['id'] ?? ''), version: String(model['version'] ?? ''), hash: String(model['hash'] ?? '')};
  const jurisdiction = json['jurisdiction'];
  if (isRecord(jurisdiction))
    links.jurisdiction = {
      id: String(jurisdiction['id'] ?? ''),
      name: String(jurisdiction['name'] ?? ''),
      country: typeof jurisdiction['country'] === 'string' ? jurisdiction['country'] : undefined,
      language: typeof jurisdiction['language'] === 'string' ? jurisdiction['language'] : undefined
    };
  if (isRecord(json['values'])) {
    for (const [name, v] of Object.entries(json['values'])) if (isRecord(v)) links.values[name] = v['value'];
  }
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
  for (const entry of json['sections'] as unknown[]) {
    if (!isRecord(entry) || typeof entry['id'] !== 'string') continue;
    const number = String(entry['number'] ?? '');
    const target = entry['kind'] === 'schedule' ? schedules.get(number) : sections.get(number);
    // The reader folds white space (a line break typed into a value prints as a space): compare folded.
    const fold = (text: unknown) =>
      String(text ?? '')
        .replace(/\s+/g, ' ')
        .trim();
    if (!target || fold(target.heading) !== fold(entry['heading'])) {
      unmatched++;
      continue;
    }
    matched.add(target.eId);
    add(target.eId, entry['id'], strings(entry['articles']));
  }
  if (unmatched > 0) {
    links.messages.push(
      diagnostic(
        `${unmatched} section(s) in the provenance file no longer match the draft's numbers and headings; those are exported without links to the model`,
        {file, ruleId: 'provenance-drift', source: 'export', fatal: false}
      )
    );
  }

  // Provisions: "section 9(2)(b)" → the provision at that path, inside a matched section only.
  const citations = isRecord(json['citations']) ? json['citations'] : {};
  for (const [clause, citation] of Object.entries(citations)) {
    if (typeof citation !== 'string') continue;
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
