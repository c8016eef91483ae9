/**
 * `lint` as a library: check model/clause files, checklists, jurisdiction
 * profiles and answers files, returning positioned messages per file.
 */
import {readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {emptyAnswers, parseAnswers} from '../answers/file.js';
import {loadProfile, parseProfile} from '../answers/profile.js';
import {resolveAnswers} from '../answers/resolve.js';
import {crossCheck, loadChecklist, parseChecklist, type Checklist} from '../checklist/load.js';
import {displayPath} from '../util/display-path.js';
import {loadModel, type Model} from '../model/load.js';
import {parseModel} from '../model/parse.js';
import {analyseModel} from '../model/structure.js';
import {defaultChecklistPath, defaultModelPath, jurisdictionsDir} from '../paths.js';
import {readTextFile, type SizeLimit} from '../util/files.js';
import {diagnostic, sortMessages} from '../util/diagnostics.js';
import {isRecord, parseYaml} from '../util/yaml.js';

/** Messages found in one file. */
export interface LintResult {
  file: string;
  kind: 'model' | 'checklist' | 'profile' | 'answers' | 'unknown';
  messages: VFileMessage[];
}

/** Decide what a YAML file is from its top-level keys. */
function yamlKind(value: unknown): LintResult['kind'] {
  if (!isRecord(value)) return 'unknown';
  if (Array.isArray(value['items'])) return 'checklist';
  if ('locale' in value || ('name' in value && 'params' in value && !('state' in value))) return 'profile';
  if ('state' in value || isRecord(value['items']) || 'jurisdiction' in value) return 'answers';
  return 'unknown';
}

const lintable = /\.(md|markdown|ya?ml)$/i;
/** Folders a search never enters: dependencies, build output, version control and other hidden folders. */
const skippedFolders = new Set(['node_modules', 'dist', 'out', 'coverage']);

/**
 * Whether a file found inside a folder is one lint checks: Markdown with YAML
 * front matter (a model or clause file), or YAML whose top-level keys make
 * it a checklist, profile or answers file. Files named on the command line
 * are always checked; files a folder search finds are skipped when they are
 * something else (a README, a CI configuration), as remark-cli and ESLint
 * check only the files their configuration covers.
 */
async function isLintTarget(file: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return true; // Let the check itself report why it cannot be read.
  }
  if (/\.(md|markdown)$/i.test(file)) return /^---\r?\n/.test(text);
  const probe = parseYaml(text, {file, source: 'lint'});
  return probe.source !== undefined && yamlKind(probe.source.value) !== 'unknown';
}

/** The files under a folder that lint checks, in a stable order (depth first, names sorted). */
async function filesUnder(folder: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(folder, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !skippedFolders.has(entry.name)) out.push(...(await filesUnder(full)));
    } else if (entry.isFile() && lintable.test(entry.name) && (await isLintTarget(full))) out.push(full);
  }
  return out;
}

/** Expand the paths given to lint: files as they are, folders to the files in them that lint checks. */
export async function lintTargets(paths: readonly string[], cwd: string): Promise<{files: string[]; empty: string[]}> {
  const files: string[] = [];
  const empty: string[] = [];
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    const info = await stat(full).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(full);
      continue;
    }
    const found = await filesUnder(full);
    if (found.length === 0) empty.push(full);
    files.push(...found);
  }
  return {files: [...new Set(files)], empty};
}

/**
 * Lint files and folders (searched recursively); with no paths, the bundled model, checklist and profiles.
 * `limit`: the largest file to read (the CLI's `--max-size`).
 */
export async function lintPaths(paths: readonly string[], cwd: string, limit: SizeLimit = {}): Promise<LintResult[]> {
  const expanded = paths.length > 0 ? await lintTargets(paths, cwd) : undefined;
  const targets = expanded
    ? expanded.files
    : [
        defaultModelPath,
        defaultChecklistPath,
        ...(await readdir(jurisdictionsDir))
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .map((f) => path.join(jurisdictionsDir, f))
      ];
  const results: LintResult[] = [];
  let model: Model | undefined;
  let checklist: Checklist | undefined;
  const defaults = async () => {
    model ??= await loadModel(defaultModelPath, limit);
    checklist ??= await loadChecklist(defaultChecklistPath, limit);
    return {model, checklist};
  };
  for (const target of targets) {
    const shown = displayPath(target, cwd);
    const text = await readTextFile(target, {source: 'lint', maxBytes: limit.maxBytes});
    if (/\.(md|markdown)$/i.test(target)) {
      const m = parseModel(text, shown);
      const items = (await defaults()).checklist.items;
      const structure = analyseModel(m, {checklistItems: new Set(items.map((i) => i.id))});
      results.push({file: shown, kind: 'model', messages: [...m.messages, ...structure.messages]});
      if (target === defaultModelPath) model = m;
      continue;
    }
    const probe = parseYaml(text, {file: shown, source: 'lint'});
    const kind = probe.source ? yamlKind(probe.source.value) : 'unknown';
    if (!probe.source) {
      results.push({file: shown, kind, messages: probe.messages});
      continue;
    }
    if (kind === 'checklist') {
      const c = parseChecklist(text, shown);
      const {model: m} = await defaults();
      const structure = analyseModel(m);
      const sections = new Map([...structure.clauses].filter(([, c2]) => c2.kind === 'section').map(([id, c2]) => [id, {items: c2.items}]));
      results.push({file: shown, kind, messages: [...c.messages, ...crossCheck(c, {params: m.params, sections, path: m.path})]});
      continue;
    }
    if (kind === 'profile') {
      const profile = parseProfile(text, shown);
      const {model: m, checklist: c} = await defaults();
      // The profile's values resolved on their own: unknown names, wrong types, and values that contradict each other
      // (a consenting officer of the other choice, "the Crown" in a republic, a name given with its own "the").
      const resolved = resolveAnswers(m, c, profile, emptyAnswers(shown));
      results.push({file: shown, kind, messages: [...profile.messages, ...resolved.messages.filter((message) => message.file === shown)]});
      continue;
    }
    if (kind === 'answers') {
      const answers = parseAnswers(text, shown);
      const {model: m, checklist: c} = await defaults();
      const messages = [...answers.messages];
      if (!messages.some((x) => x.fatal)) {
        const profile = await loadProfile(
          answers.jurisdiction ?? 'generic',
          path.dirname(target),
          {file: shown, place: answers.yaml?.pointAt(['jurisdiction'])},
          limit
        );
        messages.push(...resolveAnswers(m, c, profile, answers).messages);
      }
      results.push({file: shown, kind, messages});
      continue;
    }
    results.push({
      file: shown,
      kind,
      messages: [
        diagnostic(
          'Unexpected YAML, expected a checklist (items: list), a jurisdiction profile (locale/params) or an answers file (state/items/params)',
          {file: shown, place: {line: 1, column: 1}, ruleId: 'unknown-file-kind', source: 'lint'}
        )
      ]
    });
  }
  for (const folder of expanded?.empty ?? []) {
    const shown = displayPath(folder, cwd);
    results.push({
      file: shown,
      kind: 'unknown',
      messages: [
        diagnostic(
          'Unexpected folder without anything to check, expected model files (Markdown with front matter), checklists, profiles or answers files in it',
          {file: shown, ruleId: 'nothing-to-lint', source: 'lint'}
        )
      ]
    });
  }
  for (const result of results) sortMessages(result.messages);
  return results;
}
