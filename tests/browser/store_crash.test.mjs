// Saved assessments survive a browser crash in the middle of a write: IndexedDB commits a
// transaction whole or not at all, so after a restart on the same profile the assessment saved
// before is intact, nothing of the interrupted transaction is kept, and saving works again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gotoApp, matchPosting, openApp } from './helpers.mjs';

const WRITTEN = 400;

async function saveThroughTheApp(page, posting) {
  await matchPosting(page, posting);
  await page.getByRole('button', { name: '保存评估' }).click();
  await page.locator('#assess-status.status-ok', { hasText: '已保存' }).waitFor();
}

// Reads the app's database directly: ids of every saved assessment, and the one record by id.
function readStore(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('talentmatch');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction('assessments').objectStore('assessments').getAll();
      req.onsuccess = () => {
        db.close();
        resolve(req.result.map((r) => ({ id: r.id, posting: r.posting, padding: r.padding?.length ?? 0 })));
      };
      req.onerror = () => reject(req.error);
    };
  }));
}

test('a crash in the middle of a save keeps what was saved and loses nothing half-written', { timeout: 240_000 }, async () => {
  const profile = mkdtempSync(join(tmpdir(), 'talentmatch-crash-'));
  let app;
  try {
    app = await openApp({ profile });
    await gotoApp(app);
    await saveThroughTheApp(app.page, '市场风险管理经理\n年薪40-60万\n搭建VaR与压力测试体系；持有CFA或FRM证书优先。');
    const [saved] = await readStore(app.page);
    assert.ok(saved, 'the first assessment is stored');

    // One transaction that keeps writing (each put issues the next, so it cannot commit) and has
    // written about 8 MB when the browser dies.
    await app.page.evaluate((written) => {
      const open = indexedDB.open('talentmatch');
      open.onsuccess = () => {
        const store = open.result.transaction('assessments', 'readwrite').objectStore('assessments');
        const padding = '断'.repeat(20_000);
        store.getAll().onsuccess = (event) => {
          const [first] = event.target.result;
          const put = (i) => {
            if (i === written) window.crashWriteIssued = true;
            store.put({ ...first, id: `crash-${i}`, savedAt: Date.now(), padding }).onsuccess = () => put(i + 1);
          };
          put(0);
        };
      };
    }, WRITTEN);
    await app.page.waitForFunction(() => window.crashWriteIssued === true);
    const crashed = new Promise((resolve) => app.context.once('close', resolve));
    const cdp = await app.context.newCDPSession(app.page);
    await cdp.send('Browser.crash').catch(() => {});  // the connection dies with the browser
    await crashed;
    await app.close();

    app = await openApp({ profile, port: Number(new URL(app.url).port) });
    await gotoApp(app);
    const after = await readStore(app.page);
    assert.deepEqual(after.filter((r) => r.id.startsWith('crash-')), [], 'nothing of the interrupted transaction was kept');
    const first = after.find((r) => r.id === saved.id);
    assert.deepEqual(first, saved, 'the assessment saved before the crash is intact');

    // The app still lists it and can save again.
    await app.page.getByRole('link', { name: '报告' }).click();
    await app.page.locator('#saved-items .saved-item', { hasText: '市场风险管理经理' }).first().waitFor();
    await gotoApp(app, '#/assess');
    await saveThroughTheApp(app.page, '数字IC设计工程师\n25-40K·14薪\n熟悉Verilog、UVM');
    const final = await readStore(app.page);
    assert.equal(final.length, after.length + 1, 'a new save after the restart is stored');
  } finally {
    await app?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
