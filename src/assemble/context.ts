/**
 * What the assembly stages share: the model, the resolved answers, and what
 * each stage records for the next (omitted clauses, numbers) in `file.data`.
 */
import type {ListItem} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {VFile} from 'vfile';
import {conditionNames, printCondition, type Expr} from '../conditions/parse.js';
import type {Resolution} from '../answers/resolve.js';
import type {Model} from '../model/load.js';
import {formatValue} from '../model/params.js';
import type {ClauseKind, ModelStructure} from '../model/structure.js';

/** Options of every assembly plugin. */
export interface AssembleOptions {
  model: Model;
  structure: ModelStructure;
  resolution: Resolution;
  /** The answers file, named in messages about missing answers. */
  answersPath: string;
}

/** A clause the answers removed, and why. */
export interface OmittedClause {
  id: string;
  kind: ClauseKind;
  heading: string;
  /** For a provision: the model id of the section it belongs to. */
  section?: string | undefined;
  /** The condition that was false, as written in the model. */
  condition: string;
  /** Each answer the condition reads, with its value and where the value came from. */
  answers: Array<{name: string; value: string; origin: string; item?: string | undefined; status?: string | undefined}>;
  /** One line for people: "investment.include = false (item `investment`: decided-against)". */
  reason: string;
}

/** The number a clause received. */
export interface ClauseNumber {
  kind: ClauseKind;
  /** Section (or schedule / Part) number: `9`, `2`. */
  number: string;
  /** Labels below the section: `['2', 'b']`. */
  path: string[];
  /** The kind of the deepest label: subsection, paragraph, subparagraph, clause. */
  level?: 'subsection' | 'paragraph' | 'subparagraph' | 'clause' | undefined;
  sectionId?: string | undefined;
  /** Citation as printed in references from elsewhere: "section 9(2)(b)", "Part 2", "Schedule 1". */
  citation: string;
}

/** Per-run assembly data in `file.data.ccm`. */
export interface AssemblyData {
  omitted: OmittedClause[];
  numbers: Map<string, ClauseNumber>;
  /** How many schedules survived selection. */
  scheduleCount: number;
  /** Parameters the bill depends on: printed in it, or read by a condition that chose its wording (so `build` lists only defaults that matter). */
  filled: Set<string>;
  /** Every parameter printed, where, and exactly as printed (penalties in the build record come from here). */
  uses: ParamUse[];
  /** Drafting notes of each printed section and schedule (by model id), with their conditions applied. */
  notes: Map<string, string[]>;
}

/** One printed parameter value and the section and list item it is printed in. */
export interface ParamUse {
  name: string;
  printed: string;
  section?: ContainerDirective | undefined;
  item?: ListItem | undefined;
}

declare module 'vfile' {
  interface DataMap {
    ccm: AssemblyData;
  }
}

/** The shared data, created on first use. */
export function assemblyData(file: VFile): AssemblyData {
  file.data.ccm ??= {omitted: [], numbers: new Map(), scheduleCount: 0, filled: new Set(), uses: [], notes: new Map()};
  return file.data.ccm;
}

/** Explain why a condition is false, naming the answers it reads. */
export function explainCondition(expr: Expr, options: AssembleOptions): Pick<OmittedClause, 'condition' | 'answers' | 'reason'> {
  const {resolution, model} = options;
  const answers = conditionNames(expr).map((name) => {
    const resolved = resolution.values.get(name);
    const decl = model.params.get(name);
    const raw = resolution.lookup(name);
    const value =
      resolved && decl
        ? decl.type === 'boolean'
          ? String(resolved.value)
          : decl.type === 'choice'
            ? String(resolved.value)
            : formatValue(decl, resolved.value, resolution.locale)
        : raw === undefined
          ? 'not answered'
          : String(raw);
    const item = resolved?.item;
    return {
      name,
      value,
      origin: resolved?.origin ?? (name.startsWith('state.') ? 'state profile' : 'not answered'),
      item,
      status: item ? resolution.items.get(item)?.status : undefined
    };
  });
  const reason = answers
    .map(
      (a) =>
        `${a.name} = ${a.value}${a.item ? ` (item \`${a.item}\`: ${a.status})` : a.origin === 'default' ? ' (model default)' : a.origin === 'profile' ? ' (jurisdiction profile)' : ''}`
    )
    .join('; ');
  return {condition: printCondition(expr), answers, reason};
}
