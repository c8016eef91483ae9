/**
 * The workshop's outputs opened as a trainer opens them: in a real headless
 * browser (Debian Chromium through playwright-core) and in LibreOffice.
 *
 * - The room of six from the README (two drafts edited by hand): every
 *   feedback sheet opens with nothing failing and prints on one A4 page;
 *   the matrix fits a 1,366 × 768 projector.
 * - A room of thirty: the matrix still fits the projector (no sideways
 *   scrolling, the whole components table on the first screen, State names
 *   readable) and prints on A4 landscape with its headers on every page.
 * - An exercise sheet prints on one page; the key and the bills open.
 * - LibreOffice converts a feedback sheet's Word file to a one-page PDF.
 *
 * Screenshots are kept in test/output/. Each part is skipped, with a
 * message, when its program is not installed.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {type Browser, chromium, type Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {writeExercises} from '../src/app/workshop-exercises.js';
import {initWorkshop} from '../src/app/workshop-init.js';
import {runWorkshop} from '../src/app/workshop.js';
import {root, tempDir} from './helpers/cli.js';
import {handEdit, makeRoom, ROOM} from './helpers/workshop.js';

const executablePath = '/usr/bin/chromium';
const output = path.join(root, 'test', 'output');
const hasChromium = existsSync(executablePath);
const hasSoffice = spawnSync('soffice', ['--version'], {encoding: 'utf8'}).status === 0;
const today = new Date('2027-06-01T00:00:00Z');

if (!hasChromium) console.warn(`workshop-browser: skipped, ${executablePath} not found (apt-get install -y chromium)`);
if (!hasSoffice)
  console.warn('workshop-browser: the LibreOffice check is skipped, `soffice` not found (apt-get install -y libreoffice-writer-nogui)');

/** The six of the README, two of them edited by hand, run through the workshop. */
async function roomOfSix(): Promise<string> {
  const folder = path.join(tempDir('ccm-room6-'), 'room');
  await makeRoom(folder, '2027-06-01');
  handEdit(folder);
  const result = await runWorkshop({folder, cwd: path.dirname(folder), today});
  expect(result.participants.map((p) => p.status)).toEqual(['built', 'built', 'built', 'built', 'edited', 'edited']);
  return folder;
}

const STATES_30 = [
  'Aland',
  'Arendelle',
  'Bialya',
  'Borduria',
  'Carpathia',
  'Corto Maltese',
  'Dorvia',
  'Duloc',
  'Elbonia',
  'Freedonia',
  'Genovia',
  'Hyrule',
  'Illyria',
  'Jotunheim',
  'Kalamar',
  'Latveria',
  'Markovia',
  'Narnia',
  'Orsinia',
  'Panem',
  'Qumar',
  'Ruritania',
  'Sokovia',
  'Tazbekistan',
  'Urkesh',
  'Vulgaria',
  'Wakanda',
  'Xanadu',
  'Yoruba Coast',
  'Zubrowka'
];

/** Thirty participants, each answering like one of the examples (answers written as the wizard would leave them). */
async function roomOfThirty(): Promise<string> {
  const folder = path.join(tempDir('ccm-room30-'), 'room');
  await initWorkshop({folder, cwd: path.dirname(folder), states: STATES_30});
  const examples = ['generic-small-state', 'stockpiling-state', 'affected-coalition-state'];
  STATES_30.forEach((state, i) => {
    const file = path.join(folder, `${state.toLowerCase().replace(/ /g, '-')}.yaml`);
    const mine = readFileSync(file, 'utf8');
    const names = mine.slice(mine.indexOf('params:\n') + 'params:\n'.length);
    const example = readFileSync(path.join(root, 'examples', `${examples[i % 3]}.yaml`), 'utf8');
    const kept = example
      .split('\n')
      .filter((l) => !/^ {2}(country\.name|police\.name|armed_forces\.name|enacting\.formula):/.test(l))
      .join('\n')
      .replace('params:\n', `params:\n${names}`)
      // The profile `workshop init` chose (its names renamed to the State), not the example's.
      .replace(/^jurisdiction: .*$/m, 'jurisdiction: generic');
    writeFileSync(file, i % 4 === 1 ? kept.replace('investment.scope: any-person', 'investment.scope: public-money') : kept);
  });
  const result = await runWorkshop({folder, cwd: path.dirname(folder), today});
  expect(result.participants.filter((p) => p.status === 'failed')).toEqual([]);
  return folder;
}

/** Open a page; collect anything that failed (console errors, page errors, requests). */
async function open(browser: Browser, file: string, viewport = {width: 1366, height: 768}): Promise<{page: Page; failures: string[]}> {
  const page = await browser.newPage({viewport, javaScriptEnabled: false});
  const failures: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push(m.text());
  });
  page.on('pageerror', (e) => failures.push(e.message));
  page.on('requestfailed', (r) => failures.push(`${r.url()}: ${r.failure()?.errorText}`));
  await page.goto(`file://${file}`, {waitUntil: 'load'});
  return {page, failures};
}

async function pdfPages(page: Page): Promise<{pages: number; text: string}> {
  await page.emulateMedia({media: 'print'});
  const text = Buffer.from(await page.pdf({preferCSSPageSize: true})).toString('latin1');
  return {pages: (text.match(/\/Type \/Page\b/g) ?? []).length, text};
}

