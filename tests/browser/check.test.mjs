// Candidate check: qualifications picked by search-as-you-type, nationality, age, employer type
// → the 12 services with applies / does not apply / needs information and a reason.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gotoApp, openApp, screenshot } from './helpers.mjs';

let app;
before(async () => {
  app = await openApp();
  await gotoApp(app, '#/check');
});
after(() => app?.close());

async function addQualification(page, query, label) {
  await page.locator('#qual-search').fill(query);
  const option = page.locator('#qual-options button', { hasText: label }).first();
  await option.click();
  await page.locator('#qual-selected li', { hasText: label }).waitFor();
}

async function runCheck(page, { nationality = '', age = '', highTech = '', publicInstitution = '' }) {
  await page.locator(`input[name="nationality"][value="${nationality}"]`).check();
  await page.locator('#check-age').fill(String(age));
  await page.locator('#check-hightech').selectOption(highTech);
  await page.locator('#check-public').selectOption(publicInstitution);
  await page.getByRole('button', { name: /^(核查|Check)$/ }).click();
  await page.waitForFunction(() => document.querySelector('#check-status')?.className.includes('status-ok'));
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#check-result .service')].map((el) => [el.dataset.service, el.dataset.status])));
}

async function clearSelection(page) {
  while (await page.locator('#qual-selected .chip-remove').count()) await page.locator('#qual-selected .chip-remove').first().click();
}

test('an urgent-list holder (FCCA), foreign, 50: the work permit and the upgraded services apply', { timeout: 60_000 }, async () => {
  const { page } = app;
  await addQualification(page, 'FCCA', 'FCCA');
  const status = await runCheck(page, { nationality: 'foreign', age: 50 });
  assert.equal(Object.keys(status).length, 12);
  assert.equal(status.C1, 'applies');
  assert.equal(status.C3, 'does_not_apply', 'the work residence permit is for Chinese nationals');
  assert.equal(status.U1, 'applies');
  const reason = await page.locator('#check-result [data-service="C1"] .service-reason').textContent();
  assert.match(reason, /FCCA/);
  await screenshot(page, 'view-check');
});

test('a non-urgent qualification (CFA) gets the convenience services but no upgraded one', { timeout: 60_000 }, async () => {
  const { page } = app;
  await clearSelection(page);
  await addQualification(page, 'CFA', 'CFA');
  const status = await runCheck(page, { nationality: 'chinese', age: 40 });
  assert.equal(status.C3, 'applies', 'a Chinese national may get the work residence permit');
  for (const id of ['U1', 'U2', 'U3', 'U4', 'U5', 'U6']) assert.equal(status[id], 'does_not_apply', id);
});

test('age 68: the work permit applies only when the employer is in a 高精尖 field', { timeout: 60_000 }, async () => {
  const { page } = app;
  await clearSelection(page);
  await addQualification(page, 'FCCA', 'FCCA');
  assert.equal((await runCheck(page, { nationality: 'foreign', age: 68, highTech: 'false' })).C1, 'does_not_apply');
  assert.equal((await runCheck(page, { nationality: 'foreign', age: 68, highTech: 'true' })).C1, 'applies');
});

test('an unknown age or nationality is asked for, never assumed', { timeout: 60_000 }, async () => {
  const { page } = app;
  const status = await runCheck(page, { nationality: '', age: '' });
  assert.equal(status.C1, 'needs_information');
  const missing = await page.locator('#check-result [data-service="C1"]').textContent();
  assert.match(missing, /还需要|Still needed/);
});

test('search as you type finds a qualification by its Chinese name and marks the urgent list', { timeout: 60_000 }, async () => {
  const { page } = app;
  await page.locator('#qual-search').fill('IEEE高级会员');
  const option = page.locator('#qual-options button').first();
  await option.waitFor();
  assert.match(await option.textContent(), /IEEE/);
  assert.equal(await option.locator('.badge-urgent').count(), 1);
});
