/**
 * The workshop matrix: several drafts or Acts (columns, named by State)
 * against the strength components and the Article 9 checklist items (rows,
 * grouped), each cell rated and linked to the sections behind it.
 *
 * - A draft the tool built, read with its build record: every cell IS that
 *   draft's own gap-report rating (`draftGapReport` on the same record, the
 *   function `build` uses), so the matrix and the participant's report can
 *   never disagree. Sections edited, added or deleted by hand after the
 *   build are flagged (the ratings are those of the text as built).
 * - Any other Act: the gap analysis of its text (`analyseAct`); an item is
 *   rated by its weakest component, or "not assessed" when it has none.
 *
 * Per component, the strongest and weakest texts are marked; per text, a
 * score summarises its components. Pure and deterministic: the same inputs
 * give the same matrix. `matrixFromFiles` is the entry point for callers that
 * start from files (the `matrix` command, a workshop).
 */
import path from 'node:path';
import type {ActDocument} from '../act/types.js';
import {flatView} from '../act/view.js';
import type {BuildRecord} from '../bill/record.js';
import {type Checklist, loadChecklist} from '../checklist/load.js';
import {analyseAct} from '../gap/analyze.js';
import {COMPONENTS} from '../gap/catalogue.js';
import type {DraftRating} from '../gap/draft-strength.js';
import {type DraftGapReport, type DraftItemStatus, draftGapReport} from '../gap/draft.js';
import type {ComponentFinding} from '../gap/types.js';
import {defaultChecklistPath} from '../paths.js';
import {slug} from '../util/slug.js';
import {attachProvenance, type Provenance, provenanceFromRecord} from './provenance.js';
import {loadAct} from './read.js';
import {readText} from '../read/index.js';
import type {SizeLimit} from '../util/files.js';

/** What a cell can say. Components: a rating; items: a draft's checklist status, or an Act's derived rating. */
export type MatrixValue = DraftRating | DraftItemStatus | 'cannot-tell' | 'not-assessed';

/** Every value, in the order the legend lists them. */
export const matrixValues: readonly MatrixValue[] = [
  'strong',
  'partial',
  'weak',
  'absent',
  'cannot-tell',
  'not-applicable',
  'in-draft',
  'existing-law',
  'administrative',
  'decided-against',
  'open',
  'not-assessed'
];

/** How each value reads, its symbol (for compact and black-and-white views) and what it means. */
export const MATRIX_LEGEND: Record<MatrixValue, {label: string; symbol: string; meaning: string}> = {
  strong: {label: 'strong', symbol: '●', meaning: 'as strong as the best national laws'},
  partial: {label: 'partial', symbol: '◐', meaning: 'provided, but narrower or relying on law outside the Act'},
  weak: {label: 'weak', symbol: '◔', meaning: 'provided in a form that binds no one or carries no real sanction'},
  absent: {label: 'absent', symbol: '○', meaning: 'required or recommended, and not provided'},
  'cannot-tell': {
    label: 'cannot tell',
    symbol: '⁇',
    meaning: 'the text that would provide it is not available (heading only, a placeholder, repealed): not scored'
  },
  'not-applicable': {
    label: 'not applicable',
    symbol: '–',
    meaning: 'does not arise for the State (no stocks, no contamination, no forces abroad): not a gap'
  },
  'in-draft': {label: 'in the draft', symbol: '✓', meaning: 'the draft provides for the item'},
  'existing-law': {label: 'existing law', symbol: '§', meaning: 'met by an existing law the drafter cited'},
  administrative: {label: 'administrative', symbol: 'A', meaning: 'met by an administrative measure of a named agency'},
  'decided-against': {label: 'decided against', symbol: '✕', meaning: 'a decision, with a reason, not to provide for it'},
  open: {label: 'open', symbol: '?', meaning: 'not decided yet ("don\'t know yet")'},
  'not-assessed': {label: 'not assessed', symbol: '·', meaning: 'the analysis of an Act does not rate this item'}
};

