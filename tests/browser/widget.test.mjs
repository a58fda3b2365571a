// Embedding: <talent-match> loaded with one script tag inside the mock job board
// (web/embed-example.html): Shadow DOM, lang / view / compact attributes, and the
// talentmatch-result event the host page listens to.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot } from './helpers.mjs';

let app;
before(async () => {
  app = await openApp();
  await app.page.goto(`${app.url}embed-example.html`);
});
after(() => app?.close());

test('the result widget matches the job form and the host page hears about it', { timeout: 60_000 }, async () => {
  const { page } = app;
  await page.locator('#job-hint', { hasText: '目录对照' }).waitFor({ timeout: 30_000 });
  assert.match(await page.locator('#job-hint').textContent(), /数字IC设计工程师/);
  const inside = page.locator('#matcher .best-title');
  assert.match(await inside.textContent(), /数字IC设计工程师/);
  assert.equal(await page.evaluate(() => document.querySelector('#matcher').shadowRoot !== null), true, 'rendered in a shadow root');
  assert.equal(await page.evaluate(() => document.querySelectorAll('.best-title').length), 0, 'nothing leaks into the host document');
});

test('editing the job form and checking again updates the widget', { timeout: 60_000 }, async () => {
  const { page } = app;
  await page.locator('#job-title').fill('健康照护师');
  await page.locator('#job-description').fill('为社区老人提供生活照护与健康监测。');
  await page.locator('#job-salary').fill('6000-8000元/月');
  await page.getByRole('button', { name: '对照人才目录检查' }).click();
  await page.locator('#job-hint', { hasText: '健康照护师' }).waitFor({ timeout: 30_000 });
  assert.match(await page.locator('#matcher .best-title').textContent(), /健康照护师/);
});

test('the English widget in assess view has its own labelled box and Match button', { timeout: 60_000 }, async () => {
  const { page } = app;
  const widget = page.locator('talent-match[view="assess"]');
  await widget.getByLabel('Job posting').fill('Digital IC Design Engineer\nRTL design in Verilog, 25-40K·14薪');
  const event = page.evaluate(() => new Promise((resolve) => {
    document.querySelector('talent-match[view="assess"]').addEventListener('talentmatch-result', (e) => resolve(e.detail.result.best), { once: true });
  }));
  await widget.getByRole('button', { name: 'Match' }).click();
  const best = await event;
  assert.equal(best.id, 'P001');
  assert.match(await widget.locator('.best-title').textContent(), /^Digital IC Design Engineer/);
  assert.equal(await widget.locator('.dimensions').count(), 0, 'compact mode leaves out the dimension bars');
  await screenshot(page, 'widget-embed-example');
});

test('changing the lang attribute re-renders the widget in that language', { timeout: 30_000 }, async () => {
  const { page } = app;
  await page.evaluate(() => document.querySelector('talent-match[view="assess"]').setAttribute('lang', 'zh'));
  const widget = page.locator('talent-match[view="assess"]');
  assert.equal(await widget.getByRole('button', { name: '匹配' }).count(), 1);
  assert.match(await widget.locator('.best-title').textContent(), /^数字IC设计工程师/);
});

test('the example page runs under the CSP without violations or errors', () => {
  assert.deepEqual(app.events.csp, []);
  assert.deepEqual(app.events.errors, []);
});
