// Runs the wasm module on the main thread and in the module worker under the test CSP, and
// leaves what it saw in window.__results for tests/js/wasm_browser.test.mjs.
import { createTalentMatch } from './lib/talentmatch.js';
import { createTalentMatchWorker } from './lib/talentmatch-worker.js';

const POSTING = '数字IC设计工程师\n负责RTL设计与验证，25-40K·14薪';
const BATCH = ['数字IC设计工程师', '药物制剂工', 42, 'Java开发工程师'];

const message = (run) => {
  try {
    run();
    return null;
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
};

async function inPage() {
  const tm = await createTalentMatch();
  const result = {
    stats: tm.stats(),
    match: tm.match(POSTING, { top: 3 }),
    many: tm.matchMany(BATCH, { top: 1 }),
    qualification: tm.findQualification('CISPP')[0]?.abbr,
    badInput: message(() => tm.find(42)),
    loneSurrogate: message(() => tm.find('\uD800')),
    usableAfterwards: tm.find('CFA').length > 0,
  };
  tm.dispose();
  return result;
}

async function inWorker() {
  const tm = await createTalentMatchWorker();
  const progress = [];
  const result = {
    stats: await tm.stats(),
    match: await tm.match(POSTING, { top: 3 }),
    many: await tm.matchMany(BATCH, { top: 1, chunkSize: 2, onProgress: (done, total) => progress.push([done, total]) }),
    progress,
    qualification: (await tm.findQualification('CISPP'))[0]?.abbr,
    badInput: await tm.find(42).then(() => null, (e) => `${e.name}: ${e.message}`),
    badCatalogue: await tm.load({ key_industries: 5 }).then(() => null, (e) => `${e.name}: ${e.message.split('\n')[0]}`),
    usableAfterwards: (await tm.find('CFA')).length > 0,
    industries: (await tm.catalogue.tree()).length,
  };
  await tm.dispose();
  return result;
}

const results = {};
try {
  results.page = await inPage();
  results.worker = await inWorker();
} catch (e) {
  results.failure = String(e?.stack ?? e);
}
window.__results = results;
document.getElementById('status').textContent = results.failure ? `failed: ${results.failure}` : 'done';
document.body.dataset.done = 'true';