/** Points of a rating in a text's score (not applicable and not assessed do not count). */
const POINTS: Partial<Record<MatrixValue, number>> = {strong: 3, partial: 2, weak: 1, absent: 0};

/** One text (a column). */
export interface MatrixColumn {
  /** Path as the user gave it. */
  path: string;
  /** Column header: the State (from the build record or the caller), else a short unique file label. */
  label: string;
  /** The State, when known. */
  state: string | null;
  /** The Act's or bill's title. */
  title: string;
  sections: number;
  /** Build record used, or null. */
  provenance: string | null;
  /** The build the column describes (the record's `buildId`), or null. */
  buildId: string | null;
  /** `gap-report`: the draft's own gap report from its build record; `analysis`: the gap analysis of the text. */
  rated: 'gap-report' | 'analysis';
  /** Sections edited, added or deleted by hand after the build (`s 12 edited`), empty when none or not known. */
  handEdits: string[];
  /**
   * With hand edits: how the cells behind them are rated: `as-built` (the draft's own gap report, from its
   * record: the text as built) or `edited-text` (a report that rates those components from the text as it
   * is, as a workshop's does). Absent without hand edits.
   */
  handEditsRated?: 'as-built' | 'edited-text' | undefined;
  /**
   * The components' score: strong 3, partial 2, weak 1, absent 0 points; not applicable left out.
   * `onDefaults`: how many of the scored components rest on the model's default while their question is open.
   */
  score: {points: number; max: number; percent: number | null; counts: Record<DraftRating, number>; onDefaults: number};
}

/** A section cited in a cell. */
export interface MatrixRef {
  /** `s 7`, `s 7(2)`, `Sch 1`. */
  citation: string;
  line: number;
  /** Link to the section: `<file>#<heading-slug>` for Markdown headings, `<file>#L<line>` otherwise. */
  href: string;
}

/** One cell: a value, the sections behind it, and why. */
export interface MatrixCell {
  value: MatrixValue;
  /** `gap-report` (a draft's own report), `analysis` (of an Act's text), `components` (an item from its components), `none`. */
  source: 'gap-report' | 'analysis' | 'components' | 'none';
  /** One line: why this value (the gap report's or the analysis's reason). */
  reason: string;
  refs: MatrixRef[];
  /** A section behind this cell was edited or deleted by hand after the build: the value is the text's as built. */
  handEdited: boolean;
  /**
   * Components only: this text is the strongest or the weakest on the row (when the texts differ). Only
   * ratings that rest on decisions are compared: a cell {@link MatrixCell.onDefault} is never marked.
   */
  mark: 'strongest' | 'weakest' | null;
  /**
   * A draft's component rated from the model's default text while the question that decides it is still
   * open (its gap report's `open`): present (true) only then.
   */
  onDefault?: true | undefined;
}

/** One row: a component or a checklist item. */
export interface MatrixRow {
  kind: 'component' | 'item';
  id: string;
  title: string;
  /** The group id (component group or checklist group). */
  group: string;
  cells: MatrixCell[];
}

/** A group of rows, in the order rows are listed (each group once). */
export interface MatrixGroup {
  kind: 'component' | 'item';
  id: string;
  title: string;
}

/** The matrix. */
export interface Matrix {
  $schema: string;
  schemaVersion: 2;
  columns: MatrixColumn[];
  groups: MatrixGroup[];
  /** Rows by kind, then group (in `groups` order), then catalogue or checklist order. */
  rows: MatrixRow[];
}

/** `$schema` of matrix JSON. */
export const matrixSchemaId = 'https://ccm-drafter.example/schemas/matrix.schema.json';

/**
 * A bill exactly as the tool printed it: the Markdown of the build its
 * record describes, unchanged since (a workshop's participant whose bill it
 * built, or kept as it wrote it).
 */
export interface PrintedBill {
  /** Path as the user gave it (the column's links point into it). */
  path: string;
  markdown: string;
}

