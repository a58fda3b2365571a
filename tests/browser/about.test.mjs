// About the data: what is official and what is illustrative, and importing official tables in
// the app — validated by the engine, every error listed, the previous catalogue kept if invalid.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gotoApp, matchPosting, openApp, screenshot } from './helpers.mjs';

const bundle = JSON.parse(readFileSync('web/lib/catalogue.json', 'utf8'));

let app;
before(async () => {
  app = await openApp();
  await gotoApp(app, '#/about');
});
after(() => app?.close());

const jsonFile = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });

test('the page says what is official and what is illustrative, with counts per catalogue', { timeout: 30_000 }, async () => {
  const { page } = app;
  await page.locator('#about-body table').waitFor();
  const text = await page.locator('#about-body').textContent();
  assert.match(text, /官方（出自公告）/);
  assert.match(text, /示意（本项目编写）/);
  assert.match(text, /全部薪酬数字/);
  assert.match(text, /内置目录/);
  await screenshot(page, 'view-about');
});

test('an invalid catalogue is rejected with every error listed, and the previous one stays in use', { timeout: 60_000 }, async () => {
  const { page } = app;
  const broken = structuredClone(bundle.key_industries);
  broken.positions[0].direction_id = 'D999';
  broken.core_fields[0].stars = 9;
  await page.locator('#catalogue-file').setInputFiles([jsonFile('key_industries.json', broken), jsonFile('bad.json', '{not json')]);
  await page.locator('#import-status.status-error').waitFor();
  assert.match(await page.locator('#import-status').textContent(), /未通过校验（\d+ 处错误），原目录继续使用/);
  const errors = await page.locator('#import-errors li').allTextContents();
  assert.ok(errors.length >= 2, errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('D999')), 'the dangling reference is named');
  assert.match(await page.locator('#about-body').textContent(), /内置目录（随应用发布）/);
  await screenshot(page, 'view-about-import-errors');
  await page.goto(`${app.url}#/assess`);
  await matchPosting(page, '数字IC设计工程师\n负责RTL设计');
  assert.match(await page.locator('#assess-result .best-title').textContent(), /数字IC设计工程师/, 'matching still works');
});

test('a valid catalogue is imported, used, remembered across reloads, and the bundled one can be restored', { timeout: 90_000 }, async () => {
  const { page } = app;
  const renamed = structuredClone(bundle);
  renamed.key_industries.positions[0].title_zh = '数字芯片前端设计工程师';
  await page.goto(`${app.url}#/about`);
  await page.locator('#catalogue-file').setInputFiles([jsonFile('official.json', renamed)]);
  await page.locator('#import-status.status-ok').waitFor();
  assert.match(await page.locator('#import-status').textContent(), /official\.json/);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
  await page.locator('#about-body table').waitFor();
  assert.match(await page.locator('#about-body').textContent(), /导入的目录：official\.json/);
  await page.goto(`${app.url}#/browse/position/P001`);
  await page.locator('.record-title').waitFor();
  assert.match(await page.locator('.record-title').textContent(), /数字芯片前端设计工程师/);
  await page.goto(`${app.url}#/about`);
  await page.getByRole('button', { name: '恢复内置目录' }).click();
  await page.locator('#import-status.status-ok', { hasText: '已恢复' }).waitFor();
  await page.goto(`${app.url}#/browse/position/P001`);
  await page.locator('.record-title', { hasText: '数字IC设计工程师' }).waitFor();
});
