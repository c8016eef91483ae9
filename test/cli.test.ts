/** End-to-end runs of the built CLI: exit codes, files written, nothing written on error. */
import {existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseConfig} from '../src/cli/command.js';
import {commands} from '../src/cli/registry.js';
import {ccm, root, tempDir} from './helpers/cli.js';

const example = path.join(root, 'examples', 'generic-small-state.yaml');

describe('ccm-draft (built CLI)', () => {
  it('prints help and version', async () => {
    const help = ccm(['--help']);
    expect(help.code).toBe(0);
    await expect(help.stdout).toMatchFileSnapshot('fixtures/cli/help.txt');
    const version = ccm(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it("prints each command's help from the option spec that parses it (one golden per command)", async () => {
    for (const spec of commands) {
      const sub = ccm([spec.name, '--help']);
      expect(sub.code, spec.name).toBe(0);
      await expect(sub.stdout).toMatchFileSnapshot(`fixtures/cli/help-${spec.name}.txt`);
      // Every flag the command parses is documented, with its short form, and nothing else is.
      const documented = [...sub.stdout.matchAll(/^ {2}(?:-(\w), )? *--([a-z-]+)/gm)].map((m) => `${m[1] ?? ''}:${m[2]}`);
      const parsed = Object.entries(parseConfig(spec)).map(([name, o]) => `${o.short ?? ''}:${name}`);
      expect(documented.sort(), spec.name).toEqual(parsed.sort());
    }
    // Flags that were once parsed but not documented.
    expect(ccm(['wizard', '--help']).stdout).toMatch(/-a, --answers <file>[\s\S]*-o, --out <dir>/);
    expect(ccm(['lint', '--help']).stdout).toContain('-f, --format <text|json>');
    expect(ccm(['export', '--help']).stdout).toContain('--country <code>');
  });

  it('lints folders recursively, as remark-cli and ESLint do, skipping files that are not models, checklists, profiles or answers', () => {
    const run = ccm(['lint', 'model-law/', 'jurisdictions']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('4 file(s) checked: 0 error(s)');
    const json = JSON.parse(ccm(['lint', 'model-law', '--format', 'json']).stdout) as {files: Array<{file: string; kind: string}>};
    // model-law/README.md has no model front matter: skipped, not reported as a broken model.
    expect(json.files.map((f) => `${f.file} ${f.kind}`)).toEqual(['model-law/cluster-munitions-act.md model']);
    const dir = tempDir();
    mkdirSync(path.join(dir, 'nested', 'deeper'), {recursive: true});
    writeFileSync(path.join(dir, 'nested', 'deeper', 'profile.yaml'), 'schema: 1\nid: x\nname: X\nlocale: {}\nparams: {nope: 1}\n');
    writeFileSync(path.join(dir, 'notes.md'), '# Notes\n');
    const nested = ccm(['lint', '.'], {cwd: dir});
    expect(nested.code).toBe(1);
    expect(nested.stdout).toMatch(/^nested\/deeper\/profile\.yaml:\d+:\d+: .*\[unknown-param\]$/m);
    expect(nested.stdout).not.toContain('notes.md');
    // A folder named twice (or inside another) is checked once.
    const twice = ccm(['lint', 'nested', 'nested/deeper', '--format', 'json'], {cwd: dir});
    expect((JSON.parse(twice.stdout) as {files: unknown[]}).files).toHaveLength(1);
    mkdirSync(path.join(dir, 'void'));
    const none = ccm(['lint', 'void'], {cwd: dir});
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('void: Unexpected folder without anything to check');
  });

  it('rejects unknown commands and flags with exit code 2', () => {
    const unknown = ccm(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const flag = ccm(['build', '--answres', 'x.yaml']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/Unknown option '--answres'/);
    const missing = ccm(['build']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --answers');
  });

  it('refuses empty values and file names (an unset shell variable) instead of writing into the current folder', () => {
    const dir = tempDir();
    const out = ccm(['build', '--answers', example, '--out', '', '--today', '2027-01-01'], {cwd: dir});
    expect(out.code, out.stderr).toBe(2);
    expect(out.stderr).toContain('ccm-draft build: empty --out, expected a value');
    expect(readdirSync(dir)).toEqual([]);
    const act = ccm(['gap', ''], {cwd: dir});
    expect(act.code, act.stderr).toBe(2);
    expect(act.stderr).toContain('ccm-draft gap: empty file name, expected a path');
  });

  it('without a command and without a terminal, prints help and exits 2 instead of waiting', () => {
    const run = ccm([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: ccm-draft <command>');
  });

  it('builds the example, byte-identically each time, and refuses to overwrite without --force', () => {
    const a = tempDir();
    const b = tempDir();
    const first = ccm(['build', '--answers', example, '--out', a]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Wrote .*draft-bill\.md \(\d+ sections/);
    expect(ccm(['build', '--answers', example, '--out', b]).code).toBe(0);
    for (const file of readdirSync(a))
      expect(readFileSync(path.join(b, file), 'utf8'), file).toBe(readFileSync(path.join(a, file), 'utf8'));
    const bill = path.join(a, 'draft-bill.md');
    const before = statSync(bill).mtimeMs;
    const again = ccm(['build', '--answers', example, '--out', a]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Refusing to overwrite an existing file, expected `--force`');
    expect(statSync(bill).mtimeMs).toBe(before);
    expect(ccm(['build', '--answers', example, '--out', a, '--force']).code).toBe(0);
    expect(readdirSync(a).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports malformed YAML with file:line:col, exit 2, and writes nothing', () => {
    const dir = tempDir();
    const answers = path.join(dir, 'bad.yaml');
    writeFileSync(answers, 'schema: 1\nstate:\n  holds_stocks: [true\nitems: {}\n');
    const out = path.join(dir, 'out');
    const run = ccm(['build', '--answers', 'bad.yaml', '--out', 'out'], {cwd: dir});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^bad\.yaml:\d+:\d+: Malformed YAML/m);
    expect(existsSync(out)).toBe(false);
  });

  it('reports YAML aliases without an anchor, or too many aliases, at their position (exit 2, not an internal error)', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'alias.yaml'), 'schema: 1\njurisdiction: generic\nstate:\n  holds_stocks: *nope\n');
    const alias = ccm(['build', '--answers', 'alias.yaml', '--out', 'out'], {cwd: dir});
    expect(alias.code, alias.stderr).toBe(2);
    expect(alias.stderr).toMatch(/^alias\.yaml:4:17: Malformed YAML: Unresolved alias .*\[yaml-syntax\]$/m);
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefg')
      laughs.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${laughs.at(-1)![0]}`)
          .join(', ')}]`
      );
    writeFileSync(path.join(dir, 'laughs.yaml'), `${laughs.join('\n')}\n`);
    for (const args of [
      ['build', '--answers', 'laughs.yaml', '--out', 'out'],
      ['build', '--answers', example, '--jurisdiction', 'laughs.yaml', '--out', 'out']
    ]) {
      const run = ccm(args, {cwd: dir});
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/^laughs\.yaml:2:8: Malformed YAML: Excessive alias count/m);
    }
    const lint = ccm(['lint', 'laughs.yaml'], {cwd: dir});
    expect(lint.code, lint.stderr).toBe(1);
    expect(lint.stdout).toMatch(/^laughs\.yaml:2:8: Malformed YAML: Excessive alias count/m);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('reports wrong types and unknown keys at their positions', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'a.yaml'),
      'schema: 1\njurisdiction: generic\nstate:\n  holds_stocks: perhaps\nparams:\n  penalty.individual.prison_years: ten\n  investment.scoop: any-person\n'
    );
    const run = ccm(['build', '--answers', 'a.yaml'], {cwd: dir});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a.yaml:4:17: Unexpected text "perhaps" for `state.holds_stocks`, expected true or false [wrong-type]');
    expect(run.stderr).toMatch(/a\.yaml:6:36: Unexpected text "ten" for `penalty\.individual\.prison_years`, expected a whole number/);
    expect(run.stderr).toMatch(
      /a\.yaml:7:3: Unexpected parameter `investment\.scoop`, expected a parameter of the model \(did you mean `investment\.scope`\?\)/
    );
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('reads old Mac line ends (CR only) as lines, so positions stay right', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yaml'), 'schema: 1\rjurisdiction: generic\rstate:\r  holds_stocks: maybe\r');
    const run = ccm(['build', '--answers', 'a.yaml'], {cwd: dir});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a.yaml:4:17: Unexpected text "maybe" for `state.holds_stocks`, expected true or false');
  });

  it('reports missing files, folders and unknown jurisdictions clearly', () => {
    const dir = tempDir();
    const missing = ccm(['build', '--answers', 'nope.yaml'], {cwd: dir});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml: Cannot find file, expected an existing file [unreadable-file]');
    mkdirSync(path.join(dir, 'folder.yaml'));
    expect(ccm(['build', '--answers', 'folder.yaml'], {cwd: dir}).stderr).toContain('Expected a file, found a folder');
    writeFileSync(path.join(dir, 'j.yaml'), 'schema: 1\njurisdiction: atlantis\n');
    const jurisdiction = ccm(['build', '--answers', 'j.yaml'], {cwd: dir});
    expect(jurisdiction.code).toBe(2);
    expect(jurisdiction.stderr).toMatch(
      /j\.yaml:2:15: Unexpected jurisdiction `atlantis`, expected a profile id \(generic, nz, westminster-ag\)/
    );
  });

  it('names the file in the way when --out is a file, or a folder where a file should go (exit 2, no .tmp left)', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    for (const out of ['notes.txt', 'notes.txt/deeper']) {
      const run = ccm(['build', '--answers', example, '--out', out, '--today', '2027-01-01'], {cwd: dir});
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('notes.txt: Expected a folder for the output, found a file [unwritable-output]');
    }
    mkdirSync(path.join(dir, 'folder'));
    const built = ccm(['build', '--answers', example, '--out', 'out', '--today', '2027-01-01'], {cwd: dir});
    expect(built.code, built.stderr).toBe(0);
    for (const force of [[], ['--force']]) {
      const run = ccm(['export', 'out/draft-bill.md', '--to', 'html', '--out', 'folder', ...force], {cwd: dir});
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('folder: Expected a file to write, found a folder (give a file name) [unwritable-output]');
    }
    expect(readdirSync(path.join(dir, 'folder'))).toEqual([]);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(process.platform !== 'linux')('fails at once, not forever, on an output folder that cannot be made (/proc/x)', () => {
    const run = ccm(['build', '--answers', example, '--out', '/proc/ccm-draft-test', '--today', '2027-01-01']);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('/proc/ccm-draft-test/draft-bill.md: Cannot create the output folder');
  });

  it('refuses to build from a model with a broken reference, naming both places', () => {
    const dir = tempDir();
    const run = ccm(['build', '--answers', example, '--model', path.join(root, 'test/fixtures/lint/bad-references.md'), '--out', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad-references\.md:10:25: Unexpected reference to `s-optional`, which a condition can remove/);
    expect(run.stderr).toMatch(/bad-references\.md:24:1: `s-optional` is left out when `flag` is false/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('renames the State everywhere the profile allows, and warns where a profile text still names the old one', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.yaml'), 'schema: 1\njurisdiction: generic\nparams:\n  country.name: the Republic of Palmira\n');
    const run = ccm(['build', '--answers', 'a.yaml', '--today', '2027-01-01'], {cwd: dir});
    expect(run.code, run.stderr).toBe(0);
    const bill = readFileSync(path.join(dir, 'out', 'draft-bill.md'), 'utf8');
    expect(bill).toContain('BE IT ENACTED by the Parliament of the Republic of Palmira as follows:');
    expect(run.stderr).toContain(
      'a.yaml:4:17: warning: The answers rename the State, but `police.name` ("the Examplia Police Force") still comes from profile generic'
    );
  });

  it('lints the bundled data cleanly and a broken model with positions', () => {
    const clean = ccm(['lint']);
    expect(clean.code, clean.stdout).toBe(0);
    const json = JSON.parse(ccm(['lint', '--format', 'json']).stdout);
    expect(json.errors).toBe(0);
    expect(json.files.map((f: {kind: string}) => f.kind)).toContain('checklist');
    const bad = ccm(['lint', 'test/fixtures/lint/bad-references.md']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('test/fixtures/lint/bad-references.md:10:25: Unexpected reference to `s-optional`');
  });

  it('refuses Markdown nested hundreds deep at its position instead of hanging or overflowing the stack', () => {
    const dir = tempDir();
    const model = readFileSync(path.join(root, 'model-law', 'cluster-munitions-act.md'), 'utf8');
    const deepList = Array.from({length: 3000}, (_, level) => `${'  '.repeat(level)}- x`).join('\n');
    writeFileSync(path.join(dir, 'lists.md'), `${model}\n${deepList}\n`);
    writeFileSync(path.join(dir, 'quotes.md'), `${model}\n${'>'.repeat(10_000)} x\n`);
    const line = model.split('\n').length + 1;
    const started = Date.now();
    const lists = ccm(['lint', 'lists.md'], {cwd: dir});
    expect(lists.code, lists.stderr).toBe(1);
    expect(lists.stdout).toContain(
      `lists.md:${line + 51}:103: Unexpected list item indented 102 columns, expected at most 100 levels of nesting [nesting-too-deep]`
    );
    const quotes = ccm(['build', '--answers', example, '--model', 'quotes.md', '--out', 'out'], {cwd: dir});
    expect(quotes.code, quotes.stderr).toBe(2);
    expect(quotes.stderr).toMatch(/^quotes\.md:/m); // relative, as given (build prints its own messages)
    expect(quotes.stderr).toContain(
      `quotes.md:${line}:10002: Unexpected block quote nested 10000 deep, expected at most 100 levels of nesting [nesting-too-deep]`
    );
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    const built = ccm(['build', '--answers', example, '--out', 'out', '--today', '2027-01-01'], {cwd: dir});
    expect(built.code, built.stderr).toBe(0);
    writeFileSync(path.join(dir, 'out', 'draft-bill.md'), `${readFileSync(path.join(dir, 'out', 'draft-bill.md'), 'utf8')}\n${deepList}\n`);
    const exported = ccm(['export', 'out/draft-bill.md', '--to', 'html', '--out', 'bill.html'], {cwd: dir});
    expect(exported.code, exported.stderr).toBe(2);
    expect(exported.stderr).toMatch(/^out\/draft-bill\.md:\d+:103: Unexpected list item indented 102 columns/m);
    expect(existsSync(path.join(dir, 'bill.html'))).toBe(false);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
