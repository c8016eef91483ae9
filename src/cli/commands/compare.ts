/**
 * `ccm-draft compare [<base>] <other>`: read both texts, align, render, write.
 * With one file, the base is the model Act: for the tool's own draft, as
 * rendered with the same jurisdiction's defaults; for any other Act, the
 * full model (every optional clause, both joint-operations forms), paired
 * by meaning.
 */
import {compareActs, type CompareOptions, type CompareResult} from '../../compare/compare.js';
import {loadAct, loadPair, type LoadedAct} from '../../compare/read.js';
import {UsageError} from '../../util/diagnostics.js';
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';
import {emit, printWarnings} from '../options.js';

const FORMATS = ['md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

async function render(result: CompareResult, format: Format): Promise<string> {
  // Load only the renderer asked for: start-up is most of a compare's time.
  if (format === 'html') return (await import('../../compare/render-html.js')).renderHtml(result);
  if (format === 'json') return (await import('../../compare/render-json.js')).renderJson(result);
  return (await import('../../compare/render-md.js')).renderMarkdown(result);
}

/** Run `ccm-draft compare` with parsed flags; returns the exit code (see src/cli/registry.ts for the flags). */
export async function run(args: CommandArgs, io: Io): Promise<number> {
  const format = (args.values['format'] ?? 'md') as string;
  if (!FORMATS.includes(format as Format)) throw new UsageError(`unknown format "${format}", expected one of: ${FORMATS.join(', ')}`);
  const files = args.positionals;
  if (files.length === 0 || files.length > 2) {
    throw new UsageError(files.length === 0 ? 'missing the file to compare' : `expected one or two files, got ${files.length}`);
  }
  let base: LoadedAct;
  let meaning: CompareOptions['meaning'];
  let other: LoadedAct;
  if (files.length === 2) {
    ({base, other} = await loadPair(files[0]!, files[1]!, {cwd: io.cwd, maxBytes: args.maxBytes}));
  } else {
    other = await loadAct(files[0]!, {cwd: io.cwd, maxBytes: args.maxBytes});
    const jurisdiction = typeof args.values['jurisdiction'] === 'string' ? args.values['jurisdiction'] : undefined;
    // The engine is loaded only here: a two-file compare never pays for it.
    const {modelBase, fullModelBase} = await import('../../app/model-base.js');
    const options = {
      cwd: io.cwd,
      today: io.today(),
      jurisdiction,
      model: typeof args.values['model'] === 'string' ? args.values['model'] : undefined,
      maxBytes: args.maxBytes
    };
    // A draft the tool built compares with the model as its jurisdiction's defaults print it (every difference
    // then traces to an answer); any other Act with the full model, so each of its sections has a clause to pair with.
    // A draft whose record is there but unusable is still the tool's draft: its record is data, never an instruction,
    // so the base is the model with the defaults of a bundled profile (generic when the record names none).
    if (other.provenance || other.recordBeside) base = await modelBase(other, options);
    else {
      base = await fullModelBase(options);
      const {meaningForModelBase} = await import('../../compare/meaning.js');
      if (base.provenance) meaning = meaningForModelBase(base.act, other.act, base.provenance);
    }
  }
  printWarnings(io, [...base.messages, ...other.messages]);
  const result = compareActs(base.act, other.act, {baseProvenance: base.provenance, otherProvenance: other.provenance, meaning});
  const output = await render(result, format as Format);
  await emit(io, args, output);
  return 0;
}