/** One text of the matrix: `act`, or `printed` with its `record`. */
export interface MatrixInput {
  /** The text as read (`loadAct`). */
  act?: ActDocument | undefined;
  /**
   * Instead of `act`, a bill the tool printed, with `record`: its sections are found by their headings, as
   * the build found them to fingerprint them, without reading the text (the cells are the same: nothing
   * was edited by hand). Read as any text when its headings are not the record's.
   */
  printed?: PrintedBill | undefined;
  /** The draft's build record, when the tool built it. */
  record?: BuildRecord | undefined;
  /** Compare's view of the record (what `loadAct` gives); its `record` is used when `record` is not given. */
  provenance?: Provenance | undefined;
  /** The column's name (a participant or a State), overriding the State in the record. */
  name?: string | undefined;
  /**
   * The draft's own gap report, when the caller has it (default: computed from the record, as `build` does).
   * A workshop passes the report it wrote for the participant, which rates the components of sections
   * edited by hand from the text as it is: the cells are that report's, whatever it says.
   */
  report?: DraftGapReport | undefined;
  /** How `report` rates the components of sections edited by hand (default: `as-built`). */
  handEditsRated?: 'as-built' | 'edited-text' | undefined;
}

/** Options for {@link buildMatrix}. */
export interface MatrixOptions {
  /** Folder links are made relative to (the output file's folder; default: `cwd`). */
  linkBase?: string | undefined;
  /** Folder the input paths are relative to. */
  cwd: string;
}

/** GitHub-style heading slug: the same function that makes the bill's arrangement links. */
export const headingSlug = slug;

const COMPONENT_GROUP_TITLES: Record<string, string> = {
  negative: 'Prohibitions',
  assistance: 'Assistance and related conduct',
  breadth: 'Breadth and enforcement',
  positive: 'Positive obligations'
};

/** "the Republic of Valdoria" → "Republic of Valdoria": a State's name as a column header. */
function stateName(record: BuildRecord): string | null {
  const v = record.values['country.name'];
  const name = (v?.printed ?? (typeof v?.value === 'string' ? v.value : '')).trim().replace(/^the\s+/i, '');
  return name ? `${name[0]!.toUpperCase()}${name.slice(1)}` : null;
}

/** Short, unique column labels: the given name or State, else the file name (with its folder when names repeat). */
function labels(inputs: ReadonlyArray<{path: string; name: string | null}>): string[] {
  const base = inputs.map((i) => i.name ?? path.basename(i.path).replace(/\.(md|markdown|txt)$/i, ''));
  const withFolder = base.map((name, i) => {
    if (inputs[i]!.name !== null || base.filter((n) => n === name).length === 1) return name;
    const folder = path.basename(path.dirname(inputs[i]!.path));
    return folder && folder !== '.' ? `${folder}/${name}` : name;
  });
  const seen = new Map<string, number>();
  return withFolder.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return withFolder.filter((x) => x === name).length > 1 ? `${name} (${n})` : name;
  });
}

/**
 * Mark the strongest and weakest rated cells of a component row (none when
 * all rated texts agree). A rating that rests on the model's default while
 * the question is open is left out: nobody is crowned strongest for an
 * answer they have not given.
 */
function markExtremes(cells: MatrixCell[]): void {
  const rated = cells.filter((c) => POINTS[c.value] !== undefined && !c.onDefault);
  if (rated.length < 2) return;
  const points = rated.map((c) => POINTS[c.value]!);
  const best = Math.max(...points);
  const worst = Math.min(...points);
  if (best === worst) return;
  for (const c of rated) c.mark = POINTS[c.value] === best ? 'strongest' : POINTS[c.value] === worst ? 'weakest' : null;
}