describe.skipIf(!hasChromium)('workshop outputs in Chromium', () => {
  let browser: Browser;
  let six: string;
  let thirty: string;

  beforeAll(async () => {
    [six, thirty] = [await roomOfSix(), await roomOfThirty()];
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
    mkdirSync(output, {recursive: true});
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens every feedback sheet of the room of six with nothing failing, each on one A4 page', async () => {
    for (const r of ROOM) {
      const id = r.state.toLowerCase();
      const {page, failures} = await open(browser, path.join(six, 'out', id, 'feedback.html'), {width: 900, height: 1000});
      expect(failures, id).toEqual([]);
      expect(await page.locator('h1').textContent()).toBe(`Feedback: ${r.state}`);
      if (id === 'freedonia') await page.screenshot({path: path.join(output, 'workshop-feedback-edited.png'), fullPage: true});
      if (id === 'dorvia') await page.screenshot({path: path.join(output, 'workshop-feedback.png'), fullPage: true});
      const {pages, text} = await pdfPages(page);
      expect(pages, `${id}: pages`).toBe(1);
      // A4 portrait: 595 × 842 points.
      expect(text).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
      await page.close();
    }
  }, 120_000);

  it('shows the room of six on one projector screen', async () => {
    const {page, failures} = await open(browser, path.join(six, 'out', 'matrix.html'));
    expect(failures).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(await page.locator('table.components thead th .state').allInnerTexts()).toEqual(ROOM.map((r) => r.state));
    await page.locator('table.components').scrollIntoViewIfNeeded();
    expect((await page.locator('table.components').boundingBox())!.height).toBeLessThanOrEqual(768);
    await page.screenshot({path: path.join(output, 'workshop-matrix-6.png')});
    await page.close();
  }, 60_000);

  it('shows a room of thirty on one projector screen: no sideways scrolling, the components table whole on the first screen', async () => {
    const {page, failures} = await open(browser, path.join(thirty, 'out', 'matrix.html'));
    expect(failures).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    const table = (await page.locator('table.components').boundingBox())!;
    expect(table.y + table.height).toBeLessThanOrEqual(768);
    // Every State's name is shown whole (set upright), not cut into syllables or hidden.
    const names = page.locator('table.components thead th .state');
    expect(await names.allInnerTexts()).toEqual(STATES_30);
    for (const box of await names.evaluateAll((els) => els.map((e) => ({scroll: e.scrollHeight, client: e.clientHeight}))))
      expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
    await page.screenshot({path: path.join(output, 'workshop-matrix-30.png')});
    await page.close();
  }, 60_000);

  it('prints the matrix of thirty on A4 landscape with the headers on every page', async () => {
    const {page} = await open(browser, path.join(thirty, 'out', 'matrix.html'));
    await page.emulateMedia({media: 'print'});
    expect(
      await page
        .locator('thead')
        .first()
        .evaluate((e) => getComputedStyle(e).display)
    ).toBe('table-header-group');
    const {pages, text} = await pdfPages(page);
    expect(text).toMatch(/\/MediaBox \[0 0 841\.\d+ 59[45]\.\d+\]/);
    expect(pages).toBeGreaterThan(1);
    await page.close();
  }, 60_000);

  it('opens an exercise pack: each sheet on one page, the bills and the key with nothing failing', async () => {
    const folder = path.join(tempDir('ccm-pack-'), 'pack');
    const result = await writeExercises({folder, cwd: root, seed: 3, count: 2});
    for (const file of result.written.filter((f) => f.endsWith('.html'))) {
      const {page, failures} = await open(browser, file, {width: 900, height: 1000});
      expect(failures, file).toEqual([]);
      if (/exercise-\d+\.html$/.test(file)) expect((await pdfPages(page)).pages, file).toBe(1);
      if (file.endsWith('exercise-01.html')) await page.screenshot({path: path.join(output, 'workshop-exercise.png'), fullPage: true});
      await page.close();
    }
  }, 120_000);
});

describe.skipIf(!hasSoffice)('workshop Word files in LibreOffice', () => {
  it(hasSoffice
    ? 'converts a feedback sheet to a one-page PDF'
    : 'converts a feedback sheet to a one-page PDF (SKIPPED: `soffice` not found; install libreoffice-writer-nogui to run it)', async () => {
    const folder = path.join(tempDir('ccm-room-lo-'), 'room');
    await makeRoom(folder, '2027-06-01');
    handEdit(folder);
    await runWorkshop({folder, cwd: path.dirname(folder), today});
    const dir = path.dirname(folder);
    const docx = path.join(folder, 'out', 'freedonia', 'feedback.docx');
    const convert = () =>
      spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, docx], {
        encoding: 'utf8',
        timeout: 120_000
      });
    // A fresh LibreOffice profile occasionally fails its first start; one retry, then it must work.
    let run = convert();
    const pdf = path.join(dir, 'feedback.pdf');
    if (run.status !== 0 || !existsSync(pdf)) run = convert();
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(pdf)).toBe(true);
    const info = spawnSync('pdfinfo', [pdf], {encoding: 'utf8'});
    if (info.status === 0) {
      expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBe(1);
      expect(info.stdout).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    }
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], {encoding: 'utf8'});
    if (text.status === 0) {
      expect(text.stdout).toContain('Feedback: Freedonia');
      expect(text.stdout).toMatch(/Hand edits, against the model/);
    }
  }, 240_000);
});
