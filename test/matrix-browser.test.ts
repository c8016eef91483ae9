/**
 * The workshop matrix in a real headless browser (Debian Chromium through
 * playwright-core): six texts fit a 1,366 × 768 projector without sideways
 * scrolling, the components table fits one screen, and the print view is A4
 * landscape with the table headers repeated on every page. Screenshots are
 * kept in test/output/.
 */
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {type Browser, chromium} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildFromAnswers} from '../src/app/build.js';
import {matrixFromFiles} from '../src/compare/matrix.js';
import {renderMatrixHtml} from '../src/compare/render-matrix.js';
import {root, tempDir} from './helpers/cli.js';

const executablePath = '/usr/bin/chromium';
const output = path.join(root, 'test', 'output');
const available = existsSync(executablePath);

if (!available) console.warn(`matrix-browser: skipped, ${executablePath} not found (apt-get install -y chromium)`);

/** A workshop of six: the three examples built by the tool, and three Acts. */
async function workshopHtml(): Promise<string> {
  const dir = tempDir('ccm-matrix-room-');
  const files: string[] = [];
  for (const example of ['affected-coalition-state', 'generic-small-state', 'stockpiling-state']) {
    const built = await buildFromAnswers({
      answers: `examples/${example}.yaml`,
      cwd: root,
      out: path.join(dir, example),
      today: new Date('2027-06-01')
    });
    mkdirSync(path.join(dir, example), {recursive: true});
    for (const f of built.files) writeFileSync(f.path, f.contents);
    files.push(path.join(dir, example, 'draft-bill.md'));
  }
  files.push('test/fixtures/matrix/nz-style.md', 'test/fixtures/matrix/uk-style.md', 'test/fixtures/acts/irish-style.md');
  const {matrix} = await matrixFromFiles(files, {cwd: root, linkBase: dir});
  return renderMatrixHtml(matrix);
}

describe.skipIf(!available)('matrix HTML in Chromium', () => {
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    html = await workshopHtml();
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('fits a 1,366 × 768 projector: no sideways scrolling, the components on one screen', async () => {
    const page = await browser.newPage({viewport: {width: 1366, height: 768}, javaScriptEnabled: false});
    await page.setContent(html, {waitUntil: 'load'});
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(1366);
    const table = await page.locator('table.components').boundingBox();
    expect(table!.height).toBeLessThanOrEqual(768);
    const headers = await page.locator('table.components thead th .state').allInnerTexts();
    expect(headers.slice(0, 3)).toEqual(['Republic of Valdoria', 'Republic of Examplia', 'Republic of Stockland']);
    mkdirSync(output, {recursive: true});
    await page.locator('table.components').scrollIntoViewIfNeeded();
    await page.screenshot({path: path.join(output, 'matrix-room.png')});
    await page.close();
  }, 60_000);

  it('prints on A4 landscape, headers repeated on each page', async () => {
    const page = await browser.newPage({javaScriptEnabled: false});
    await page.setContent(html, {waitUntil: 'load'});
    await page.emulateMedia({media: 'print'});
    expect(
      await page
        .locator('thead')
        .first()
        .evaluate((e) => getComputedStyle(e).display)
    ).toBe('table-header-group');
    const pdf = await page.pdf({preferCSSPageSize: true});
    const text = Buffer.from(pdf).toString('latin1');
    // A4 landscape: 842 × 595 points.
    expect(text).toMatch(/\/MediaBox \[0 0 841\.\d+ 59[45]\.\d+\]/);
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(1);
    await page.close();
  }, 60_000);
});
