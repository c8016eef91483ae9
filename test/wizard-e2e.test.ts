/**
 * The built CLI end to end: through a real pseudo-terminal (tmux), typing
 * answers and checking the files written; and without a terminal, where the
 * wizard must exit 2 at once with a message instead of waiting for input.
 * The tmux tests are skipped (with a message) when tmux is not installed.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {scriptedPrompter} from './helpers/scripted-prompter.js';
import {ExitPromptError} from '../src/wizard/prompter.js';
import {runWizard} from '../src/app/wizard.js';
import {oracle, readExample, root, testIo} from './fixtures/wizard/helpers.js';

const cli = path.join(root, 'dist', 'cli.js');

beforeAll(() => {
  // `npm test` builds first. A direct `vitest run test/wizard` builds only when dist/ is missing: the
  // build empties dist/ first, which would break other test files running at the same time.
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'});
  else if (statSync(cli).mtimeMs < statSync(path.join(root, 'src', 'app', 'wizard.ts')).mtimeMs)
    console.warn('wizard-e2e: dist/ is older than src/app/wizard.ts; run `npm run build` to test the current code');
}, 120_000);

describe('without a terminal', () => {
  it('exits 2 at once with a message about --answers, writing nothing', () => {
    const io = testIo();
    const env = {...process.env};
    delete env['CI'];
    const result = spawnSync(process.execPath, [cli, 'wizard', '--answers', 'a.yaml'], {
      cwd: io.cwd,
      input: '',
      encoding: 'utf8',
      env,
      timeout: 15_000
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('needs a terminal');
    expect(result.stderr).toContain('ccm-draft build --answers my-answers.yaml --out out');
    expect(existsSync(path.join(io.cwd, 'a.yaml'))).toBe(false);
  });

  it('also refuses in CI even with a terminal-less default command', () => {
    const io = testIo();
    const result = spawnSync(process.execPath, [cli], {
      cwd: io.cwd,
      input: '',
      encoding: 'utf8',
      env: {...process.env, CI: 'true'},
      timeout: 15_000
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: ccm-draft <command>');
  });
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('wizard-e2e: tmux is not installed; the pseudo-terminal tests are skipped (apt-get install -y tmux)');

describe.skipIf(!hasTmux)('in a terminal (tmux)', () => {
  const socket = `ccm-wizard-e2e-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
  const screen = (session: string) => tmux('capture-pane', '-p', '-J', '-S', '-300', '-t', session);
  async function waitFor(session: string, pattern: RegExp, timeout = 20_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const text = screen(session);
      if (pattern.test(text)) return text;
      if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${pattern} in:\n${text}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  /** Start the wizard in a detached session; the shell prints EXIT=<code> when it ends. */
  function start(session: string, cwd: string, args: string): void {
    tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '120',
      '-y',
      '50',
      '-c',
      cwd,
      `env -u CI -u npm_command -u npm_lifecycle_event NO_COLOR=1 ${process.execPath} ${cli} wizard ${args}; echo EXIT=$?; sleep 120`
    );
  }
  const keys = (session: string, ...k: string[]) => tmux('send-keys', '-t', session, ...k);

  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('resumes a partial answers file, takes typed answers, builds the draft', async () => {
    const io = testIo();
    // A session stopped with Ctrl-C just before the last checklist item.
    const stop = () => {
      throw new ExitPromptError();
    };
    expect(
      await runWizard({
        io,
        prompter: scriptedPrompter([], oracle(readExample('generic-small-state'), {'item.regulations': stop})),
        answers: 'state.yaml',
        today: '2027-06-01'
      })
    ).toBe(130);

    start('resume', io.cwd, '--answers state.yaml --out out');
    await waitFor('resume', /Resuming state\.yaml/);
    await waitFor('resume', /Regulations and consequential amendments: how will the State deal with it\?/);
    keys('resume', 'Enter'); // "Put it in the new Act" is first
    // The item's heading stays beside each of its questions.
    await waitFor('resume', /\? Regulations and consequential amendments \u00b7 The responsible Minister/);
    keys('resume', 'Enter'); // keep the suggestion
    await waitFor('resume', /\? Regulations and consequential amendments \u00b7 Who makes regulations under the Act/);
    keys('resume', 'Enter');
    await waitFor('resume', /\? Regulations and consequential amendments \u00b7 Amend the arms and explosives laws/);
    keys('resume', 'Up', 'Enter'); // "Yes" (the suggestion is "No")
    await waitFor('resume', /\u00b7 The arms or weapons law to amend/);
    keys('resume', '-l', 'Firearms Act 1990');
    keys('resume', 'Enter');
    await waitFor('resume', /\u00b7 The provision of the arms law that defines the prohibited weapons/);
    keys('resume', 'C-u');
    keys('resume', '-l', 'section 2(1)');
    keys('resume', 'Enter');
    await waitFor('resume', /\u00b7 The term the arms law defines \(prohibited weapon\)/);
    keys('resume', 'Enter'); // keep the suggestion
    await waitFor('resume', /\u00b7 The last paragraph of that definition/);
    keys('resume', 'C-u');
    keys('resume', '-l', '(f)');
    keys('resume', 'Enter');
    await waitFor('resume', /\u00b7 The number of the new paragraph/);
    keys('resume', 'C-u');
    keys('resume', '-l', '(g)');
    keys('resume', 'Enter');
    await waitFor('resume', /\u00b7 The explosives law to amend/);
    keys('resume', '-l', 'not a date or anything <'); // accepted as text: only a lone < goes back
    keys('resume', 'C-u');
    keys('resume', '-l', '<');
    keys('resume', 'Enter');
    // Back to the new paragraph's number, with the answer just given as the suggestion.
    // (The prompt wraps at 120 columns.)
    await waitFor('resume', /The number of the new paragraph\s+\(\(g\)\)/);
    keys('resume', 'Enter');
    await waitFor('resume', /\u00b7 The explosives law to amend \(-\)/);
    keys('resume', 'Enter');
    // The last item: when the Act comes into force.
    await waitFor('resume', /Commencement and provisional application: how will the State deal with it\?/);
    keys('resume', 'Enter');
    await waitFor('resume', /\? Commencement and provisional application \u00b7 How the Act comes into force/);
    keys('resume', 'Enter');
    await waitFor('resume', /\? Commencement and provisional application \u00b7 How the Act's assent is described/);
    keys('resume', 'Enter'); // the profile's words
    await waitFor('resume', /\? Your answers/);
    keys('resume', 'Enter'); // "Build the draft bill now"
    const done = await waitFor('resume', /EXIT=\d+/);
    expect(done).toContain('EXIT=0');
    expect(done).toMatch(/Written:\n\s+out\/draft-bill\.md/);
    const answers = readFileSync(path.join(io.cwd, 'state.yaml'), 'utf8');
    expect(answers).toMatch(/^ {2}regulations: \{ ?status: act ?\}$/m);
    expect(answers).toContain('law.arms: Firearms Act 1990');
    expect(answers).toContain('law.explosives: ""');
    const bill = readFileSync(path.join(io.cwd, 'out', 'draft-bill.md'), 'utf8');
    expect(bill).toContain(
      'In section 2(1) of the Firearms Act 1990, in the definition of **prohibited weapon**, after paragraph (f), insert:'
    );
  });

  it('Ctrl-C keeps every answer given and prints the command to resume', async () => {
    const io = testIo();
    start('interrupt', io.cwd, '--answers new.yaml');
    await waitFor('interrupt', /\? Which jurisdiction profile should the draft start from\?/);
    keys('interrupt', 'Down', 'Enter'); // New Zealand (reference)
    await waitFor('interrupt', /\? Name of the State as used in the Act \(New Zealand\)/);
    keys('interrupt', 'C-c');
    const done = await waitFor('interrupt', /EXIT=\d+/);
    expect(done).toContain('EXIT=130');
    expect(done).toContain(
      `Your answers so far are saved in new.yaml.\nTo continue where you left off, run:\n  node ${cli} wizard --answers new.yaml`
    );
    expect(readFileSync(path.join(io.cwd, 'new.yaml'), 'utf8')).toContain('jurisdiction: nz');
  });
});