/** Build the matrix for several texts. The checklist gives the item rows and the items' meaning. */
export function buildMatrix(
  inputs: readonly MatrixInput[],
  checklist: Pick<Checklist, 'items' | 'obligations'>,
  options: MatrixOptions
): Matrix {
  const cwd = options.cwd;
  const linkBase = options.linkBase ?? cwd;
  const records = inputs.map((i) => i.record ?? i.provenance?.record);
  const texts = inputs.map((input, i) => textOf(input, records[i]));
  const names = labels(
    inputs.map((input, i) => ({path: texts[i]!.path, name: input.name ?? (records[i] ? stateName(records[i]!) : null)}))
  );

  const perText = inputs.map((input, index) => {
    const record = records[index];
    const text = texts[index]!;
    const file = path.relative(linkBase, path.resolve(cwd, text.path)).split(path.sep).join('/');
    const link = (section: Located): string => {
      const atx = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(section.first);
      return atx ? `${file}#${headingSlug(atx[1]!)}` : `${file}#L${section.line}`;
    };
    const byNumber = new Map<string, Located>(text.sections.map((s) => [s.number, s]));
    const refOf = (citation: string, sectionNumber: string | null, line: number): MatrixRef => {
      const section = sectionNumber ? byNumber.get(sectionNumber) : undefined;
      return {citation, line, href: section ? link(section) : `${file}#L${line}`};
    };
    if (record) {
      // A built draft: its own gap report, from its record; hand edits from the printed text against the record's fingerprints.
      const found = new Map<string, {section: Located; edited: boolean}>();
      const handEdits: string[] = [];
      const touched = new Set<string>();
      if (text.act) {
        const act = text.act;
        const provenance = input.provenance?.record === record ? input.provenance : provenanceFromRecord(record, '');
        const origins = attachProvenance(act, provenance);
        for (const [i, origin] of origins) found.set(origin.clauseId, {section: text.sections[i]!, edited: origin.handEdited});
        for (const s of record.sections) {
          if (s.kind !== 'section') continue;
          const here = found.get(s.id);
          if (!here) {
            handEdits.push(`s ${s.number} (${s.heading}) deleted`);
            touched.add(s.id);
          } else if (here.edited) {
            handEdits.push(`s ${here.section.number} edited`);
            touched.add(s.id);
          }
        }
        act.sections.forEach((s, i) => {
          if (!origins.has(i)) handEdits.push(`s ${s.number} added`);
        });
      } else {
        // As printed: every section of the record is there, as built.
        for (const section of text.sections) found.set(section.id!, {section, edited: false});
      }
      const report = input.report ?? draftGapReport({record, checklist}, {today: new Date(0)});
      // The sections of the record that carry a component or serve an item, as found in the text.
      const refsFor = (match: (s: BuildRecord['sections'][number]) => boolean): {refs: MatrixRef[]; edited: boolean} => {
        const refs: MatrixRef[] = [];
        let edited = false;
        for (const s of record.sections.filter((x) => x.kind === 'section' && match(x))) {
          if (touched.has(s.id)) edited = true;
          const here = found.get(s.id);
          if (here) refs.push({citation: `s ${here.section.number}`, line: here.section.line, href: link(here.section)});
        }
        return {refs: refs.sort((a, b) => a.line - b.line), edited};
      };
      const components = new Map(
        report.strength.map((c) => {
          const found = refsFor((s) => s.components.includes(c.id));
          // Rated from the edited text: the cell cites what that rating quotes, in the text as it is.
          const refs =
            found.edited && input.handEditsRated === 'edited-text'
              ? dedupe(
                  c.sections.flatMap((citation) => {
                    const number = /^s ([0-9]+[A-Z]*)/.exec(citation)?.[1];
                    const section = number ? byNumber.get(number) : undefined;
                    return section ? [{citation, line: section.line, href: link(section)}] : [];
                  })
                )
              : found.refs;
          const cell: MatrixCell = {
            value: c.rating,
            source: 'gap-report',
            reason: c.reason,
            refs,
            handEdited: found.edited,
            mark: null,
            ...(c.open && c.rating !== 'not-applicable' ? {onDefault: true} : {})
          };
          return [c.id, cell];
        })
      );
      const items = new Map(
        report.checklist.map((r) => {
          const {refs, edited} = refsFor((s) => s.items.includes(r.id));
          const cell: MatrixCell = {value: r.status, source: 'gap-report', reason: r.detail, refs, handEdited: edited, mark: null};
          return [r.id, cell];
        })
      );
      return {record, handEdits, components, items: (id: string) => items.get(id), rated: 'gap-report' as const};
    }
    // Any other Act: the gap analysis of its text.
    const findings = new Map<string, ComponentFinding>(analyseAct(text.act!).strength.map((f) => [f.id, f]));
    const cellOf = (f: ComponentFinding): MatrixCell => ({
      value: f.rating,
      source: 'analysis',
      reason: f.reason,
      refs: dedupe(f.evidence.map((e) => refOf(e.citation, e.section, e.line))),
      handEdited: false,
      mark: null
    });
    const components = new Map([...findings].map(([id, f]) => [id, cellOf(f)]));
    const order: Record<string, number> = {strong: 0, partial: 1, weak: 2, absent: 3};
    const items = (id: string): MatrixCell | undefined => {
      const item = checklist.items.find((i) => i.id === id);
      const parts = (item?.components ?? []).map((c) => findings.get(c)).filter((f): f is ComponentFinding => f !== undefined);
      if (parts.length === 0)
        return {
          value: 'not-assessed',
          source: 'none',
          reason: 'The analysis of an Act rates components, and this item has none.',
          refs: [],
          handEdited: false,
          mark: null
        };
      const weakest = parts.reduce((w, f) => ((order[f.rating] ?? 0) > (order[w.rating] ?? 0) ? f : w));
      return {
        value: weakest.rating,
        source: 'components',
        reason: `Weakest of its components: ${weakest.title}, ${weakest.rating}.`,
        refs: dedupe(parts.flatMap((f) => f.evidence.map((e) => refOf(e.citation, e.section, e.line)))),
        handEdited: false,
        mark: null
      };
    };
    return {record: undefined, handEdits: [] as string[], components, items, rated: 'analysis' as const};
  });

  const missing = (): MatrixCell => ({value: 'absent', source: 'none', reason: 'Not rated.', refs: [], handEdited: false, mark: null});
  const groups: MatrixGroup[] = [];
  const rows: MatrixRow[] = [];
  // Components: grouped, each group once, in the catalogue's order of first appearance.
  const componentGroups = [...new Set(COMPONENTS.map((c) => c.group))];
  for (const group of componentGroups) {
    groups.push({kind: 'component', id: group, title: COMPONENT_GROUP_TITLES[group] ?? group});
    for (const component of COMPONENTS.filter((c) => c.group === group)) {
      const cells = perText.map((t) => structuredClone(t.components.get(component.id) ?? missing()));
      markExtremes(cells);
      rows.push({kind: 'component', id: component.id, title: component.title, group, cells});
    }
  }
  const itemGroups = [...new Set(checklist.items.map((i) => i.group))];
  for (const group of itemGroups) {
    groups.push({kind: 'item', id: group, title: group});
    for (const item of checklist.items.filter((i) => i.group === group))
      rows.push({
        kind: 'item',
        id: item.id,
        title: item.title,
        group,
        cells: perText.map((t) => structuredClone(t.items(item.id) ?? {...missing(), value: 'open' as const}))
      });
  }

  const columns: MatrixColumn[] = inputs.map((input, i) => {
    const t = perText[i]!;
    const counts = Object.fromEntries((['strong', 'partial', 'weak', 'absent', 'not-applicable'] as const).map((r) => [r, 0])) as Record<
      DraftRating,
      number
    >;
    let points = 0;
    let max = 0;
    let onDefaults = 0;
    for (const row of rows.filter((r) => r.kind === 'component')) {
      const value = row.cells[i]!.value as DraftRating;
      if (value in counts) counts[value]++;
      const p = POINTS[value];
      if (p !== undefined) {
        points += p;
        max += 3;
        if (row.cells[i]!.onDefault) onDefaults++;
      }
    }
    const text = texts[i]!;
    return {
      path: text.path,
      label: names[i]!,
      state: input.name ?? (t.record ? stateName(t.record) : null),
      title: t.record?.bill.title ?? text.act!.title,
      sections: text.sections.length,
      provenance: input.provenance?.path || null,
      buildId: t.record?.buildId ?? null,
      rated: t.rated,
      handEdits: t.handEdits,
      ...(t.handEdits.length > 0 ? {handEditsRated: input.handEditsRated ?? 'as-built'} : {}),
      score: {points, max, percent: max ? Math.round((100 * points) / max) : null, counts, onDefaults}
    };
  });
  return {$schema: matrixSchemaId, schemaVersion: 2, columns, groups, rows};
}

