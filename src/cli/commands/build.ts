/** `ccm-draft build`: answers file → draft bill (thin shell over {@link buildFromAnswers}). */
import path from 'node:path';
import {type BuildResult, buildFromAnswers} from '../../app/build.js';
import type {VFileMessage} from 'vfile-message';
import {formatDiagnostic, InputError, UsageError} from '../../util/diagnostics.js';
import {writeFilesAtomic} from '../../util/files.js';
import type {CommandArgs} from '../command.js';
import type {Io} from '../io.js';
import {nameFilesRelative, todayFlag} from '../options.js';
import {counted} from '../../util/plural.js';

/** Plain-language help for the YAML mistakes people make when editing by hand. */
const yamlHints: Array<[RegExp, string]> = [
  [/Tabs are not allowed/i, 'indent with spaces, not the Tab key'],
  // Before the indentation hint: the parser's message for an unclosed { also says "sufficiently indented",
  // and it is reported where the file (or the block) ends, not on the line that opened the brace.
  [/end with a [}\]]/i, 'a { or [ opened on this line or a line above it is not closed: add the missing } or ] at the end of that value'],
  [/Missing , or :/i, 'a comma or colon is missing between the values inside { } or [ ]'],
  [
    /must start at the same column|sufficiently indented|bad indentation/i,
    'this line is indented differently from the lines around it; line it up with the other keys at the same level, 2 spaces per level'
  ],
  [/Map keys must be unique/i, 'the same key appears twice in this block; keep one of them']
];

/**
 * Messages for a file `build` could not use. A single YAML slip (one tab, one
 * line out of line) makes the parser report every line after it; only the
 * first YAML error of each file is shown, with a hint and a count of the rest.
 */
export function explainInputErrors(messages: readonly VFileMessage[]): string {
  const lines: string[] = [];
  const yamlSeen = new Map<string, number>();
  for (const message of messages) {
    if (message.ruleId === 'yaml-syntax') {
      const file = String(message.file ?? '');
      const count = yamlSeen.get(file) ?? 0;
      yamlSeen.set(file, count + 1);
      if (count > 0) continue;
      lines.push(formatDiagnostic(message));
      const hint = yamlHints.find(([pattern]) => pattern.test(message.reason))?.[1];
      if (hint) lines.push(`  (${hint})`);
    } else lines.push(formatDiagnostic(message));
  }
  for (const [file, count] of yamlSeen) {
    if (count > 1)
      lines.push(
        `${file}: ${count - 1} more YAML error(s) after the first, usually caused by it: fix that line and run the command again.`
      );
  }
  lines.push('Nothing was written.');
  return `${lines.join('\n')}\n`;
}

/** The one line a successful build prints: where the draft is, and what is still open (counted, not listed). */
export function successLine(result: BuildResult, cwd: string): string {
  const {draft, gap} = result;
  const sections = draft.manifest.sections.filter((s) => s.kind === 'section').length;
  const draftPath = path.relative(cwd, result.files[0]!.path) || result.files[0]!.path;
  const gapFile = result.files.find((f) => f.path.endsWith('gap-report.md'));
  const open = gap.openQuestions.filter((q) => q.kind !== 'value').length;
  const defaults = draft.resolution.defaulted.filter((name) => draft.filled.has(name)).length;
  const pending = [open ? counted(open, 'open question') : '', defaults ? `${counted(defaults, 'value')} taken from defaults` : ''].filter(
    Boolean
  );
  return `Wrote ${draftPath} (${sections} sections)${pending.length && gapFile ? `; ${pending.join(' and ')}: see ${path.relative(cwd, gapFile.path) || gapFile.path}` : ''}.`;
}

/** Run `ccm-draft build` with parsed flags; returns the exit code (see src/cli/registry.ts for the flags). */
export async function run(args: CommandArgs, io: Io): Promise<number> {
  const answers = args.values['answers'];
  if (typeof answers !== 'string' || answers === '')
    throw new UsageError('missing --answers <file.yaml>, expected the answers file to build from (try examples/generic-small-state.yaml)');
  let result: BuildResult;
  try {
    result = await buildFromAnswers({
      answers,
      cwd: io.cwd,
      jurisdiction: args.values['jurisdiction'] as string | undefined,
      model: args.values['model'] as string | undefined,
      out: args.values['out'] as string | undefined,
      today: todayFlag(args, io),
      maxBytes: args.maxBytes
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    nameFilesRelative(error.messages, io.cwd);
    io.stderr.write(explainInputErrors(error.messages));
    return 2;
  }
  await writeFilesAtomic(result.files, {force: args.values['force'] === true});
  // Warnings a drafter must act on go to stderr; defaults used and items still open are not warnings: the gap
  // report lists them under its open questions, and the success line says how many there are.
  for (const note of result.notes) if (note.fatal === false) io.stderr.write(`${formatDiagnostic(note)}\n`);
  io.stdout.write(`${successLine(result, io.cwd)}\n`);
  return 0;
}
