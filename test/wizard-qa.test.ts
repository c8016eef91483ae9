/**
 * What a drafter reads around the questions (found by QA in a terminal): a
 * non-`act` status on an item the model cannot switch off, the detail hints,
 * how to go back, the defaults the bill took, the command to resume.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {programAsStarted} from '../src/cli/commands/wizard.js';
import {scriptedPrompter} from './helpers/scripted-prompter.js';
import {ExitPromptError} from '../src/wizard/prompter.js';
import {resumeCommand, runWizard} from '../src/app/wizard.js';
import {oracle, readExample, testIo} from './fixtures/wizard/helpers.js';

describe('a decided status on an item the model cannot leave out', () => {
  it('says the sections stay in the draft (existing law for an item without a switch), not for act or switched items', async () => {
    const io = testIo();
    const example = readExample('generic-small-state');
    const prompter = scriptedPrompter(
      [],
      oracle(example, {
        'item.corporate-liability': () => 'decided-against',
        'item.corporate-liability.reason': () => 'The Interpretation Act makes "person" include a body corporate.',
        'item.assistance': () => 'existing-law',
        'item.assistance.citation': () => 'Criminal Code Act 1998, ss 21-23'
      })
    );
    expect(await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    const text = io.stdout.text.replace(/\s+/g, ' ');
    // Corporate liability has a switch (corporate_liability.include): deciding against it removes the section, so no note.
    expect(text).not.toContain('the draft still includes "Liability of bodies corporate and their officers"');
    expect(text).toContain('the draft still includes "Assisting, encouraging or inducing"');
    expect(text).toContain('if the State relies on the existing law instead');
    // Transit has a switch too: an administrative status removes its section, so no note.
    expect(text.match(/Note: the model Act cannot leave/g)).toHaveLength(1);
    // The decided-against reason gets an example that fits a decision (not an existing-law example: that has its own
    // status), wrapped to the screen, and the item's heading stays beside the question.
    const reason = prompter.asked.find((q) => q.name === 'item.corporate-liability.reason')!;
    expect(reason.hint).not.toContain('never held cluster munitions');
    expect(reason.hint).not.toMatch(/\bAct \d{4}|covers it|, s \d/);
    expect(reason.hint).toContain('The Government will review this');
    expect(reason.message).toBe('Liability of companies and their officers \u00b7 Why? (a short reason for the record)');
    for (const q of prompter.asked.filter((a) => a.hint))
      for (const line of q.hint!.split('\n')) expect(line.length, `${q.name}: ${line}`).toBeLessThanOrEqual(98);
  });

  it('says nothing when a shared section serves another item too (cooperation and the national authority)', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(readExample('generic-small-state')));
    await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'});
    // The example answers cooperation and non-parties as administrative.
    expect(io.stdout.text).not.toContain('Note: the model Act cannot leave');
  });
});

describe('around the questions', () => {
  it('explains Back for lists and for typed answers separately', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([{name: 'jurisdiction', interrupt: true}]);
    await runWizard({io, prompter, answers: 'answers.yaml', today: '2027-06-01'});
    expect(io.stdout.text).toContain(
      'To return to the previous question, choose "\u2190 Back" in a list, or type < where you type an answer.'
    );
    expect(io.stdout.text).not.toContain('(or typing <)');
  });

  it('counts the defaults the bill took after the build (the gap report lists them), with how to change them', async () => {
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(readExample('generic-small-state')));
    await runWizard({io, prompter, answers: 'answers.yaml', out: 'out', today: '2027-06-01'});
    const after = io.stdout.text.slice(io.stdout.text.indexOf('Written:'));
    expect(after).toMatch(
      /\d+ value\(s\) in the draft come from the profile or the model's defaults; the gap report lists them\. Change any on the review screen: ccm-draft wizard --answers answers\.yaml/
    );
    expect(after).not.toMatch(/^ {2}\S+ = /m);
    const gap = readFileSync(path.join(io.cwd, 'out', 'gap-report.md'), 'utf8');
    expect(gap).toMatch(/\(`params\.\S+`\): The bill prints/);
  });

  it("suggests a folder of its own for the draft, never the example's out/", async () => {
    const io = testIo();
    const prompter = scriptedPrompter([], oracle(readExample('generic-small-state'), {out: (q) => String(q.default)}));
    expect(await runWizard({io, prompter, answers: 'my-state.yaml', today: '2027-06-01'})).toBe(0);
    expect(prompter.asked.find((q) => q.name === 'out')?.default).toBe('out/my-state');
    expect(existsSync(path.join(io.cwd, 'out', 'my-state', 'draft-bill.md'))).toBe(true);
    expect(existsSync(path.join(io.cwd, 'out', 'draft-bill.md'))).toBe(false);
    expect(io.stdout.text).toContain('--out out/my-state --force');
  });

  it('prints resume and build commands the drafter can type when started as node dist/cli.js', async () => {
    expect(programAsStarted('/work/app', '/work/app/dist/cli.js')).toBe('node dist/cli.js');
    expect(programAsStarted('/tmp/elsewhere', '/work/app/dist/cli.js')).toBe('node /work/app/dist/cli.js');
    expect(programAsStarted('/work/app', '/usr/local/bin/ccm-draft')).toBeUndefined();
    expect(resumeCommand({env: {}, program: 'node dist/cli.js'}, 'my state.yaml', 'out')).toBe(
      "node dist/cli.js wizard --answers 'my state.yaml'"
    );
    expect(resumeCommand({env: {npm_command: 'exec'}}, 'a.yaml', 'drafts')).toBe('npx ccm-draft wizard --answers a.yaml --out drafts');

    const io = {...testIo(), program: 'node dist/cli.js'};
    const stop = () => {
      throw new ExitPromptError();
    };
    expect(
      await runWizard({
        io,
        prompter: scriptedPrompter([], oracle(readExample('generic-small-state'), {'item.regulations': stop})),
        answers: 'a.yaml',
        out: 'out',
        today: '2027-06-01'
      })
    ).toBe(130);
    expect(io.stdout.text).toContain('To continue where you left off, run:\n  node dist/cli.js wizard --answers a.yaml');
    const done = {...testIo(io.cwd), program: 'node dist/cli.js'};
    await runWizard({
      io: done,
      prompter: scriptedPrompter([], oracle(readExample('generic-small-state'))),
      answers: 'a.yaml',
      out: 'out',
      today: '2027-06-01'
    });
    expect(done.stdout.text).toContain('Rebuild after editing the answers: node dist/cli.js build --answers a.yaml --out out --force');
  });

  it('names the problem lines of a broken answers file instead of calling it "not an answers file"', async () => {
    const io = testIo();
    const example = readFileSync(path.join(import.meta.dirname, '..', 'examples', 'generic-small-state.yaml'), 'utf8');
    writeFileSync(path.join(io.cwd, 'broken.yaml'), example.replace('  transit: {status: act}', '\ttransit: {status: act}'));
    expect(await runWizard({io, prompter: scriptedPrompter([]), answers: 'broken.yaml', today: '2027-06-01'})).toBe(2);
    const line = example.split('\n').indexOf('  transit: {status: act}') + 1;
    expect(io.stderr.text).toMatch(new RegExp(`^broken\\.yaml:${line}:1: .*Tabs`, 'm'));
    expect(io.stderr.text).toContain('broken.yaml has the problems listed above, so the wizard cannot continue it');
    expect(io.stderr.text).not.toContain('is not an answers file');
  });
});

describe('ccm-draft build on a hand-edited answers file', () => {
  const example = readFileSync(path.join(import.meta.dirname, '..', 'examples', 'generic-small-state.yaml'), 'utf8');
  async function build(text: string) {
    const io = {...testIo(), stdin: {isTTY: false} as unknown as NodeJS.ReadStream, today: () => new Date('2027-01-01T00:00:00Z')};
    writeFileSync(path.join(io.cwd, 'mine.yaml'), text);
    const {main} = await import('../src/cli/main.js');
    const code = await main(['build', '--answers', 'mine.yaml', '--out', 'out'], io);
    return {code, stderr: io.stderr.text, written: existsSync(path.join(io.cwd, 'out'))};
  }

  it('shows the first YAML error with a plain hint and counts the ones it causes; exit 2, nothing written', async () => {
    const tab = await build(example.replace('  transit: {status: act}', '\ttransit: {status: act}'));
    expect(tab.code).toBe(2);
    expect(tab.written).toBe(false);
    const lines = tab.stderr.trimEnd().split('\n');
    const line = example.split('\n').indexOf('  transit: {status: act}') + 1;
    expect(lines[0]).toMatch(new RegExp(`^mine\\.yaml:${line}:1: .*Tabs are not allowed as indentation \\[yaml-syntax\\]$`));
    expect(lines[1]).toBe('  (indent with spaces, not the Tab key)');
    expect(lines[2]).toMatch(
      /^mine\.yaml: \d+ more YAML error\(s\) after the first, usually caused by it: fix that line and run the command again\.$/
    );
    expect(lines.at(-1)).toBe('Nothing was written.');
    expect(lines).toHaveLength(4);

    const indent = await build(example.replace('\n  contaminated: false', '\n contaminated: false'));
    expect(indent.code).toBe(2);
    expect(indent.stderr).toMatch(/^mine\.yaml:11:1: .*\n {2}\(this line is indented differently/);

    // An unclosed { is reported where the file ends; the hint must name the brace, not the indentation.
    const unclosed = await build(`${example.trimEnd()}\nextra: {status: act\n`);
    expect(unclosed.code).toBe(2);
    expect(unclosed.stderr).toMatch(/\n {2}\(a \{ or \[ opened on this line or a line above it is not closed/);
    expect(unclosed.stderr).not.toContain('indented differently');
  });

  it('keeps every message about typos and wrong types, each at its line and column', async () => {
    const result = await build(
      example.replace('holds_stocks:', 'hold_stocks:').replace('  act.year: 2027', '  act.year: twenty twenty-seven')
    );
    expect(result.code).toBe(2);
    expect(result.written).toBe(false);
    expect(result.stderr).toContain('mine.yaml:10:3: Unexpected key `hold_stocks` in `state`');
    expect(result.stderr).toMatch(
      /mine\.yaml:\d+:13: Unexpected text "twenty twenty-seven" for `act.year`, expected a whole number from 2008 to 2100/
    );
  });
});
