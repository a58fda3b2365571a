// Chinese and English UI: switchable, remembered across reloads, catalogue content in the chosen
// language, and the two dictionaries cover the same keys.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import zh from '../../web/app/strings-zh.js';
import en from '../../web/app/strings-en.js';
import { gotoApp, matchPosting, openApp, screenshot } from './helpers.mjs';

let app;
before(async () => {
  app = await openApp({ locale: 'zh-CN' });
  await gotoApp(app);
});
after(() => app?.close());

test('the zh and en dictionaries have exactly the same keys, none empty', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
  for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) assert.ok(value.trim(), key);
});

test('a Chinese browser starts in Chinese with a button named 匹配', async () => {
  const { page } = app;
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.equal(await page.getByRole('button', { name: '匹配' }).count(), 1);
});

test('switching to English translates the page, and the choice survives a reload', { timeout: 60_000 }, async () => {
  const { page } = app;
  await page.getByLabel('语言').selectOption('en');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.getByRole('button', { name: 'Match' }).count(), 1);
  assert.equal(await page.locator('.main-nav a[data-route="check"]').textContent(), 'Candidate check');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.getByLabel('Language').inputValue(), 'en');
  assert.equal(await page.title(), 'talentmatch · Beijing talent catalogue matcher');
});

test('in English the result shows the catalogue\'s English names', { timeout: 60_000 }, async () => {
  const { page } = app;
  await matchPosting(page, '数字IC设计工程师\n负责RTL设计，25-40K·14薪');
  assert.match(await page.locator('#assess-result .best-title').textContent(), /^Digital IC Design Engineer/);
  assert.match(await page.locator('#assess-result .best-card .path').textContent(), /Integrated circuits.*Chip design/);
  assert.match(await page.locator('#assess-result .verdict').textContent(), /median/);
  await screenshot(page, 'view-assess-en');
});

test('the browse tree is in English too, and switching back re-renders it in Chinese', { timeout: 60_000 }, async () => {
  const { page } = app;
  await page.goto(`${app.url}#/browse`);
  await page.locator('.tree-industry summary').first().waitFor();
  assert.match(await page.locator('.tree-industry summary').first().textContent(), /Integrated circuits/);
  await page.getByLabel('Language').selectOption('zh');
  await page.waitForFunction(() => document.querySelector('.tree-industry summary')?.textContent.includes('集成电路'));
  assert.equal(await page.evaluate(() => localStorage.getItem('talentmatch.lang')), 'zh');
});
