/** `ccm-draft export <draft.md> --to docx|html|akn --out <file>` (thin shell over {@link exportDraft}). */
import path from 'node:path';
import {exportDraft, exportFormats, type ExportFormat} from '../../export/index.js';
import {writeFilesAtomic} from '../../util/files.js';
import {formatDiagnostic, UsageError} from '../../util/diagnostics.js';
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';
import {dateFlag} from '../options.js';

/** Run `ccm-draft export` with parsed flags; returns the exit code (see src/cli/registry.ts for the flags). */
export async function run(args: CommandArgs, io: Io): Promise<number> {
  const [draft, ...extra] = args.positionals;
  if (!draft)
    throw new UsageError('missing the draft to export, expected e.g. `ccm-draft export out/draft-bill.md --to docx --out bill.docx`');
  if (extra.length > 0) throw new UsageError(`expected one draft, got ${args.positionals.length}`);
  const to = args.values['to'];
  if (typeof to !== 'string' || !exportFormats.includes(to as ExportFormat))
    throw new UsageError(
      `${to === undefined ? 'missing --to' : `unknown format "${String(to)}"`}, expected one of: ${exportFormats.join(', ')}`
    );
  const out = args.values['out'];
  if (typeof out !== 'string' || out === '') throw new UsageError('missing --out <file>, expected the file to write');
  const paper = (args.values['paper'] ?? 'a4') as string;
  if (paper !== 'a4' && paper !== 'letter') throw new UsageError(`unknown paper "${paper}", expected a4 or letter`);
  const given = dateFlag(args, 'date');
  // AKN must carry a date; Word files carry one only when asked, so their bytes do not change from day to day.
  const date = given ?? (to === 'akn' ? io.today().toISOString().slice(0, 10) : undefined);
  const result = await exportDraft({
    draft,
    cwd: io.cwd,
    to: to as ExportFormat,
    out,
    paper,
    date,
    country: args.values['country'] as string | undefined,
    maxBytes: args.maxBytes
  });
  await writeFilesAtomic([result.file], {force: args.values['force'] === true});
  for (const message of result.messages) io.stderr.write(`${formatDiagnostic(message)}\n`);
  io.stdout.write(`Wrote ${path.relative(io.cwd, result.file.path) || result.file.path} (${to})\n`);
  return 0;
}
