// Shared set-up for the browser tests: the app served by scripts/serve.mjs (with its CSP) on a
// free port, Debian's headless Chromium through playwright-core, and recorders for network
// requests, CSP violations and page errors.
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { writePrecache } from '../../scripts/build-web.mjs';

export const ARTIFACTS = 'tests/artifacts';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Fails clearly when the app is not built; writes the precache list if only that is missing. */
function checkBuilt(root) {
  if (!existsSync(join(root, 'lib', 'talentmatch_core.wasm'))) {
    throw new Error(`${root}/lib is not built: run scripts/build.sh (or scripts/build-wasm.sh && scripts/build-web.sh)`);
  }
  if (!existsSync(join(root, 'sw', 'precache.js'))) writePrecache(root);
}

/**
 * Starts the server and a fresh browser profile. Returns {url, context, page, events, close}.
 * events: {requests: [{url, fromServiceWorker}], csp: [...], errors: [...]}; each page of the
 * context reports CSP violations through a listener installed before any script runs.
 * To reopen the same app after a browser restart, pass the previous `profile` (a directory the
 * caller owns and removes) and `port` (IndexedDB and caches belong to the origin, port included).
 */
export async function openApp({ root = 'web', locale = 'zh-CN', viewport = { width: 1280, height: 900 }, serviceWorkers = 'allow', profile: keptProfile, port = 0 } = {}) {
  checkBuilt(root);
  const { server, url } = await serve({ root, port });
  const profile = keptProfile ?? mkdtempSync(join(tmpdir(), 'talentmatch-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, locale, viewport,
    acceptDownloads: true, serviceWorkers,
  });
  const events = { requests: [], csp: [], errors: [], console: [] };
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const watch = (page) => {
    page.on('request', (request) => events.requests.push({ url: request.url(), at: Date.now() }));
    page.on('console', (message) => {
      const text = message.text();
      events.console.push(`${message.type()}: ${text}`);
      if (/Content Security Policy|CSP violation/i.test(text)) events.csp.push(text);
    });
    page.on('pageerror', (error) => events.errors.push(error.message));
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    url, context, page, events,
    async close() {
      await context.close().catch(() => {});
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections?.();
      if (!keptProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Loads the app and waits until the matching engine has started. */
export async function gotoApp(app, hash = '#/assess') {
  await app.page.goto(`${app.url}${hash}`);
  await app.page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 30_000 });
}

/** Waits until the service worker controls the page (after the first visit). */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(() => document.documentElement.dataset.sw === 'ready' && navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

export async function screenshot(page, name, options = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, ...options });
}

/** Pastes a posting into the Assess view and presses the Match / 匹配 button. */
export async function matchPosting(page, text) {
  await page.getByRole('textbox', { name: /招聘启事|Job posting/ }).fill(text);
  const before = await page.evaluate(() => document.documentElement.dataset.assessed ?? '');
  await page.getByRole('button', { name: /^(匹配|Match)$/ }).click();
  await page.waitForFunction((b) => (document.documentElement.dataset.assessed ?? '') !== b || document.querySelector('#assess-status.status-error'), before, { timeout: 20_000 });
}
