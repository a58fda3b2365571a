// Cold start in headless Chromium: navigation → first match result rendered (bench/page/),
// served by scripts/serve.mjs (its CSP) with a cacheable Cache-Control, so after one first
// visit every run loads the wasm, glue and catalogue from a warm HTTP cache (and Chromium's
// compiled-wasm cache). Median of --runs (default 10).
//
// Usage: node scripts/bench-browser.mjs [--runs N] [--results bench/results.json] [--screenshot FILE]
//   TALENTMATCH_CHROMIUM_ARGS adds Chromium flags (space-separated) for experiments.
//   with --results the figures are merged into that JSON as "browser"; they are always printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // For experiments, e.g. TALENTMATCH_CHROMIUM_ARGS='--js-flags=--no-liftoff' (docs/BENCHMARKS.md).
  ...(process.env.TALENTMATCH_CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? []),
];
const PAGE = 'bench/page/';
// The same page without the engine: what navigation and one module script cost on this machine.
const FLOOR_PAGE = 'bench/page-floor/';
const TIMEOUT_MS = 30000;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// One navigation; resolves to what the page reported.
async function visit(page, url) {
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  await page.waitForFunction(() => window.coldStart || window.coldStartError, null, { timeout: TIMEOUT_MS });
  const report = await page.evaluate(() => ({ ok: window.coldStart, error: window.coldStartError }));
  if (report.error) throw new Error(`bench page: ${report.error}`);
  return report.ok;
}

/** Runs the measurement; returns {cold_start_ms_median, runs_ms, result_ms, first_visit_ms, ...}. */
export async function benchBrowser({ runs = 10, screenshot = null } = {}) {
  if (!fs.existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  if (!fs.existsSync(path.join(ROOT, 'web/lib/talentmatch_core.wasm'))) return { skipped: 'web/lib is not built (scripts/build-wasm.sh)' };
  const { server, url } = await serve({ root: ROOT, port: 0, headers: { 'Cache-Control': 'public, max-age=3600' } });
  let requests = 0;
  server.on('request', () => requests++);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'talentmatch-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const target = url + PAGE;
    const first = await visit(page, target);
    const firstRequests = requests;
    const painted = [], phases = { script_ms: [], ready_ms: [], result_ms: [] }, warmRequests = [];
    const durations = { module_ms: [], catalogue_ms: [] };
    for (let i = 0; i < runs; i++) {
      const before = requests;
      const run = await visit(page, target);
      painted.push(run.painted_ms);
      for (const key of Object.keys(phases)) phases[key].push(run[key]);
      for (const key of Object.keys(durations)) durations[key].push(run[key]);
      warmRequests.push(requests - before);
    }
    if (screenshot) await page.screenshot({ path: screenshot });
    const floor = [];
    await visit(page, url + FLOOR_PAGE);
    for (let i = 0; i < runs; i++) floor.push((await visit(page, url + FLOOR_PAGE)).painted_ms);
    if (errors.length) throw new Error(`bench page errors: ${errors.join('; ')}`);
    return {
      chromium: context.browser()?.version() ?? null,
      url_path: PAGE,
      cold_start_ms_median: Number(median(painted).toFixed(1)),
      // Medians of when each step ended: scripts evaluated, engine ready (wasm + catalogue
      // indexed), result in the DOM; cold_start_ms_median is after the next paint.
      phases_ms_median: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Number(median(v).toFixed(1))])),
      // Medians of how long createTalentMatch's two parts took (its User Timing measures): the
      // module fetched, compiled and instantiated; the catalogue parsed, checked and indexed.
      durations_ms_median: Object.fromEntries(Object.entries(durations).map(([k, v]) => [k, Number(median(v).toFixed(1))])),
      runs_ms: painted.map((v) => Number(v.toFixed(1))),
      // bench/page-floor/ (no engine), measured right after: the part no engine change can remove.
      floor_ms_median: Number(median(floor).toFixed(1)),
      first_visit_ms: Number(first.painted_ms.toFixed(1)),
      first_visit_requests: firstRequests,
      warm_run_requests: median(warmRequests),
      best: first.best,
    };
  } finally {
    await context.close().catch(() => {});
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runs = Number(option(args, '--runs', '10'));
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`bench-browser: --runs needs a positive integer, got '${option(args, '--runs')}'`);
    process.exit(2);
  }
  try {
    const browser = await benchBrowser({ runs, screenshot: option(args, '--screenshot', null) });
    const resultsFile = option(args, '--results', null);
    if (resultsFile) {
      const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
      results.browser = browser;
      if (!browser.skipped && results.goals) {
        results.goals.cold_start_ms = { target: '<= 50', value: browser.cold_start_ms_median, met: browser.cold_start_ms_median <= 50 };
      }
      fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
    }
    console.log(JSON.stringify(browser, null, 2));
  } catch (e) {
    console.error(`bench-browser: ${e.message}`);
    process.exit(1);
  }
}
