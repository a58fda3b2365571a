// Saved assessments live in IndexedDB: they survive reloads, open as a printable report, and can
// be deleted.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gotoApp, matchPosting, openApp, screenshot } from './helpers.mjs';

let app;
before(async () => {
  app = await openApp();
  await gotoApp(app);
});
after(() => app?.close());

test('a saved assessment survives a reload and opens as a report', { timeout: 90_000 }, async () => {
  const { page } = app;
  await matchPosting(page, '市场风险管理经理\n年薪40-60万\n搭建VaR与压力测试体系；持有CFA或FRM证书优先。');
  await page.getByRole('button', { name: '保存评估' }).click();
  await page.locator('#assess-status.status-ok', { hasText: '已保存' }).waitFor();
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
  await page.getByRole('link', { name: '报告' }).click();
  const item = page.locator('#saved-items .saved-item').first();
  await item.waitFor();
  assert.match(await item.textContent(), /市场风险管理经理/);
  await item.locator('a').click();
  await page.locator('#report-body .best-title').waitFor();
  assert.match(await page.locator('#report-body .best-title').textContent(), /市场风险管理经理/);
  assert.match(await page.locator('#report-body .report-footer').textContent(), /示意数据/);
  await screenshot(page, 'view-report');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-header').isVisible(), false, 'print hides the app chrome');
  assert.equal(await page.locator('#saved-items').isVisible(), false, 'print hides the saved list');
  await screenshot(page, 'view-report-print');
  await page.emulateMedia({ media: 'screen' });
});

test('a saved assessment can be deleted', { timeout: 60_000 }, async () => {
  const { page } = app;
  const before = await page.locator('#saved-items .saved-item').count();
  await page.locator('#saved-items .saved-item button').first().click();
  await page.waitForFunction((n) => document.querySelectorAll('#saved-items .saved-item').length === n - 1, before);
  assert.match(await page.locator('#report-body').textContent(), /找不到|还没有评估/);
});
