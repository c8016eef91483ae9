/**
 * The build record (`draft-bill.build.json`): what build writes matches
 * schemas/build-record.schema.json, the one reader checks every record it
 * reads and says where a bad one is wrong, the build id is stable, and a
 * record is data: a jurisdiction "id" that is a path is never opened.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Ajv} from 'ajv';
import {describe, expect, it} from 'vitest';
import {buildFromAnswers} from '../src/app/build.js';
import {modelBase} from '../src/app/model-base.js';
import {parseBuildRecord, readBuildRecordFor} from '../src/bill/read-record.js';
import {computeBuildId} from '../src/bill/record.js';
import {loadAct} from '../src/compare/read.js';
import {formatDiagnostic} from '../src/util/diagnostics.js';
import {ccm, root, tempDir} from './helpers/cli.js';
import {stateFields} from '../src/model/vocabulary.js';
// @ts-expect-error: a build script in JavaScript, without types.
import {validatorFile, validatorSource} from '../scripts/gen-validators.mjs';

const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'build-record.schema.json'), 'utf8'));
const validate = new Ajv({allErrors: true, strict: true}).compile(schema);
const options = {source: 'compare', consequence: 'explanations skipped'};
const today = new Date('2027-06-01');

/** Every record kept in the fixtures. */
const fixtures = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? fixtures(path.join(dir, e.name)) : e.name.endsWith('.build.json') ? [path.join(dir, e.name)] : []
  );

async function written(example = 'examples/stockpiling-state.yaml') {
  const dir = tempDir('ccm-record-');
  const r = await buildFromAnswers({answers: example, cwd: root, out: dir, today});
  for (const f of r.files) writeFileSync(f.path, f.contents);
  return {dir, build: r, draft: path.join(dir, 'draft-bill.md'), record: path.join(dir, 'draft-bill.build.json')};
}

