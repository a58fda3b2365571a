// The wasm module in headless Chromium under the strict CSP
//   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'
// on a page's main thread and in the module worker, with zero CSP violations, and with the
// same answers as in Node. Violations are caught three ways: the browser's own reports
// (report-uri, which also covers workers), securitypolicyviolation events in the page, and
// console errors. A control page breaks the CSP on purpose to show the detectors work.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';

import { serve } from '../../scripts/serve.mjs';
import { ROOT, WEB_LIB, createTalentMatch } from './wasm_support.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const REPORT_PATH = '/csp-report';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const POSTING = '数字IC设计工程师\n负责RTL设计与验证，25-40K·14薪';  // as in pages/module.js
const BATCH = ['数字IC设计工程师', '药物制剂工', 42, 'Java开发工程师'];

const temp = mkdtempSync(path.join(tmpdir(), 'talentmatch-wasm-browser-'));
const root = path.join(temp, 'root');
let server;
let baseUrl;
let context;
const reports = [];

// scripts/serve.mjs serves the files with the policy; CSP reports are collected here instead.
async function startServer() {
  cpSync(path.join(ROOT, 'tests/js/pages'), root, { recursive: true });
  cpSync(WEB_LIB, path.join(root, 'lib'), { recursive: true });
  const started = await serve({ root, port: 0, headers: { 'Content-Security-Policy': `${POLICY}; report-uri ${REPORT_PATH}` } });
  const [serveFiles] = started.server.listeners('request');
  started.server.removeAllListeners('request');
  started.server.on('request', (req, res) => {
    if (!req.url.startsWith(REPORT_PATH)) return serveFiles(req, res);
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      reports.push(body);
      res.writeHead(204).end();
    });
  });
  return started;
}

// Opens `file` and waits until it sets body[data-done]; returns what was seen meanwhile.
async function visit(file) {
  const seen = { console: [], pageErrors: [], violations: [], workers: [] };
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && seen.console.push(m.text()));
  page.on('pageerror', (e) => seen.pageErrors.push(e.message));
  page.on('worker', (worker) => {
    seen.workers.push(new URL(worker.url()).pathname);
    worker.on('console', (m) => m.type() === 'error' && seen.console.push(`worker: ${m.text()}`));
  });
  await page.exposeFunction('__cspViolation', (text) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(new URL(file, baseUrl).href);
  await page.waitForSelector('body[data-done]', { timeout: 120_000 });
  await new Promise((r) => setTimeout(r, 500));  // reports are sent asynchronously
  seen.results = await page.evaluate(() => window.__results ?? null);
  seen.reports = reports.splice(0).map((r) => JSON.parse(r)['csp-report']);
  await page.close();
  return seen;
}

before(async () => {
  ({ server, url: baseUrl } = await startServer());
  context = await chromium.launchPersistentContext(path.join(temp, 'profile'), {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
  });
});
after(async () => {
  await context?.close().catch(() => {});
  server?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('the CSP violation detectors', () => {
  test('see an eval in the page and new Function in a module worker (control page)', async () => {
    const seen = await visit('control.html');
    const where = seen.reports.map((r) => new URL(r['document-uri']).pathname).sort();
    assert.deepEqual(where, ['/control-worker.js', '/control.html'], JSON.stringify(seen.reports));
    assert.ok(seen.violations.some((v) => v.startsWith('script-src')), JSON.stringify(seen.violations));
  });
});

describe('the module under the strict CSP', () => {
  let seen;
  let node;
  before(async () => {
    seen = await visit('module.html');
    const tm = await createTalentMatch();
    node = { stats: tm.stats(), match: tm.match(POSTING, { top: 3 }), many: tm.matchMany(BATCH, { top: 1 }) };
    tm.dispose();
  });

  test('runs with zero CSP violations, page errors or console errors', () => {
    assert.equal(seen.results?.failure, undefined, seen.results?.failure);
    assert.deepEqual(seen.reports, []);
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.console, []);
  });

  test('on the main thread answers like Node', () => {
    const { page } = seen.results;
    assert.deepEqual(page.stats, node.stats);
    assert.deepEqual(page.match, node.match);
    assert.deepEqual(page.many, node.many);
    assert.equal(page.qualification, 'CISSP');
  });

  test('in the module worker answers like Node, with progress per chunk', () => {
    const { worker } = seen.results;
    assert.ok(seen.workers.includes('/lib/talentmatch.worker.js'), JSON.stringify(seen.workers));
    assert.deepEqual(worker.stats, node.stats);
    assert.deepEqual(worker.match, node.match);
    assert.deepEqual(worker.many, node.many);
    assert.deepEqual(worker.progress, [[2, 4], [4, 4]]);
    assert.equal(worker.qualification, 'CISSP');
    assert.equal(worker.industries, node.stats.industries);
  });

  test('bad input throws a TalentMatchError with a message and the module stays usable', () => {
    const { page, worker } = seen.results;
    assert.equal(page.badInput, 'TalentMatchError: find: expected a string, got 42');
    assert.match(page.loneSurrogate, /^TalentMatchError: find: text contains a lone surrogate/);
    assert.equal(page.usableAfterwards, true);
    assert.equal(worker.badInput, 'TalentMatchError: find: expected a string, got 42');
    assert.match(worker.badCatalogue, /^TalentMatchError: load: catalogue rejected .* the previous catalogue stays in force/);
    assert.equal(worker.usableAfterwards, true);
  });
});
