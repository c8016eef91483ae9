/**
 * The HTML comparison in a real headless browser (Debian Chromium through
 * playwright-core): it renders, the summary links jump to their clauses,
 * the side-by-side / inline toggle works without script, and the print view
 * shows the inline redline. A screenshot is kept in test/output/.
 */
import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {compareActs} from '../src/compare/compare.js';
import {loadPair} from '../src/compare/read.js';
import {renderHtml} from '../src/compare/render-html.js';

const root = path.resolve(import.meta.dirname, '..');
const executablePath = '/usr/bin/chromium';
const output = path.join(root, 'test', 'output');
const available = existsSync(executablePath);

if (!available) console.warn(`compare-browser: skipped, ${executablePath} not found (apt-get install -y chromium)`);

describe.skipIf(!available)('compare HTML in Chromium', () => {
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    const pair = await loadPair('test/fixtures/compare/basic/base.md', 'test/fixtures/compare/basic/other.md', {cwd: root});
    html = renderHtml(compareActs(pair.base.act, pair.other.act));
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
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

  it('renders offline, summary links jump to clauses, views toggle, print shows the inline view', async () => {
    const page = await browser.newPage({viewport: {width: 1200, height: 700}, javaScriptEnabled: false});
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && !r.url().startsWith('about:')) requests.push(r.url());
    });
    await page.setContent(html, {waitUntil: 'load'});
    expect(requests).toEqual([]);
    expect(await page.title()).toContain('Comparison');
    expect(await page.locator('table.changes tbody tr').count()).toBe(8);

    // Summary links → clauses: the page scrolls so the target is in view
    // (at the top, unless the page ends first).
    for (const id of ['c5', 'c11']) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator(`table.changes a[href="#${id}"]`).first().click();
      await page.waitForFunction((hash) => location.hash === hash, `#${id}`);
      const box = await page.locator(`#${id}`).evaluate((el) => ({
        top: el.getBoundingClientRect().top,
        scrolled: window.scrollY,
        atEnd: window.scrollY + innerHeight >= document.documentElement.scrollHeight - 2
      }));
      expect(box.scrolled).toBeGreaterThan(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      if (!box.atEnd) expect(box.top).toBeLessThan(60);
      else expect(box.top).toBeLessThan(700);
      expect(await page.locator(`#${id}`).evaluate((el) => el.matches(':target'))).toBe(true);
    }

    // Side by side by default: the other column shows insertions, not deletions.
    const modified = page.locator('#c1');
    await expect.poll(() => modified.locator('.columns').isVisible()).toBe(true);
    expect(await modified.locator('.inline').isVisible()).toBe(false);
    expect(await modified.locator('.col.other ins').innerText()).toBe('2027');
    expect(await modified.locator('.col.other del').count()).toBe(0);

    // Toggle to the inline view without script (radio + CSS).
    await page.locator('label[for=view-inline]').click();
    expect(await modified.locator('.inline').isVisible()).toBe(true);
    expect(await modified.locator('.columns').isVisible()).toBe(false);
    expect(await modified.locator('.inline del').innerText()).toBe('2026');

    mkdirSync(output, {recursive: true});
    await page.locator('label[for=view-side]').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({path: path.join(output, 'compare-basic.png'), fullPage: true});

    // Print: inline redline, toggles hidden.
    await page.emulateMedia({media: 'print'});
    expect(await modified.locator('.inline').isVisible()).toBe(true);
    expect(await modified.locator('.columns').isVisible()).toBe(false);
    expect(await page.locator('.toggle').isVisible()).toBe(false);
    const pdf = await page.pdf({format: 'A4'});
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await page.close();
  }, 60_000);

  it('shows why each difference of a generated draft exists', async () => {
    const pair = await loadPair('test/fixtures/compare/draft/model/draft-bill.md', 'test/fixtures/compare/draft/edited/draft-bill.md', {
      cwd: root
    });
    const page = await browser.newPage({viewport: {width: 1200, height: 900}, javaScriptEnabled: false});
    await page.setContent(
      renderHtml(
        compareActs(pair.base.act, pair.other.act, {baseProvenance: pair.base.provenance, otherProvenance: pair.other.provenance})
      ),
      {waitUntil: 'load'}
    );
    const handEdit = page.locator('.why.hand-edit').first();
    expect(await handEdit.innerText()).toContain('edited by hand after generation');
    expect(await page.locator('.why.answer code').first().innerText()).not.toBe('');
    mkdirSync(output, {recursive: true});
    await page.screenshot({path: path.join(output, 'compare-draft.png')});
    await page.close();
  }, 60_000);
});
