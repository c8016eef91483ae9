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
