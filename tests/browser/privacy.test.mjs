// Privacy, security and keyboard use: no network request after load (the posting never leaves
// the page), zero CSP violations under the strict policy, posting text rendered inert, every
// control reachable by keyboard with a visible focus.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gotoApp, matchPosting, openApp, waitForServiceWorker } from './helpers.mjs';

const XSS = `<img src=x onerror="window.__xss=1">数字IC设计工程师
<script>window.__xss=2</script><svg onload="window.__xss=3"></svg>
"><iframe src="javascript:window.__xss=4"></iframe> 负责RTL设计 &lt;b&gt;`;

let app;
before(async () => {
  app = await openApp();
  await gotoApp(app);
  await waitForServiceWorker(app.page);
});
after(() => app?.close());

const httpRequests = (from) => app.events.requests.slice(from).filter((r) => /^https?:/.test(r.url));

test('using every view makes no network request after load', { timeout: 120_000 }, async () => {
  const { page, url } = app;
  await page.waitForTimeout(500);
  const from = app.events.requests.length;
  assert.ok(httpRequests(0).some((r) => r.url.endsWith('.wasm')), 'loading the app is seen (the recorder works)');
  await matchPosting(page, '数字IC设计工程师\n负责RTL设计，25-40K·14薪');
  await page.getByRole('button', { name: '保存评估' }).click();
  await page.locator('#assess-status.status-ok', { hasText: '已保存' }).waitFor();
  for (const hash of ['#/check', '#/browse', '#/browse/position/P001', '#/browse/occupations', '#/browse/qualifications', '#/browse/major', '#/report', '#/about', '#/batch']) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForTimeout(300);
  }
  await page.locator('#batch-file').setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from('id,text\n1,数字IC设计工程师\n2,健康照护师\n') });
  await page.waitForFunction(() => document.documentElement.dataset.batch === 'done');
  await page.evaluate(() => { location.hash = '#/check'; });
  await page.locator('#qual-search').fill('CFA');
  await page.locator('#qual-options button').first().waitFor();
  assert.deepEqual(httpRequests(from).map((r) => r.url), [], `requests after load (app at ${url})`);
});

test('no Content-Security-Policy violation anywhere', () => {
  assert.deepEqual(app.events.csp, []);
  assert.deepEqual(app.events.errors, []);
});

test('an XSS attempt in a posting is shown as text and never runs', { timeout: 60_000 }, async () => {
  const { page } = app;
  await page.goto(`${app.url}#/assess`);
  await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
  await matchPosting(page, XSS);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('#assess-result img, #assess-result script, #assess-result svg, #assess-result iframe').count(), 0);
  const shown = await page.locator('#assess-result .posting-text').textContent();
  assert.ok(shown.includes('<img src=x onerror="window.__xss=1">'), 'the markup is shown literally');
  assert.ok(shown.includes('&lt;b&gt;'), 'entities are shown as typed');
  // Saved and reopened in the report: still inert.
  await page.getByRole('button', { name: '保存评估' }).click();
  await page.locator('#assess-status.status-ok', { hasText: '已保存' }).waitFor();
  await page.goto(`${app.url}#/report`);
  await page.locator('#saved-items a').first().click();
  await page.locator('#report-body .posting-text').waitFor();
  assert.equal(await page.locator('#report-body img, #report-body script, #report-body iframe').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
});

test('the posting box and the Match button are reachable by keyboard, with a visible focus', { timeout: 60_000 }, async () => {
  const { page } = app;
  await page.goto(`${app.url}#/assess`);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
  const seen = [];
  for (let i = 0; i < 40 && !seen.includes('match-button'); i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim().slice(0, 12)));
  }
  assert.equal(seen[0], '跳到主要内容', 'the skip link comes first');
  assert.ok(seen.includes('posting'), `Tab reaches the posting box: ${seen.join(' → ')}`);
  assert.ok(seen.includes('match-button'), 'Tab reaches the Match button');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused button shows an outline');
  await page.getByRole('textbox', { name: /招聘启事/ }).fill('数字IC设计工程师');
  await page.locator('#match-button').focus();
  const before = await page.evaluate(() => document.documentElement.dataset.assessed ?? '');
  await page.keyboard.press('Enter');
  await page.waitForFunction((b) => (document.documentElement.dataset.assessed ?? '') !== b, before);
});
