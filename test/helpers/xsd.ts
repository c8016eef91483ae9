/**
 * Validate Akoma Ntoso against the official OASIS schema
 * (schemas/akn/akomantoso30.xsd) with xmllint from libxml2. `.ci/run`
 * installs libxml2-utils when xmllint is missing; where it cannot be had,
 * the schema checks are skipped with a message and the export's own
 * structure rules still run.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect} from 'vitest';
import {root} from './cli.js';

/** The schema every export must satisfy. */
export const aknSchema = path.join(root, 'schemas', 'akn', 'akomantoso30.xsd');

/** Whether xmllint can be run here. */
export const xmllintAvailable = spawnSync('xmllint', ['--version'], {encoding: 'utf8'}).status === 0;

/** Why schema validation is skipped, for test names and the one warning. */
export const xmllintMissing = 'xmllint (Debian package libxml2-utils) is not installed: AKN schema validation skipped';

let warned = false;

/**
 * Schema errors for each document (an empty list when valid), validating
 * them all with one xmllint run (loading the 240 KB schema dominates).
 * Undefined when xmllint is not available.
 */
export function schemaProblems(documents: readonly string[]): string[][] | undefined {
  if (!xmllintAvailable) {
    if (!warned) console.warn(xmllintMissing);
    warned = true;
    return undefined;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'ccm-akn-'));
  try {
    const files = documents.map((xml, i) => {
      const file = path.join(dir, `doc-${i}.xml`);
      writeFileSync(file, xml);
      return file;
    });
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', aknSchema, ...files], {encoding: 'utf8', maxBuffer: 64 << 20});
    if (run.error) throw run.error;
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
    return files.map((file) => lines.filter((l) => l.startsWith(`${file}:`) && !l.endsWith(' validates')));
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** Expect AKN text to be valid against the OASIS schema (warns and passes when xmllint is missing). */
export function expectSchemaValid(...documents: string[]): void {
  const problems = schemaProblems(documents);
  if (problems) expect(problems).toEqual(documents.map(() => []));
}
