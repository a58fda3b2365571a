// PWA: offline after the first visit (context.setOffline + reload), and the update flow: a new
// build installs beside the old one, the page offers it in a banner, one click switches, the old
// cache is deleted, saved assessments survive.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePrecache } from '../../scripts/build-web.mjs';
import { gotoApp, matchPosting, openApp, screenshot, waitForServiceWorker } from './helpers.mjs';

// A copy of the built app, so this test can publish a "new version" without touching web/.
const root = mkdtempSync(join(tmpdir(), 'talentmatch-web-'));
cpSync('web', root, { recursive: true });
writePrecache(root);

let app;
before(async () => {
  app = await openApp({ root });
  await gotoApp(app);
  await waitForServiceWorker(app.page);
});
after(async () => {
  await app?.close();
  rmSync(root, { recursive: true, force: true });
});

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('the service worker precaches the whole app under a versioned cache name', { timeout: 60_000 }, async () => {
  const { page } = app;
  const names = await cacheNames(page);
  assert.equal(names.length, 1);
  assert.match(names[0], /^talentmatch-[0-9a-f]{16}$/);
  const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), names[0]);
  for (const file of ['/', '/index.html', '/lib/talentmatch_core.wasm', '/lib/catalogue.json', '/app/main.js', '/manifest.webmanifest', '/widget/talent-match.js']) {
    assert.ok(cached.includes(file), `${file} is precached`);
  }
});

test('with the network off, a reload still shows the app and matches postings', { timeout: 90_000 }, async () => {
  const { page, context } = app;
  await context.setOffline(true);
  try {
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 30_000 });
    await matchPosting(page, '数字IC设计工程师\n负责RTL设计，25-40K·14薪');
    assert.match(await page.locator('#assess-result .best-title').textContent(), /数字IC设计工程师/);
    await page.getByRole('button', { name: '保存评估' }).click();
    await page.locator('#assess-status.status-ok', { hasText: '已保存' }).waitFor();
    await page.goto(`${app.url}#/browse/position/P002`);
    await page.locator('.record-title').waitFor();
    await screenshot(page, 'offline-position');
  } finally {
    await context.setOffline(false);
  }
});

test('a new version shows the banner; one click switches to it, deletes the old cache and keeps saved work', { timeout: 120_000 }, async () => {
  const { page } = app;
  const [oldCache] = await cacheNames(page);
  // Publish a new build: any content change gives a new precache version.
  appendFileSync(join(root, 'styles.css'), '\n/* release 2 */\n');
  const { version } = writePrecache(root);
  await page.goto(`${app.url}#/assess`);
  await page.reload();
  await page.locator('#update-banner').waitFor({ state: 'visible', timeout: 60_000 });
  assert.match(await page.locator('#update-banner').textContent(), /有新版本可用/);
  await screenshot(page, 'update-banner', { fullPage: false });
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '立即更新' }).click()]);
  await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
  await page.waitForFunction(async (v) => (await caches.keys()).includes(`talentmatch-${v}`) && (await caches.keys()).length === 1, version);
  const names = await cacheNames(page);
  assert.deepEqual(names, [`talentmatch-${version}`]);
  assert.ok(!names.includes(oldCache));
  assert.equal(await page.locator('#update-banner').isVisible(), false);
  await page.goto(`${app.url}#/report`);
  await page.locator('#saved-items .saved-item').first().waitFor();
  assert.ok(await page.locator('#saved-items .saved-item').count() >= 1, 'the assessment saved before the update is still there');
});