describe('the build record', () => {
  it('is checked by the validator compiled from the schema as it is now (run `node scripts/gen-validators.mjs` after changing it)', async () => {
    expect(readFileSync(validatorFile, 'utf8')).toBe(await validatorSource());
  });

  it('matches its schema, as built and in every fixture', async () => {
    const {build} = await written('examples/affected-coalition-state.yaml');
    expect(validate(JSON.parse(JSON.stringify(build.draft.record))), JSON.stringify(validate.errors)).toBe(true);
    const files = fixtures(path.join(root, 'test', 'fixtures'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files)
      expect(validate(JSON.parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('lists every state-profile field the answers know, so a new field cannot make every record invalid', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'build-record.schema.json'), 'utf8'));
    expect(Object.keys(schema.properties.state.properties).sort()).toEqual(
      Object.keys(stateFields)
        .map((f) => f.slice('state.'.length))
        .sort()
    );
  });

  it('records the answers that shaped the bill, how values print and the penalties as printed', async () => {
    const {build} = await written('examples/affected-coalition-state.yaml');
    const record = build.draft.record;
    expect(record.items['corporate-liability']).toMatchObject({status: 'existing-law', citation: expect.stringContaining('s 31')});
    expect(record.items['cooperation']).toEqual({status: 'administrative', origin: 'answers', agency: 'National Mine Action Centre'});
    expect(record.items['stockpile-destruction']).toMatchObject({status: 'not-applicable', reason: expect.any(String)});
    expect(record.values['penalty.individual.units']).toMatchObject({value: 2000, printed: '2,000 penalty units'});
    expect(record.bill).toEqual({
      title: 'Cluster Munitions (Prohibition) Bill 2027',
      stage: 'bill',
      shortTitle: 'Cluster Munitions (Prohibition) Act 2027'
    });
    for (const p of record.penalties) {
      expect(build.draft.markdown).toContain(p.text);
      for (const f of p.figures) expect(p.text).toContain(f.printed);
    }
    expect(record.penalties.map((p) => p.citation)).toEqual(['section 18(1)', 'section 18(2)', 'section 24(3)', 'section 26(6)']);
  });

  it('has a build id that is the same for the same inputs and changes with the bill', async () => {
    const a = await written();
    const b = await written();
    expect(a.build.draft.record.buildId).toMatch(/^[0-9a-f]{16}$/);
    expect(a.build.draft.record.buildId).toBe(b.build.draft.record.buildId);
    expect(a.build.gap.buildId).toBe(a.build.draft.record.buildId);
    expect(computeBuildId(a.build.draft.markdown, a.build.draft.record)).toBe(a.build.draft.record.buildId);
    expect(computeBuildId(`${a.build.draft.markdown}x`, a.build.draft.record)).not.toBe(a.build.draft.record.buildId);
    const other = await written('examples/generic-small-state.yaml');
    expect(other.build.draft.record.buildId).not.toBe(a.build.draft.record.buildId);
  });
});

describe('the one record reader', () => {
  it('reads a record build wrote, and nothing when there is none', async () => {
    const {draft, build} = await written();
    expect((await readBuildRecordFor(draft, 'out/draft-bill.md', options)).record).toEqual(JSON.parse(JSON.stringify(build.draft.record)));
    expect(await readBuildRecordFor(path.join(root, 'test/fixtures/matrix/nz-style.md'), 'nz-style.md', options)).toEqual({
      file: 'nz-style.build.json',
      messages: []
    });
  });

  it('says where a record is wrong (line and column), and gives no record', async () => {
    const {record} = await written();
    const text = readFileSync(record, 'utf8');
    const cases: Array<[string, RegExp]> = [
      [
        text.replace(/"number": "3"/, '"number": 3'),
        /^out\/draft-bill\.build\.json:\d+:\d+: warning: Unexpected value 3 \(must be string\) at `\/sections\/2\/number` in the build record, expected a record as schemas\/build-record\.schema\.json describes; explanations skipped \[bad-record\]$/
      ],
      [
        text.replace('"schema": 2', '"schema": 1'),
        /:3:\d+: warning: Unexpected build record version 1, expected version 2: it was written by an older version of ccm-drafter; run `ccm-draft build` again to renew it/
      ],
      [text.replace('"tool"', '"tool2"'), /Unexpected (unknown|missing) field `tool2?` at `\/`/],
      [text.slice(0, 200), /^out\/draft-bill\.build\.json:\d+:\d+: warning: Unexpected invalid JSON in the build record/],
      ['[1, 2]', /Unexpected file that is not a build record/]
    ];
    for (const [bad, expected] of cases) {
      const read = await parseBuildRecord(bad, 'out/draft-bill.build.json', options);
      expect(read.record).toBeUndefined();
      expect(read.messages.map(formatDiagnostic).join('\n')).toMatch(expected);
    }
  });
});

describe('a record is data, not an instruction', () => {
  for (const id of ['/etc/passwd', '/dev/zero', '../../jurisdictions/nz', 'C:\\\\Windows\\\\win.ini']) {
    it(`a record naming jurisdiction ${JSON.stringify(id)} is refused, and compare's model base uses generic`, async () => {
      const {dir, record} = await written();
      const json = JSON.parse(readFileSync(record, 'utf8'));
      json.jurisdiction.id = id;
      writeFileSync(record, JSON.stringify(json, null, 2));
      const other = await loadAct(path.join(dir, 'draft-bill.md'), {cwd: root});
      expect(other.provenance).toBeUndefined();
      expect(other.messages.map(formatDiagnostic).join('\n')).toMatch(
        /warning: Unexpected value ".*" \(must match pattern .*\) at `\/jurisdiction\/id` in the build record, expected a record as schemas\/build-record\.schema\.json describes; explanations skipped \[bad-record\]/
      );
      const base = await modelBase(other, {cwd: root, today});
      expect(base.act.path).toBe('model-law/cluster-munitions-act.md (generic defaults)');
    });
  }

  it('a well-formed id that is not a bundled profile falls back to generic, and says so', async () => {
    const {dir, record} = await written();
    const json = JSON.parse(readFileSync(record, 'utf8'));
    json.jurisdiction.id = 'my-state';
    writeFileSync(record, JSON.stringify(json, null, 2));
    const other = await loadAct(path.join(dir, 'draft-bill.md'), {cwd: root});
    expect(other.provenance?.jurisdiction).toBe('my-state');
    const base = await modelBase(other, {cwd: root, today});
    expect(base.act.path).toBe('model-law/cluster-munitions-act.md (generic defaults)');
    expect(base.messages.map(formatDiagnostic).join('\n')).toMatch(
      /warning: The build record names jurisdiction `my-state`, which is not a bundled profile \(generic, nz, westminster-ag\); the model base uses `generic`/
    );
  });

  it('the built CLI compares a draft whose record names /dev/zero without opening it (exit 0, quiet about anything but the record)', async () => {
    const {dir, record} = await written();
    const json = JSON.parse(readFileSync(record, 'utf8'));
    json.jurisdiction.id = '/dev/zero';
    writeFileSync(record, JSON.stringify(json, null, 2));
    const run = ccm(['compare', path.join(dir, 'draft-bill.md'), '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).base.path).toBe('model-law/cluster-munitions-act.md (generic defaults)');
    expect(run.stderr).toMatch(/draft-bill\.build\.json:\d+:\d+: warning: .*`\/jurisdiction\/id`.*\[bad-record\]/);
  });
});
