/** `ccm-draft build`: answers file → draft bill (thin shell over {@link buildFromAnswers}). */
import path from 'node:path';
import {buildFromAnswers} from '../../build.js';
import {formatDiagnostic, UsageError} from '../../util/diagnostics.js';
import {writeFilesAtomic} from '../../util/files.js';
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';
import {todayFlag} from '../options.js';

export async function run(args: CommandArgs, io: Io): Promise<number> {
  const answers = args.values['answers'];
  if (typeof answers !== 'string' || answers === '') throw new UsageError('missing --answers <file.yaml>, expected the answers file to build from (try examples/generic-small-state.yaml)');
  const result = await buildFromAnswers({
    answers,
    cwd: io.cwd,
    jurisdiction: args.values['jurisdiction'] as string | undefined,
    model: args.values['model'] as string | undefined,
    out: args.values['out'] as string | undefined,
    today: todayFlag(args, io)
  });
  await writeFilesAtomic(result.files, {force: args.values['force'] === true});
  for (const note of result.notes) io.stderr.write(`${formatDiagnostic(note)}\n`);
  const {draft} = result;
  const sections = draft.manifest.sections.filter((s) => s.kind === 'section').length;
  const omitted = draft.manifest.omitted.filter((o) => o.kind === 'section').length;
  io.stdout.write(
    `Wrote ${path.relative(io.cwd, result.files[0]!.path)} (${sections} sections${omitted ? `, ${omitted} optional section(s) left out` : ''}) for ${draft.manifest.jurisdiction.name}\n` +
      result.files
        .slice(1)
        .map((f) => `Wrote ${path.relative(io.cwd, f.path)}\n`)
        .join('')
  );
  return 0;
}
