/**
 * The default base of `ccm-draft compare <draft>`: the model Act rendered
 * with a jurisdiction's defaults (no answers given), with its build record,
 * so every difference of a generated draft can be traced to an answer.
 * Loaded only for one-file compares: it pulls in the whole assembly engine.
 */
import path from 'node:path';
import type {SizeLimit} from '../util/files.js';
import type {VFileMessage} from 'vfile-message';
import {emptyAnswers} from '../answers/file.js';
import {listProfiles} from '../answers/profile.js';
import {provenanceFromRecord} from '../compare/provenance.js';
import {loadActText, type LoadedAct} from '../compare/read.js';
import {loadChecklist} from '../checklist/load.js';
import {loadModel} from '../model/load.js';
import {defaultChecklistPath, defaultModelPath} from '../paths.js';
import {diagnostic} from '../util/diagnostics.js';
import {assembleFromAnswers} from './build.js';

/** Options for {@link modelBase}; `maxBytes` limits every file it reads (the CLI's `--max-size`). */
export interface ModelBaseOptions extends SizeLimit {
  cwd: string;
  /** Today, injected (the build behind the base dates its own reports with it). */
  today: Date;
  /** Jurisdiction id or profile file, as the user gave it (`--jurisdiction`); default: the draft's own bundled profile, else `generic`. */
  jurisdiction?: string | undefined;
  /** Model file (default: the bundled model Act). */
  model?: string | undefined;
}

/**
 * The profile a draft's record names, when it is one of the bundled
 * profiles. A record is data from whoever sent the draft: its id is only
 * ever matched against the bundled list, never used as a path.
 */
export async function bundledProfileOf(other: LoadedAct): Promise<{id: string; messages: VFileMessage[]}> {
  const named = other.provenance?.jurisdiction;
  if (named === undefined) return {id: 'generic', messages: []};
  const bundled = await listProfiles();
  if (bundled.includes(named)) return {id: named, messages: []};
  return {
    id: 'generic',
    messages: [
      diagnostic(
        `The build record names jurisdiction \`${named}\`, which is not a bundled profile (${bundled.join(', ')}); the model base uses \`generic\` (give \`--jurisdiction <id|file>\` to choose)`,
        {file: other.provenance?.path, ruleId: 'record-jurisdiction', source: 'compare', fatal: false}
      )
    ]
  };
}

/** Render the model with a jurisdiction's defaults, read as a compare base. */
export async function modelBase(other: LoadedAct, options: ModelBaseOptions): Promise<LoadedAct> {
  const fromRecord = options.jurisdiction === undefined ? await bundledProfileOf(other) : {id: options.jurisdiction, messages: []};
  const jurisdiction = fromRecord.id;
  const answers = emptyAnswers('<defaults>');
  answers.jurisdiction = jurisdiction;
  const built = await assembleFromAnswers({
    answers: '<defaults>',
    answersFile: answers,
    cwd: options.cwd,
    jurisdiction,
    model: options.model,
    today: options.today,
    maxBytes: options.maxBytes
  });
  const label = `${built.draft.record.model.path} (${jurisdiction} defaults)`;
  const base = await loadActText(built.draft.markdown, label);
  // Reader warnings about the bundled model's own layout are not the user's
  // to fix (and would repeat on every run): keep them out of the report.
  base.act.messages = [];
  return {
    act: base.act,
    bill: base.bill,
    provenance: provenanceFromRecord(built.draft.record, `${label}, built in memory`),
    messages: fromRecord.messages
  };
}

/**
 * The base for comparing an Act the tool did not write: the **full** model,
 * every optional clause switched on (a State with stocks, contamination,
 * victims, production, armed forces in coalition operations and a financial
 * sector; every checklist item the Act can meet in the Act; every `*.include` switch on, the
 * consequential amendments with placeholder targets) and both forms of the
 * joint-operations clause, so each section of a national Act has the model
 * clause it corresponds to. The interoperability form's sections are added
 * after the express-request build's own (they are the same clause drafted
 * the other way).
 */
export async function fullModelBase(
  options: Omit<ModelBaseOptions, 'jurisdiction'> & {jurisdiction?: string | undefined}
): Promise<LoadedAct> {
  const jurisdiction = options.jurisdiction ?? 'generic';
  const checklist = await loadChecklist(defaultChecklistPath, options);
  const model = await loadModel(options.model ? path.resolve(options.cwd, options.model) : defaultModelPath, options);
  const build = async (form: 'express-request' | 'interoperability') => {
    const answers = emptyAnswers('<full model>');
    answers.jurisdiction = jurisdiction;
    answers.state = {
      holds_stocks: true,
      contaminated: true,
      victims: true,
      producer: true,
      armed_forces: true,
      joint_operations: true,
      financial_sector: true,
      entry_into_force: options.today.toISOString().slice(0, 10)
    };
    // Items the Act cannot meet (measures outside legislation, such as military orders) keep their default.
    for (const item of checklist.items) if (item.statuses.includes('act')) answers.items[item.id] = {status: 'act'};
    for (const [name, decl] of model.params) if (decl.type === 'boolean' && name.endsWith('.include')) answers.params[name] = true;
    // Placeholder targets, so the consequential amendments print (the drafter names the real laws).
    answers.params['law.arms'] = 'Arms Act';
    answers.params['law.arms_provision'] = 'section 2(1), definition of prohibited weapon';
    answers.params['law.explosives'] = 'Explosives Act';
    answers.params['law.explosives_provision'] = 'section 12';
    answers.params['joint_operations.form'] = form;
    answers.params['investment.scope'] = 'any-person';
    // The Article 3 and Article 4 deadlines run from entry into force (8 and 10 years).
    const year = options.today.getUTCFullYear();
    const day = options.today.toISOString().slice(4, 10);
    answers.params['stockpile.deadline'] = `${year + 8}${day}`;
    answers.params['clearance.deadline'] = `${year + 10}${day}`;
    return assembleFromAnswers({
      answers: '<full model>',
      answersFile: answers,
      cwd: options.cwd,
      jurisdiction,
      model: options.model,
      today: options.today,
      maxBytes: options.maxBytes
    });
  };
  const [express, interop] = await Promise.all([build('express-request'), build('interoperability')]);
  const label = `${express.draft.record.model.path} (full model: every optional clause, both joint-operations forms)`;
  const base = await loadActText(express.draft.markdown, label);
  const other = await loadActText(interop.draft.markdown, label);
  const provenance = provenanceFromRecord(express.draft.record, `${label}, built in memory`);
  const otherProvenance = provenanceFromRecord(interop.draft.record, `${label}, built in memory`);
  // Sections the interoperability form prints and the express-request form does not.
  const known = new Set(provenance.sections.map((s) => s.clauseId));
  const extra = otherProvenance.sections.filter((s) => !known.has(s.clauseId));
  for (const record of extra) {
    const section = other.act.sections.find((s) => s.number === record.number && s.heading === record.heading);
    if (!section) continue;
    base.act.sections.push({...section, clauseId: record.clauseId});
    provenance.sections.push(record);
  }
  base.act.messages = [];
  return {act: base.act, bill: base.bill, provenance, messages: []};
}
