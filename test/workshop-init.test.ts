/**
 * `ccm-draft workshop init`: one answers file per participant, named by
 * State, from a chosen profile (its placeholder names renamed to the State),
 * a README in plain words with each participant's command, nothing written
 * when the request is wrong, and never over existing files without --force.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseAnswers} from '../src/answers/file.js';
import {buildFromAnswers} from '../src/app/build.js';
import {fileNameFor, numberedId} from '../src/workshop/init.js';
import {ccm, root, tempDir} from './helpers/cli.js';

describe('ccm-draft workshop init', () => {
  it('writes an answers file per State and a README for the participants', async () => {
    const dir = tempDir('ccm-init-');
    const run = ccm(['workshop', 'init', 'room', '--states', 'Aland, Borduria ,Côte d’Azuria', '--jurisdiction', 'westminster-ag'], {
      cwd: dir
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Wrote 3 answers files and README.md in room/:');
    expect(run.stdout).toContain('  cote-d-azuria.yaml (Côte d’Azuria)');
    expect(readdirSync(path.join(dir, 'room')).sort()).toEqual(['README.md', 'aland.yaml', 'borduria.yaml', 'cote-d-azuria.yaml']);
    const answers = parseAnswers(readFileSync(path.join(dir, 'room', 'borduria.yaml'), 'utf8'), 'borduria.yaml');
    expect(answers.messages).toEqual([]);
    expect(answers.jurisdiction).toBe('westminster-ag');
    // The profile's placeholder State is gone from every name the answers give.
    expect(answers.params).toMatchObject({
      'country.name': 'Borduria',
      'armed_forces.name': 'the Borduria Defence Force',
      'police.name': 'the Royal Borduria Police Force'
    });
    expect(JSON.stringify(answers.params)).not.toContain('Northhaven');
    // It builds as it is: every question open, named for the State.
    const built = await buildFromAnswers({answers: 'borduria.yaml', cwd: path.join(dir, 'room'), today: new Date('2027-06-01')});
    expect(built.draft.markdown).toContain('House of Assembly of Borduria');
    expect(built.draft.markdown).not.toContain('Northhaven');
    expect(built.notes.filter((n) => n.fatal === false).map((n) => n.ruleId)).not.toContain('profile-name-left');

    const readme = readFileSync(path.join(dir, 'room', 'README.md'), 'utf8');
    for (const id of ['aland', 'borduria', 'cote-d-azuria'])
      expect(readme).toContain(`\`npx ccm-draft wizard --answers ${id}.yaml --out ${id}\``);
    expect(readme).toContain('Ctrl-C');
    expect(readme).toContain('`aland/draft-bill.md`');
    expect(readme).toContain('npx ccm-draft workshop <this folder>');
    // Plain words: no jargon of the tool's insides (file names and commands aside).
    expect(readme.replace(/`[^`]*`/g, '')).not.toMatch(/\b(YAML|JSON|stdout|argv|parameter|fingerprint|schema)\b/i);
  });

  it('numbers participants when no States are given, and the wizard then asks each for the State', () => {
    const dir = tempDir('ccm-init-');
    const run = ccm(['workshop', 'init', 'room', '--participants', '12'], {cwd: dir});
    expect(run.code, run.stderr).toBe(0);
    const files = readdirSync(path.join(dir, 'room')).filter((f) => f.endsWith('.yaml'));
    expect(files).toHaveLength(12);
    expect(files[0]).toBe('participant-01.yaml');
    expect(files[11]).toBe('participant-12.yaml');
    const answers = parseAnswers(readFileSync(path.join(dir, 'room', 'participant-03.yaml'), 'utf8'), 'p.yaml');
    expect(answers.params).toEqual({});
    expect(answers.jurisdiction).toBe('generic');
    expect(numberedId(0, 120)).toBe('participant-001');
    expect(fileNameFor('The Republic of Ålberg')).toBe('republic-of-alberg');
  });

  it('copies a profile file into the folder, so the participants have it too', () => {
    const dir = tempDir('ccm-init-');
    writeFileSync(
      path.join(dir, 'mine.yaml'),
      readFileSync(path.join(root, 'jurisdictions', 'generic.yaml'), 'utf8').replace('id: generic', 'id: mine')
    );
    const run = ccm(['workshop', 'init', 'room', '--states', 'Aland', '--jurisdiction', 'mine.yaml'], {cwd: dir});
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'room', 'profile', 'mine.yaml'))).toBe(true);
    expect(readFileSync(path.join(dir, 'room', 'aland.yaml'), 'utf8')).toContain('jurisdiction: profile/mine.yaml');
    const build = ccm(['build', '--answers', 'aland.yaml', '--out', 'aland'], {cwd: path.join(dir, 'room')});
    expect(build.code, build.stderr).toBe(0);
  });

  it('refuses a wrong request and writes nothing; never replaces files without --force', () => {
    const dir = tempDir('ccm-init-');
    const cases: Array<[string[], string]> = [
      [['--participants', '3', '--states', 'A,B'], '--participants 3 but 2 States in --states, expected as many States as participants'],
      [['--states', 'Aland,aland'], 'States "Aland" and "aland" in --states would share the file aland.yaml'],
      [['--states', 'Aland,,Borduria'], 'empty State name in --states'],
      [['--participants', 'six'], 'invalid --participants "six", expected a whole number'],
      [['--participants', '0'], 'invalid --participants 0, expected a whole number from 1 to 200'],
      [[], 'missing --participants <n>'],
      [['--states', 'Aland', '--seed', '4'], '--seed does not apply to `workshop init`, only to `workshop exercises`']
    ];
    for (const [flags, message] of cases) {
      const run = ccm(['workshop', 'init', 'room', ...flags], {cwd: dir});
      expect(run.code, flags.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(existsSync(path.join(dir, 'room')), flags.join(' ')).toBe(false);
    }
    const unknown = ccm(['workshop', 'init', 'room', '--states', 'Aland', '--jurisdiction', 'atlantis'], {cwd: dir});
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('<--jurisdiction>: Unexpected jurisdiction `atlantis`, expected a profile id');
    expect(existsSync(path.join(dir, 'room'))).toBe(false);

    expect(ccm(['workshop', 'init', 'room', '--states', 'Aland,Borduria'], {cwd: dir}).code).toBe(0);
    writeFileSync(path.join(dir, 'room', 'aland.yaml'), 'schema: 1\njurisdiction: nz\n');
    const again = ccm(['workshop', 'init', 'room', '--states', 'Aland,Carpathia'], {cwd: dir});
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/room\/aland\.yaml: Refusing to overwrite an existing file, expected `--force`/);
    expect(existsSync(path.join(dir, 'room', 'carpathia.yaml'))).toBe(false);
    expect(readFileSync(path.join(dir, 'room', 'aland.yaml'), 'utf8')).toBe('schema: 1\njurisdiction: nz\n');
    expect(ccm(['workshop', 'init', 'room', '--states', 'Aland,Carpathia', '--force'], {cwd: dir}).code).toBe(0);
    expect(readFileSync(path.join(dir, 'room', 'aland.yaml'), 'utf8')).toContain('country.name: Aland');
  });
});
