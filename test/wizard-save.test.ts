/**
 * The wizard saving over a hand-written answers file: comments, key order,
 * quoting, yes/no words and line ends stay as the person wrote them; only the
 * answers given change; a copy of the file as it was is kept once.
 */
import {readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseAnswers, updateAnswersText} from '../src/answers/file.js';
import {runWizard} from '../src/app/wizard.js';
import {scriptedPrompter} from './helpers/scripted-prompter.js';
import {oracle, readExample, testIo} from './fixtures/wizard/helpers.js';

const handWritten = `# Answers for Valdoria, drafted by the legal adviser.
# Keep this header: the ministry's reviewers read it.
jurisdiction: westminster-ag # the Westminster profile
schema: 1
params:
  country.name: 'the Republic of Valdoria' # as in the Constitution
state:
  holds_stocks: no
  contaminated: yes
  victims: yes
  producer: no
  joint_operations: yes
  financial_sector: no
  entry_into_force: 2026-11-01

items:
  # Core of the Act
  definitions:
    status: act
  core-prohibitions: {status: act}
`;

describe('the wizard saving a hand-written answers file', () => {
  it('keeps its comments, order, quoting and words, adds answers in its style, and keeps a one-time backup', async () => {
    const example = readExample('affected-coalition-state');
    const io = testIo();
    const file = path.join(io.cwd, 'valdoria.yaml');
    writeFileSync(file, handWritten);
    const prompter = scriptedPrompter([], oracle(example, {review: () => '<stop>'}));
    expect(await runWizard({io, prompter, answers: 'valdoria.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    const saved = readFileSync(file, 'utf8');
    // Every comment line and every original line survives, in the same order.
    const kept = handWritten.split('\n').filter((line) => line.trim() !== '');
    let at = -1;
    for (const line of kept) {
      const next = saved.indexOf(line, at + 1);
      expect(next, `kept in order: ${line}`).toBeGreaterThan(at);
      at = next;
    }
    // New answers follow the file's own key order; items keep the style of the items around them.
    const answers = parseAnswers(saved, 'valdoria.yaml');
    expect(answers.messages.filter((m) => m.fatal)).toEqual([]);
    expect(answers.items['transit']).toEqual({status: 'act'});
    expect(answers.items['corporate-liability']?.citation).toContain('Interpretation and General Provisions Act 1969');
    expect(saved.indexOf('fingerprints:')).toBeGreaterThan(saved.indexOf('items:'));
    expect(saved).toMatch(/^ {2}transit: \{status: act\}$/m);
    // The copy is the file exactly as written, and it is said where it is.
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(handWritten);
    expect(io.stdout.text).toContain('A copy of valdoria.yaml as you wrote it is kept in valdoria.yaml.bak');
    // A second session saves again, but never replaces the copy.
    const copied = statSync(`${file}.bak`).mtimeMs;
    const again = testIo(io.cwd);
    const review = scriptedPrompter([], oracle(example, {review: () => '<stop>'}));
    expect(await runWizard({io: again, prompter: review, answers: 'valdoria.yaml', out: 'out', today: '2027-06-01'})).toBe(0);
    expect(statSync(`${file}.bak`).mtimeMs).toBe(copied);
    expect(again.stdout.text).not.toContain('A copy of');
    expect(readFileSync(file, 'utf8')).toContain('# Keep this header: the ministry');
  });

  it('changes only what changed, in place, and keeps Windows line ends', () => {
    const text = handWritten.replace(/\n/g, '\r\n');
    const answers = parseAnswers(text, 'a.yaml');
    answers.params['country.name'] = 'the Republic of Nova Valdoria';
    answers.state.holds_stocks = true;
    answers.items['definitions'] = {status: 'existing-law', citation: 'Interpretation Act 1999'};
    delete answers.items['core-prohibitions'];
    const saved = updateAnswersText(answers, 'header');
    expect(saved).toContain("  country.name: 'the Republic of Nova Valdoria' # as in the Constitution\r\n");
    expect(saved).toContain('  holds_stocks: true\r\n');
    expect(saved).toContain('  contaminated: yes\r\n');
    expect(saved).toContain(
      '  # Core of the Act\r\n  definitions:\r\n    status: existing-law\r\n    citation: Interpretation Act 1999\r\n'
    );
    expect(saved).not.toContain('core-prohibitions');
    expect(saved).toContain('# Keep this header');
    expect(saved).not.toContain('header\r\n');
    expect(saved.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
