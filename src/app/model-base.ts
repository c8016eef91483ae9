/**
 * The default base of `ccm-draft compare <draft>`: the model Act rendered
 * with a jurisdiction's defaults (no answers given), with its build record,
 * so every difference of a generated draft can be traced to an answer.
 * Loaded only for one-file compares: it pulls in the whole assembly engine.
 */
import type {VFileMessage} from 'vfile-message';
import {emptyAnswers} from '../answers/file.js';
import {listProfiles} from '../answers/profile.js';
import {provenanceFromRecord} from '../compare/provenance.js';
import {loadActText, type LoadedAct} from '../compare/read.js';
import {diagnostic} from '../util/diagnostics.js';
import {buildFromAnswers} from './build.js';

/** Options for {@link modelBase}. */
export interface ModelBaseOptions {
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
  const built = await buildFromAnswers({
    answers: '<defaults>',
    answersFile: answers,
    cwd: options.cwd,
    jurisdiction,
    model: options.model,
    today: options.today
  });
  const label = `${built.draft.record.model.path} (${jurisdiction} defaults)`;
  const base = await loadActText(built.draft.markdown, label);
  // Reader warnings about the bundled model's own layout are not the user's
  // to fix (and would repeat on every run): keep them out of the report.
  base.act.messages = [];
  return {act: base.act, provenance: provenanceFromRecord(built.draft.record, `${label}, built in memory`), messages: fromRecord.messages};
}
