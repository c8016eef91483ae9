/**
 * The default base of `ccm-draft compare <draft>`: the model Act rendered
 * with the jurisdiction's defaults. Needs the assembly engine's library API.
 */
import type {VFileMessage} from 'vfile-message';
import {diagnostic, InputError} from '../util/diagnostics.js';
import type {LoadedAct} from './read.js';

/** Options for {@link modelBase}. */
export interface ModelBaseOptions {
  cwd: string;
  /** Jurisdiction id or profile file; default: the draft's own (from its provenance) or `generic`. */
  jurisdiction?: string | undefined;
}

/**
 * Render the model with a jurisdiction's defaults, as a compare base.
 * Until the engine exposes rendering as a library call this raises a clear
 * input error asking for an explicit base.
 */
export async function modelBase(_other: LoadedAct, _options: ModelBaseOptions): Promise<LoadedAct> {
  const messages: VFileMessage[] = [
    diagnostic('Unexpected single file: comparing with the rendered model Act is not available in this version, expected two files (`ccm-draft compare <base> <other>`)', {
      ruleId: 'model-base-unavailable',
      source: 'compare'
    })
  ];
  throw new InputError(messages);
}
