import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, type Harness, postReport, SCREENSHOTS, startHarness } from './browser-harness.js';

if (!HAS_CHROMIUM)
  console.warn('browser tests skipped: /usr/bin/chromium is absent (apt-get install chromium)');

const HOSTILE = [
  'Title: <img src=x onerror="window.__xss=\'title\'">',
  '',
  '<script>window.__xss="script"</script> Rebel fighters shelled the town of Saraqib on Monday, activists said.',
  '<img src=x onerror="window.__xss=\'img\'"> <a href="javascript:window.__xss=\'link\'">click here</a>',
  '',
].join('\n');

describe.skipIf(!HAS_CHROMIUM)('the web page in chromium', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    page = await h.newPage();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });

  it('lists the example story with its counts', async () => {
    const res = await page.goto(`${h.base}/`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    const row = page.locator('#story-list tbody tr').first();
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual([
      'Syrian government forces take control of nearly half of rebel-held east Aleppo',
      '2',
      '2',
      expect.stringMatching(/^\d+$/),
      '2016-12-03',
    ]);
    await shot('1-story-list');
  });

  it('shows the story with map markers for places and events', async () => {
    await page.locator('#story-list a').first().click();
    await page.locator('#map path.sitrep-event').first().waitFor();
    expect(await page.locator('#map path.sitrep-place').count()).toBeGreaterThan(3);
    expect(await page.locator('#map path.sitrep-event').count()).toBeGreaterThan(3);
    expect(await page.locator('#map path.leaflet-interactive').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart canvas').count()).toBeGreaterThan(0);
    await shot('2-story');
  });

  it('lists a joint claim under each of its claimants, naming the other', async () => {
    const group = page
      .locator('details.claimant')
      .filter({ has: page.locator('summary', { hasText: /^SANA \(/ }) });
    expect(await group.locator('li').count()).toBe(1);
    expect(await group.locator('li .joint').textContent()).toBe('(with Syrian Observatory for Human Rights)');
    expect(await group.locator('li q').textContent()).toBe(
      'Five people were killed by rebel fire on west Aleppo',
    );
  });

  it('moves the date slider and shows fewer events for an earlier date', async () => {
    const map = page.locator('#map');
    const latest = Number(await map.getAttribute('data-events'));
    const slider = page.locator('input.date-slider');
    await slider.fill('0');
    const earliest = await map.getAttribute('data-date');
    expect(await page.locator('output.slider-date').textContent()).toBe(earliest);
    expect(Number(await map.getAttribute('data-events'))).toBeLessThan(latest);
    await page.locator('.map-panel').screenshot({ path: `${SCREENSHOTS}3-map-earliest.png` });
  });

  it('opens the cited report with the span highlighted and the other annotations visible', async () => {
    const cite = page.locator('.briefing button.cite').first();
    const start = Number(await cite.getAttribute('data-start'));
    const end = Number(await cite.getAttribute('data-end'));
    await cite.click();
    const mark = page.locator('#report-viewer mark.cited');
    await mark.first().waitFor();
    const text = await page.locator('#report-viewer .report-text').textContent();
    expect((await mark.allTextContents()).join('')).toBe(text?.slice(start, end));
    expect(await page.locator('#report-viewer .ann-entity').count()).toBeGreaterThan(5);
    expect(await page.locator('#report-viewer .ann-time').count()).toBeGreaterThan(0);
    await shot('4-citation');
    await page.locator('#report-viewer button.close').click();
  });

  it('updates without reload when a report is posted', async () => {
    await page.goto(`${h.base}/#/`);
    const list = page.locator('#story-list');
    await list.waitFor();
    const before = Number(await list.getAttribute('data-total-reports'));
    await page.evaluate('window.__sameDocument = true');
    const posted = await postReport(
      h.base,
      'Published: 2016-12-06\n\nSyrian troops seized the Sheikh Saeed district of Aleppo on Tuesday, the army said.\n',
    );
    expect(posted.status).toBe(201);
    // polled with page.evaluate: this file compiles without the DOM library, and the page's CSP forbids
    // the string eval that waitForFunction would need
    await expect
      .poll(() => page.evaluate("Number(document.querySelector('#story-list')?.dataset.totalReports)"), {
        timeout: 15_000,
      })
      .toBe(before + 1);
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
    await shot('5-after-post');
  });

  it('renders a hostile report as text and runs none of it', async () => {
    const posted = await postReport(h.base, HOSTILE);
    expect(posted.status).toBe(201);
    await expect.poll(() => page.evaluate('document.body.dataset.version'), { timeout: 15_000 }).toBe('3');
    await page.goto(`${h.base}/#/story/${posted.body.stories[0]}`);
    const title = page.locator('.sources button.link', { hasText: '<img src=x onerror=' });
    await title.click();
    const viewer = page.locator('#report-viewer .report-text');
    await viewer.waitFor();
    expect(await viewer.textContent()).toContain('<script>window.__xss="script"</script>');
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(
      await page.locator('#report-viewer img, #report-viewer script, a[href^="javascript:"]').count(),
    ).toBe(0);
    await shot('6-hostile-report');
  });

  it('keeps the slider date on a live update', async () => {
    await page.goto(`${h.base}/#/`);
    const href = await page.locator('#story-list a', { hasText: 'Aleppo' }).first().getAttribute('href');
    await page.goto(`${h.base}/${href}`);
    await page.locator('#map path.sitrep-event').first().waitFor();
    await page.locator('input.date-slider').fill('0');
    const chosen = await page.locator('#map').getAttribute('data-date');
    const posted = await postReport(
      h.base,
      'Published: 2016-12-07\n\nGovernment forces captured the Shaar district of Aleppo on Wednesday, the army said.\n',
    );
    expect(posted.status).toBe(201);
    await expect.poll(() => page.evaluate('document.body.dataset.version'), { timeout: 15_000 }).toBe('4');
    await page.locator('#map path.sitrep-event').first().waitFor();
    expect(await page.locator('#map').getAttribute('data-date')).toBe(chosen);
    expect(await page.locator('output.slider-date').textContent()).toBe(chosen);
  });

  it('sent nothing outside and logged no error', () => {
    expect(h.outside).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