/** A section of a column's text, as the cells cite it: its number, its first line (the heading) and that line's number. */
interface Located {
  number: string;
  first: string;
  line: number;
  /** The record's section, when found by {@link printedSections}. */
  id?: string | undefined;
}

/** A column's text: read (`act`), or as printed (its sections found by their headings). */
interface ColumnText {
  path: string;
  act?: ActDocument | undefined;
  sections: Located[];
}

function textOf(input: MatrixInput, record: BuildRecord | undefined): ColumnText {
  if (input.act) {
    const act = input.act;
    return {
      path: act.path,
      act,
      sections: act.sections.map((s) => ({number: s.number, first: s.raw.split('\n', 1)[0] ?? '', line: s.start.line}))
    };
  }
  if (!input.printed) throw new TypeError('A matrix input needs its text: act, or printed with its record');
  const sections = record ? printedSections(input.printed.markdown, record) : undefined;
  return sections
    ? {path: input.printed.path, sections}
    : textOf({...input, act: flatView(readText(input.printed.markdown, input.printed.path))}, record);
}

/**
 * The sections of a bill as printed for `record`, found as the build found
 * them to fingerprint them (`sectionBodies`: a heading `### <number>` or
 * `## Schedule`, in the record's order); undefined when the headings are
 * not the record's (then the text is read).
 */
