// Every view renders and is saved as a screenshot in tests/artifacts/ (desktop and phone), and
// the browse filters, record pages and "by major" search behave as a recruiter expects.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gotoApp, matchPosting, openApp, screenshot } from './helpers.mjs';

let app;
before(async () => {
  app = await openApp();
  await gotoApp(app);
});
after(() => app?.close());

test('the browse tree filters by search, stars and salary', { timeout: 60_000 }, async () => {
  const { page } = app;
  await page.goto(`${app.url}#/browse`);
  await page.locator('.tree-industry').first().waitFor();
  assert.equal(await page.locator('.tree-industry').count(), 15);
  assert.match(await page.locator('#browse-body [role="status"]').textContent(), /共 278 个岗位/);
  await page.getByRole('searchbox', { name: '搜索' }).fill('芯片');
  await page.waitForFunction(() => !document.querySelector('#browse-body [role="status"]').textContent.includes('278'));
  const titles = await page.locator('.tree-position a').allTextContents();
  assert.ok(titles.includes('数字IC设计工程师'), titles.join(','));
  await page.getByRole('searchbox', { name: '搜索' }).fill('');
  await page.getByLabel('稀缺程度').selectOption('5');
  await page.getByLabel('年薪中位数下限（万元）').fill('60');
  const stars = await page.locator('.tree-field summary .stars').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  assert.ok(stars.length > 0 && stars.every((s) => s.startsWith('5 星')), stars.join(','));
  const salaries = await page.locator('.tree-salary').allTextContents();
  assert.ok(salaries.every((s) => Number.parseFloat(s) >= 60), salaries.join(','));
  await screenshot(page, 'view-browse-filtered');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.waitForFunction(() => document.querySelector('#browse-body [role="status"]').textContent.includes('278'));
  await screenshot(page, 'view-browse');
});

test('a position page shows everything we hold about it, including provenance', { timeout: 30_000 }, async () => {
  const { page } = app;
  await page.goto(`${app.url}#/browse/position/P001`);
  await page.locator('.record-title').waitFor();
  const text = await page.locator('.record').textContent();
  for (const part of ['数字IC设计工程师', '专业背景', '微电子科学与工程', '核心能力要求', '数据来源', '示意数据']) assert.ok(text.includes(part), part);
  await screenshot(page, 'view-position');
});

test('an occupation page shows its work tasks and urgency, marked illustrative', { timeout: 30_000 }, async () => {
  const { page } = app;
  await page.goto(`${app.url}#/browse/occupation/S40`);
  await page.locator('.record-title').waitFor();
  const text = await page.locator('.record').textContent();
  for (const part of ['汽车维修工', '主要工作任务', '发动机', '紧缺程度', '示意数据']) assert.ok(text.includes(part), part);
  await screenshot(page, 'view-occupation');
});

test('by major (专业背景): 微电子 lists chip positions with stars and salary median', { timeout: 30_000 }, async () => {
  const { page } = app;
  await page.goto(`${app.url}#/browse/major`);
  await page.getByLabel('专业', { exact: true }).fill('微电子');
  await page.getByRole('button', { name: '查找岗位' }).click();
  await page.locator('.major-results table').waitFor();
  const rows = await page.locator('.major-results tbody tr').allTextContents();
  assert.ok(rows.length >= 5, `${rows.length} positions`);
  assert.ok(rows.some((r) => r.includes('数字IC设计工程师')));
  assert.ok(rows.every((r) => r.includes('微电子')), 'every row names the matched major');
  await page.getByRole('button', { name: 'computer science' }).click();
  await page.waitForFunction(() => document.querySelector('.major-results caption')?.textContent.includes('computer science'));
  assert.ok(await page.locator('.major-results tbody tr').count() > 0);
  await screenshot(page, 'view-browse-major');
});

test('the skilled-occupation and qualification lists filter by urgency and the urgent list', { timeout: 30_000 }, async () => {
  const { page } = app;
  await page.goto(`${app.url}#/browse/occupations`);
  await page.locator('.category table').first().waitFor();
  await page.getByLabel('紧缺程度').selectOption('3');
  assert.match(await page.locator('#browse-body [role="status"]').textContent(), /共 18 个职业/);
  await screenshot(page, 'view-browse-occupations');
  await page.goto(`${app.url}#/browse/qualifications`);
  await page.locator('#browse-body tbody tr').first().waitFor();
  await page.getByLabel('只看急需紧缺目录').check();
  assert.match(await page.locator('#browse-body [role="status"]').textContent(), /共 7 项资格/);
  await screenshot(page, 'view-browse-qualifications');
});

test('screenshots of every view on a phone', { timeout: 90_000 }, async () => {
  const { page } = app;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${app.url}#/assess`);
  await matchPosting(page, '数字IC设计工程师\n25-40K·14薪\n负责RTL设计，熟悉Verilog，微电子相关专业。');
  await screenshot(page, 'phone-assess');
  for (const view of ['check', 'browse', 'batch', 'report', 'about']) {
    await page.goto(`${app.url}#/${view}`);
    await page.waitForTimeout(400);
    await screenshot(page, `phone-${view}`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `no horizontal scrolling on a phone (${overflow}px)`);
});
