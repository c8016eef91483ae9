/**
 * The default base of `ccm-draft compare <draft>`: the model Act rendered
 * with a jurisdiction's defaults (no answers given), with its provenance, so
 * every difference of a generated draft can be traced to an answer.
 * Loaded only for one-file compares: it pulls in the whole assembly engine.
 */
import {emptyAnswers} from '../answers/file.js';
import {buildFromAnswers} from './build.js';
import {parseProvenance} from '../compare/provenance.js';
import {loadActText, type LoadedAct} from '../compare/read.js';

/** Options for {@link modelBase}. */
export interface ModelBaseOptions {
  cwd: string;
  /** Today, injected (the build behind the base dates its own reports with it). */
  today: Date;
  /** Jurisdiction id or profile file; default: the draft's own (from its provenance), else `generic`. */
  jurisdiction?: string | undefined;
  /** Model file (default: the bundled model Act). */
  model?: string | undefined;
}

/** Render the model with a jurisdiction's defaults, read as a compare base. */
export async function modelBase(other: LoadedAct, options: ModelBaseOptions): Promise<LoadedAct> {
  const jurisdiction = options.jurisdiction ?? other.provenance?.jurisdiction ?? 'generic';
  const answers = emptyAnswers('<defaults>');
  answers.jurisdiction = jurisdiction;
  const built = await buildFromAnswers({
    answers: '<defaults>',
    answersFile: answers,
    cwd: options.cwd,
    jurisdiction,
    model: options.model,
    today: options.today
  });
  const label = `${built.draft.manifest.model.path} (${jurisdiction} defaults)`;
  const base = await loadActText(built.draft.markdown, label);
  const provenance = parseProvenance(JSON.stringify(built.draft.manifest), `${label}, built in memory`);
  // Reader warnings about the bundled model's own layout are not the user's
  // to fix (and would repeat on every run): keep them out of the report.
  base.act.messages = [];
  return {act: base.act, bill: base.bill, provenance: provenance.provenance, messages: provenance.messages};
}

/** The checklist items whose clauses the full model base switches on. */
const FULL_MODEL_ITEMS = [
  'definitions',
  'core-prohibitions',
  'assistance',
  'explosive-bomblets',
  'penalties',
  'corporate-liability',
  'jurisdiction',
  'investment',
  'transit',
  'foreign-stockpiling',
  'joint-operations',
  'retention',
  'stockpile-destruction',
  'enforcement',
  'clearance',
  'victim-assistance',
  'cooperation',
  'reporting',
  'compliance',
  'non-parties',
  'regulations'
];

/**
 * The base for comparing an Act the tool did not write: the **full** model,
 * every optional clause switched on (a State with stocks, contamination,
 * victims, production, coalition operations and a financial sector, every
 * item in the Act) and both forms of the joint-operations clause, so each
 * section of a national Act has the model clause it corresponds to. The
 * interoperability form's sections are added after the express-request
 * build's own (they are the same clause drafted the other way).
 */
export async function fullModelBase(
  options: Omit<ModelBaseOptions, 'jurisdiction'> & {jurisdiction?: string | undefined}
): Promise<LoadedAct> {
  const jurisdiction = options.jurisdiction ?? 'generic';
  const build = async (form: 'express-request' | 'interoperability') => {
    const answers = emptyAnswers('<full model>');
    answers.jurisdiction = jurisdiction;
    answers.state = {
      holds_stocks: true,
      contaminated: true,
      victims: true,
      producer: true,
      joint_operations: true,
      financial_sector: true,
      entry_into_force: options.today.toISOString().slice(0, 10)
    };
    for (const id of FULL_MODEL_ITEMS) answers.items[id] = {status: 'act'};
    answers.params['joint_operations.form'] = form;
    answers.params['investment.scope'] = 'any-person';
    // The Article 3 and Article 4 deadlines run from entry into force (8 and 10 years).
    const year = options.today.getUTCFullYear();
    const day = options.today.toISOString().slice(4, 10);
    answers.params['stockpile.deadline'] = `${year + 8}${day}`;
    answers.params['clearance.deadline'] = `${year + 10}${day}`;
    return buildFromAnswers({
      answers: '<full model>',
      answersFile: answers,
      cwd: options.cwd,
      jurisdiction,
      model: options.model,
      today: options.today
    });
  };
  const [express, interop] = await Promise.all([build('express-request'), build('interoperability')]);
  const label = `${express.draft.manifest.model.path} (full model: every optional clause, both joint-operations forms)`;
  const base = await loadActText(express.draft.markdown, label);
  const other = await loadActText(interop.draft.markdown, label);
  const provenance = parseProvenance(JSON.stringify(express.draft.manifest), `${label}, built in memory`).provenance;
  const otherProvenance = parseProvenance(JSON.stringify(interop.draft.manifest), `${label}, built in memory`).provenance;
  // Sections the interoperability form prints and the express-request form does not.
  const known = new Set(provenance?.sections.map((s) => s.clauseId) ?? []);
  const extra = (otherProvenance?.sections ?? []).filter((s) => !known.has(s.clauseId));
  for (const record of extra) {
    const section = other.act.sections.find((s) => s.number === record.number && s.heading === record.heading);
    if (!section) continue;
    base.act.sections.push({...section, clauseId: record.clauseId});
    provenance?.sections.push(record);
  }
  base.act.messages = [];
  return {act: base.act, bill: base.bill, provenance, messages: []};
}