function printedSections(markdown: string, record: Pick<BuildRecord, 'sections'>): Located[] | undefined {
  const out: Located[] = [];
  let k = 0;
  let line = 0;
  for (let at = 0; at <= markdown.length; line++) {
    const end = markdown.indexOf('\n', at);
    const text = markdown.slice(at, end === -1 ? markdown.length : end);
    at = end === -1 ? markdown.length + 1 : end + 1;
    if (text.charCodeAt(0) !== 35 /* # */ || !/^#{1,6}\s/.test(text) || !/^###\s+\d|^##\s+Schedule\b/.test(text)) continue;
    const s = record.sections[k++];
    if (!s) return undefined;
    if (s.kind !== 'section') continue;
    if (!text.startsWith(`### ${s.number} `)) return undefined;
    out.push({number: s.number, first: text, line: line + 1, id: s.id});
  }
  return k === record.sections.length ? out : undefined;
}

function dedupe(refs: MatrixRef[]): MatrixRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    if (seen.has(r.citation)) return false;
    seen.add(r.citation);
    return true;
  });
}

/** One file of {@link matrixFromFiles}: a path, or a path with the column's name. */
export type MatrixFile = string | {path: string; name?: string | undefined};

/** Options for {@link matrixFromFiles}. */
export interface MatrixFromFilesOptions extends MatrixOptions, SizeLimit {
  /** The checklist (default: the bundled Article 9 checklist). */
  checklist?: Pick<Checklist, 'items' | 'obligations'> | undefined;
}

/**
 * Read drafts and Acts (each with the build record beside it, when there is
 * one) and build their matrix: the entry point for a workshop, which passes
 * each participant's draft and name. Bad input raises an `InputError`
 * naming the file; problems with a record are warnings in `messages`.
 */
export async function matrixFromFiles(files: readonly MatrixFile[], options: MatrixFromFilesOptions) {
  const entries = files.map((f) => (typeof f === 'string' ? {path: f, name: undefined} : f));
  const [loaded, checklist] = await Promise.all([
    Promise.all(entries.map((e) => loadAct(e.path, {cwd: options.cwd, maxBytes: options.maxBytes}))),
    options.checklist ?? loadChecklist(defaultChecklistPath, options)
  ]);
  const matrix = buildMatrix(
    loaded.map((l, i) => ({act: l.act, provenance: l.provenance, name: entries[i]!.name})),
    checklist,
    options
  );
  return {matrix, messages: loaded.flatMap((l) => l.messages)};
}
