// The web page in a real browser (Debian's Chromium, headless, driven by
// Playwright) against `verity serve` on localhost: pick an example, check it,
// see the verdict and the highlighted words; check a URL; phone-sized
// layout; copy the JSON. The page must make no request outside verity.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startVerity, repoRoot, verityBinary } from './serve.js';

const screenshots = process.env.VERITY_SCREENSHOT_DIR || path.join(repoRoot, 'build', 'screenshots');
let verity;
let browser;

before(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  verity = await startVerity();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-default-apps', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  const code = await verity?.stop();
  assert.equal(code, 0, 'verity serve exits cleanly on SIGTERM');
});

// A page on verity, failing the test on any request that leaves it.
async function openPage(t, options = {}, server = verity) {
  const context = await browser.newContext(options);
  t.after(() => context.close());
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.base) || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  t.after(() => {
    assert.deepEqual(outside, [], 'no request leaves verity');
    assert.deepEqual(errors, [], 'no script errors');
  });
  await page.goto(server.base);
  return { page, context };
}

test('an example is checked: verdict, gauge and both kinds of highlight appear', async (t) => {
  const { page } = await openPage(t, { viewport: { width: 1200, height: 1600 } });
  await page.getByLabel('Bundled example').selectOption({ label: 'fabricated-story.txt' });
  await page.waitForFunction(() => document.getElementById('article-input').value.length > 100);
  await page.getByRole('button', { name: 'Check article' }).click();
  const verdict = page.getByTestId('verdict');
  await verdict.waitFor({ state: 'visible' });

  const story = fs.readFileSync(path.join(repoRoot, 'examples', 'fabricated-story.txt'), 'utf8');
  const expected = await (await fetch(`${verity.base}v1/check`, {
    method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: story,
  })).json();
  assert.equal(await verdict.textContent(), expected.verdict);
  const meter = page.getByRole('meter');
  assert.equal(await meter.getAttribute('aria-valuenow'), String(Math.round(expected.fake_probability * 100)));

  const body = page.getByTestId('article-body');
  assert.ok(await body.locator('mark.fake').count() > 0, 'words toward fake are highlighted');
  assert.ok(await body.locator('mark.real').count() > 0, 'words toward real are highlighted');
  assert.ok(await body.locator('.key').count() > 0, 'key sentences are marked');
  const firstFake = expected.explanation.top_fake.find((term) => term.field === 'body');
  const marked = await body.locator('mark.fake').allTextContents();
  assert.ok(marked.some((text) => text.toLowerCase() === firstFake.term.split(' ')[0].toLowerCase() ||
    firstFake.term.toLowerCase().includes(text.toLowerCase())), `"${firstFake.term}" is marked`);
  assert.ok(await page.locator('#signals-table tbody tr').count() > 0, 'style signals are listed');
  assert.equal(await page.locator('#source-section').isVisible(), false, 'no source section without evidence');
  assert.equal(await page.locator('#evidence-section').isVisible(), false, 'nothing weighed without a store');
  await page.screenshot({ path: path.join(screenshots, 'check-example.png'), fullPage: true });
});

test('a URL is fetched and checked, and the JSON copies with one click', async (t) => {
  const html = fs.readFileSync(path.join(repoRoot, 'examples', 'news-page.html'));
  const site = http.createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  t.after(() => site.close());
  const url = `http://127.0.0.1:${site.address().port}/news/council-budget`;

  const { page, context } = await openPage(t);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: verity.base.replace(/\/$/, '') });
  await page.getByLabel('Text, HTML or a URL').fill(url);
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Check article' }).press('Enter');
  await page.getByTestId('verdict').waitFor({ state: 'visible' });
  assert.match(await page.locator('#article-meta').textContent(), /127\.0\.0\.1/);

  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await page.getByText('JSON copied.').waitFor();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.article.url, url);
  assert.ok(['fake', 'real', 'uncertain', 'satire'].includes(copied.verdict));
});

test('on a phone the page fits the screen, and errors are said plainly', async (t) => {
  const { page } = await openPage(t, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  await page.getByRole('button', { name: 'Check article' }).click();
  await page.getByText('Paste an article, a URL or an HTML page first.').waitFor();
  await page.getByLabel('Text, HTML or a URL').fill('http://127.0.0.1:1/nothing-listens-here');
  await page.getByRole('button', { name: 'Check article' }).click();
  await page.getByText(/Could not check it/).waitFor();

  await page.getByLabel('Bundled example').selectOption({ label: 'news-page.html' });
  await page.waitForFunction(() => document.getElementById('article-input').value.startsWith('<'));
  await page.getByRole('button', { name: 'Check article' }).click();
  await page.getByTestId('verdict').waitFor({ state: 'visible' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);
  await page.screenshot({ path: path.join(screenshots, 'check-phone.png'), fullPage: true });
});

test('with an evidence store the page shows how the evidence moved the verdict', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verity-web-store-'));
  const store = path.join(dir, 'verity.db');
  execFileSync(verityBinary, ['source', 'import', '--store', store,
    path.join(repoRoot, 'examples', 'source-ratings.csv')], { stdio: 'ignore' });
  const served = await startVerity(['--store', store]);
  t.after(async () => {
    await served.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const { page } = await openPage(t, { viewport: { width: 1200, height: 1600 } }, served);
  await page.getByLabel('Text, HTML or a URL').fill(
    'Bridge money has vanished\n\nExample-hoax.news reports: the Millbrook council never meant to build '
    + 'the bridge and the money has already disappeared, officials said on Monday.\n');
  await page.getByRole('button', { name: 'Check article' }).click();
  await page.getByTestId('verdict').waitFor({ state: 'visible' });
  const section = page.locator('#evidence-section');
  assert.equal(await section.isVisible(), true, 'the evidence section appears');
  const items = await page.locator('#evidence-list li').allTextContents();
  assert.ok(items.some((item) => item.includes('cited source example-hoax.news') && item.includes('points')),
    `the cited hoax site is named with its share: ${items}`);
  assert.match(await page.locator('#evidence-summary').textContent(), /Content model alone: \d+%; with the evidence: \d+%/);
  // Sources and claims read as sentences, not as the record's JSON.
  const sources = await page.locator('#source-details').textContent();
  assert.match(sources, /cited source\s*example-hoax\.news: low: quality 0\.05, fake, conspiracy/);
  assert.ok(!sources.includes('{'), `no raw JSON in the sources: ${sources}`);
  const claims = await page.locator('#claims-list > li').allTextContents();
  assert.ok(claims.some((claim) => claim.includes('Millbrook council') && claim.includes('no rated claim matches')),
    `the check-worthy sentence is listed with what matched it: ${claims}`);
  await page.screenshot({ path: path.join(screenshots, 'check-with-evidence.png'), fullPage: true });
});
