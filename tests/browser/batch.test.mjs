// Batch: a CSV or JSONL file of postings → parsed in a worker (Papa Parse), matched in the engine
// worker with a progress bar, a sortable table, CSV / JSON downloads; 10 000 postings without
// freezing the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { gotoApp, openApp, screenshot } from './helpers.mjs';

const TITLES = [
  ['数字IC设计工程师', '负责RTL设计与验证，熟悉Verilog', '25-40K·14薪'],
  ['市场风险管理经理', '搭建VaR与压力测试体系，持CFA优先', '年薪40-60万'],
  ['健康照护师', '为老人提供生活照护与健康监测', '6000-8000元/月'],
  ['超市收银员', '负责收银与盘点', '4000-5000元/月'],
  ['Machine Learning Platform Engineer', 'distributed training on GPU clusters, Kubernetes', '$120k-150k'],
  ['数据分析师', '负责业务数据分析与报表，熟练SQL与Python', '15k-25k'],
  ['焊工', '氩弧焊、二氧化碳保护焊作业', '日薪400'],
  ['临床监查员', '负责临床试验中心监查与数据核查', '面议'],
];

/** n postings as CSV rows id,title,description,salary (with quotes, commas and newlines inside). */
function csvOf(n) {
  const rows = [['id', 'title', 'description', 'salary']];
  for (let i = 0; i < n; i++) {
    const [title, description, salary] = TITLES[i % TITLES.length];
    rows.push([`J${i + 1}`, title, `${description}，"第${i + 1}号"\n岗位, 北京`, salary]);
  }
  return Papa.unparse(rows);
}

async function runBatch(page, name, content, mimeType = 'text/csv') {
  await page.evaluate(() => {
    // Record every progress value the page shows, and main-thread tasks longer than 50 ms.
    window.__progress = [];
    window.__longTasks = [];
    const bar = document.getElementById('batch-progress');
    new MutationObserver(() => window.__progress.push(Number(bar.value))).observe(bar, { attributes: true, attributeFilter: ['value'] });
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  await page.locator('#batch-file').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  await page.waitForFunction(() => ['done', 'cancelled'].includes(document.documentElement.dataset.batch), null, { timeout: 240_000 });
  return page.evaluate(() => ({ progress: window.__progress, longTasks: window.__longTasks, status: document.getElementById('batch-status').textContent }));
}

async function tileCounts(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.summary-tile')].map((t) => [t.className.replace(/.*kind-/, ''), Number(t.querySelector('.tile-number').textContent)])));
}

let app;
before(async () => {
  app = await openApp();
  await gotoApp(app, '#/batch');
});
after(() => app?.close());

test('1 000 postings from a CSV complete with a moving progress bar', { timeout: 240_000 }, async () => {
  const { page } = app;
  const { progress, status } = await runBatch(page, 'postings-1000.csv', csvOf(1000));
  assert.match(status, /完成：已匹配 1000 则启事/);
  assert.ok(progress.some((v) => v > 0 && v < 1000), `progress moved through intermediate values: ${progress.join(',')}`);
  assert.equal(progress.at(-1), 1000);
  const counts = await tileCounts(page);
  assert.equal(counts.position + counts.occupation + counts.none + counts.error, 1000);
  assert.equal(counts.error, 0);
  assert.ok(counts.position >= 500, `most postings match a position (${counts.position})`);
  await screenshot(page, 'view-batch');
});

test('the results download as a CSV with one row per posting, and as JSON', { timeout: 60_000 }, async () => {
  const { page } = app;
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#batch-download-csv').click()]);
  assert.equal(csvDownload.suggestedFilename(), 'postings-1000-talentmatch.csv');
  const parsed = Papa.parse(readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  assert.equal(parsed.data.length, 1000);
  assert.equal(parsed.data[0].id, 'J1');
  assert.equal(parsed.data[0].match_id, 'P001');
  assert.equal(parsed.data[3].kind, 'none', 'the cashier is no confident match');

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#batch-download-json').click()]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  assert.equal(json.results.length, 1000);
  assert.equal(json.results[1].result.best.id, 'P106');
});

test('clicking a column header sorts the table and says so with aria-sort', { timeout: 60_000 }, async () => {
  const { page } = app;
  const header = page.locator('#batch-result th', { has: page.locator('button[data-sort="confidence"]') });
  await page.locator('button[data-sort="confidence"]').click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  const ascending = await page.locator('#batch-table tbody tr td:nth-child(5)').allTextContents();
  const values = ascending.map((v) => Number.parseInt(v, 10)).filter(Number.isFinite);
  assert.deepEqual(values, [...values].sort((a, b) => a - b));
  await page.locator('button[data-sort="confidence"]').click();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  assert.match(await page.locator('#batch-table tbody tr td:nth-child(5)').first().textContent(), /%/);
});

test('JSONL with a broken line reports that line and matches the rest', { timeout: 60_000 }, async () => {
  const { page } = app;
  const lines = ['{"id": "a", "text": "数字IC设计工程师\\n负责RTL设计"}', '{not json', '{"id": "c", "text": "健康照护师\\n照护老人"}', '{"id": "d"}'];
  const { status } = await runBatch(page, 'postings.jsonl', lines.join('\n'), 'application/x-ndjson');
  assert.match(status, /已匹配 2 则启事，2 行无法读取/);
  const errors = await page.locator('.parse-errors li').allTextContents();
  assert.ok(errors.some((e) => e.startsWith('第 2 行')), errors.join(' | '));
  assert.ok(errors.some((e) => e.startsWith('第 4 行')), errors.join(' | '));
});

test('10 000 postings never block the page: it keeps answering while the batch runs', { timeout: 300_000 }, async () => {
  const { page } = app;
  const started = Date.now();
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  await page.locator('#batch-file').setInputFiles({ name: 'postings-10000.csv', mimeType: 'text/csv', buffer: Buffer.from(csvOf(10_000)) });
  // Each poll is a task the page's main thread must run; if matching or parsing ran there, the
  // polls would only be answered after the batch, all reading its final value.
  const answered = new Set();
  for (;;) {
    const { value, state } = await page.evaluate(() => ({ value: Number(document.getElementById('batch-progress').value), state: document.documentElement.dataset.batch }));
    if (['done', 'cancelled'].includes(state)) break;
    if (value > 0 && value < 10_000) answered.add(value);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const { longTasks, status } = await page.evaluate(() => ({ longTasks: window.__longTasks, status: document.getElementById('batch-status').textContent }));
  assert.match(status, /已匹配 10000 则启事/);
  const longest = Math.max(0, ...longTasks);
  console.log(`10 000 postings in ${((Date.now() - started) / 1000).toFixed(1)} s; the page answered at ${answered.size} progress values; longest main-thread task ${longest.toFixed(0)} ms`);
  assert.ok(answered.size >= 3, `the page answered during the batch only at progress ${[...answered].join(',')}`);
});
