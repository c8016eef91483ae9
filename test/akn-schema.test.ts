/**
 * Every Akoma Ntoso export against the official OASIS schema
 * (schemas/akn/akomantoso30.xsd), with xmllint: each example answers file,
 * the built-in example under each jurisdiction profile (both front-matter
 * styles). The other export tests (an Act as passed, hostile text,
 * generated bills, the golden) validate their own outputs the same way
 * (test/helpers/xsd.ts).
 */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildFromAnswers} from '../src/app/build.js';
import {renderAkn} from '../src/export/akn.js';
import {checkAkn} from '../src/export/check-akn.js';
import {assignAknEIds} from '../src/export/eids.js';
import {linkBill} from '../src/export/provenance.js';
import {readDraft as readBill} from '../src/export/index.js';
import {root} from './helpers/cli.js';
import {schemaProblems, xmllintAvailable, xmllintMissing} from './helpers/xsd.js';

async function exportAkn(answers: string, jurisdiction?: string): Promise<string> {
  const {draft} = await buildFromAnswers({answers, cwd: root, jurisdiction, today: new Date('2027-06-01')});
  const bill = readBill(draft.markdown, 'draft-bill.md');
  assignAknEIds(bill);
  const links = linkBill(bill, JSON.parse(JSON.stringify(draft.manifest)), 'draft-bill.build.json');
  const xml = renderAkn(bill, {date: '2027-06-01', country: draft.manifest.jurisdiction.country ?? 'xx', links});
  expect(checkAkn(xml)).toEqual([]);
  return xml;
}

describe('Akoma Ntoso against the OASIS schema', () => {
  it.skipIf(!xmllintAvailable)(
    xmllintAvailable
      ? 'rejects what the schema forbids (the check can fail)'
      : `rejects what the schema forbids (SKIPPED: ${xmllintMissing})`,
    async () => {
      const xml = await exportAkn('examples/generic-small-state.yaml');
      const [valid, noMeta, misplaced, badDate] = schemaProblems([
        xml,
        xml.replace(/<meta>[\s\S]*?<\/meta>/, ''),
        xml.replace(/(<body>[\s\S]*<\/body>)(\s*)(<attachments>[\s\S]*<\/attachments>)/, '$3$2$1'),
        xml.replace('<FRBRdate date="2027-06-01" name="draft"/>', '<FRBRdate date="1 June 2027" name="draft"/>')
      ])!;
      expect(valid).toEqual([]);
      expect(noMeta!.join('\n')).toMatch(/Element '\{[^}]*\}preface': This element is not expected. Expected is \( \{[^}]*\}meta \)/);
      expect(misplaced!.join('\n')).toMatch(/attachments': This element is not expected/);
      expect(badDate!.join('\n')).toMatch(/1 June 2027/);
    }
  );

  it.skipIf(!xmllintAvailable)(
    xmllintAvailable
      ? 'is met by every example and the built-in example under every profile'
      : `is met by every example and the built-in example under every profile (SKIPPED: ${xmllintMissing})`,
    async () => {
      const examples = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yaml'));
      const profiles = readdirSync(path.join(root, 'jurisdictions'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -5));
      const documents = [
        ...(await Promise.all(examples.map((e) => exportAkn(`examples/${e}`)))),
        ...(await Promise.all(profiles.map((p) => exportAkn('examples/generic-small-state.yaml', p))))
      ];
      expect(documents.some((d) => d.includes('<FRBRcountry value="nz"/>'))).toBe(true);
      expect(schemaProblems(documents)).toEqual(documents.map(() => []));
    },
    60_000
  );
});
