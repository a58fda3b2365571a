// Assess: a posting pasted into the labelled text area, the Match / 匹配 button, and what a
// recruiter reads: the position with stars, the three dimensions, the salary verdict, the
// matched terms highlighted at the engine's offsets; an honest "no confident match".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gotoApp, matchPosting, openApp, screenshot } from './helpers.mjs';

const CHIP_POSTING = `数字IC设计工程师
25-40K·14薪 | 北京·海淀
负责SoC模块的微架构与RTL设计（Verilog/SystemVerilog），完成Lint、CDC检查与逻辑综合。
要求微电子科学与工程相关专业硕士。`;

const CASHIER_POSTING = `超市收银员
4000-5000元/月
负责门店收银、商品扫码、找零与小票核对，保持收银台整洁。`;

let app;
before(async () => {
  app = await openApp();
  await gotoApp(app);
});
after(() => app?.close());

test('a chip-design posting shows 数字IC设计工程师 with stars, the three dimensions and a salary verdict', { timeout: 60_000 }, async () => {
  const { page } = app;
  await matchPosting(page, CHIP_POSTING);
  const card = page.locator('#assess-result .best-card');
  assert.match(await card.locator('.best-title').textContent(), /数字IC设计工程师/);
  assert.match(await card.locator('.path').textContent(), /集成电路.*芯片设计/);
  assert.equal(await card.locator('.stars').getAttribute('aria-label'), '5 星（满分 5 星，星越多越稀缺）');
  assert.equal(await card.locator('.dimension').count(), 3);
  assert.match(await page.locator('#assess-result .verdict').textContent(), /中位数/);
  assert.ok(await page.locator('#assess-result .salary-offer').count(), 'the offered range is drawn');
  await screenshot(page, 'view-assess');
});

test('every highlighted term is the text at the offsets the engine reported', { timeout: 60_000 }, async () => {
  const { page } = app;
  const marks = await page.locator('#assess-result .posting-text mark.mark-term').allTextContents();
  assert.ok(marks.length >= 3, `expected several highlighted terms, got ${marks.length}`);
  const expected = await page.evaluate(async (text) => {
    const { engine } = await import('./app/engine.js');
    const tm = await engine();
    const result = await tm.match(text, { top: 5 });
    const best = result.explanation.positions.find((p) => p.id === result.best.id);
    return best.terms.flatMap((term) => term.offsets.map((o) => text.slice(o.start_u16, o.end_u16)));
  }, CHIP_POSTING);
  for (const term of expected) assert.ok(marks.some((m) => m.includes(term)), `"${term}" is highlighted`);
  assert.ok(marks.some((m) => /RTL|Verilog/.test(m)), 'a competency term is highlighted');
  assert.equal(await page.locator('#assess-result mark.mark-salary').textContent(), '25-40K·14薪');
});

test('illustrative figures carry the illustrative badge', { timeout: 60_000 }, async () => {
  const { page } = app;
  const median = page.locator('#assess-result .best-card .metric', { hasText: '年薪中位数参考值' });
  assert.equal(await median.locator('.badge-illustrative').count(), 1);
  assert.equal(await page.locator('#assess-result .salary-facts .badge-illustrative').count(), 1);
});

test('an off-catalogue posting (a cashier) comes back as no confident match, not a forced position', { timeout: 60_000 }, async () => {
  const { page } = app;
  await matchPosting(page, CASHIER_POSTING);
  assert.equal(await page.locator('#assess-result .best-none').count(), 1);
  assert.match(await page.locator('#assess-result .best-title').textContent(), /没有把握/);
  assert.equal(await page.locator('#assess-result .candidate-list').isVisible(), false, 'the nearest positions stay folded away');
  await screenshot(page, 'view-assess-no-match');
});

test('a general role at a catalogue industry (a chip firm\'s sales manager) is no position, and says why', { timeout: 60_000 }, async () => {
  const { page } = app;
  await matchPosting(page, '大客户销售经理（芯片原厂）25-40K+提成\n负责国产MCU芯片的大客户开拓与维护，完成年度销售目标。');
  assert.equal(await page.locator('#assess-result .best-none').count(), 1);
  assert.match(await page.locator('#assess-result .general-role').textContent(), /通用的岗位/);
  assert.match(await page.locator('#assess-result').textContent(), /标题是通用岗位/, 'the normalisation is listed');
});

test('a skilled-trade posting is announced as a skilled occupation, not a catalogue position', { timeout: 60_000 }, async () => {
  const { page } = app;
  await matchPosting(page, '焊工师傅 8000-12000/月\n负责钢结构件的二保焊、氩弧焊焊接，持焊工证，能看懂图纸。');
  assert.match(await page.locator('#assess-result .best-card').textContent(), /技能人才急需紧缺职业/);
  assert.equal((await page.locator('#assess-status').textContent()).trim(), '最可能的技能职业：焊工');
});

test('a sample posting is matched with one click', { timeout: 60_000 }, async () => {
  const { page } = app;
  const before = await page.evaluate(() => document.documentElement.dataset.assessed);
  await page.locator('button[data-sample="fintech"]').click();
  await page.waitForFunction((b) => document.documentElement.dataset.assessed !== b, before);
  assert.match(await page.locator('#assess-result .best-title').textContent(), /市场风险管理经理/);
  const quals = await page.locator('#assess-result .qualification').allTextContents();
  assert.ok(quals.some((q) => q.includes('FCCA') && q.includes('急需紧缺目录')), 'FCCA is marked as urgent-list');
  assert.ok(quals.some((q) => q.includes('CFA')), 'CFA is named');
});

test('structured fields (title, salary, description) are matched like the whole text', { timeout: 60_000 }, async () => {
  const { page } = app;
  await page.getByLabel('分字段填写').check();
  await page.locator('#posting-title').fill('数字IC设计工程师');
  await page.locator('#posting-salary').fill('年薪30-50万');
  await page.locator('#posting-description').fill('负责RTL设计与综合，熟悉Verilog。');
  const before = await page.evaluate(() => document.documentElement.dataset.assessed);
  await page.getByRole('button', { name: '匹配' }).click();
  await page.waitForFunction((b) => document.documentElement.dataset.assessed !== b, before);
  assert.match(await page.locator('#assess-result .best-title').textContent(), /数字IC设计工程师/);
  assert.match(await page.locator('#assess-result .salary-facts').textContent(), /30万–50万/);
  await page.getByLabel('整段文本').check();
});

test('an empty posting asks for text instead of matching', { timeout: 30_000 }, async () => {
  const { page } = app;
  await page.getByRole('textbox', { name: /招聘启事/ }).fill('   ');
  await page.getByRole('button', { name: '匹配' }).click();
  assert.match(await page.locator('#assess-status').textContent(), /请先粘贴/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'posting');
});

test('no page errors and no console errors', () => {
  assert.deepEqual(app.events.errors, []);
  assert.deepEqual(app.events.console.filter((m) => m.startsWith('error')), []);
});
