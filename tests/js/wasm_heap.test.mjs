// Nothing leaks across the boundary: after a warm-up of 1 000 matches, 100 000 more matches
// (and the other calls, and rejected input) leave the wasm heap exactly as large as it was;
// catalogue replacements likewise after theirs. (Wasm memory never shrinks: a leak shows as growth.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { WEB_LIB, createTalentMatch } from './wasm_support.mjs';

const TITLES = ['数字IC设计工程师', '药物制剂工', 'Java开发工程师', '算法工程师', '电池工艺工程师', '临床研究员', 'CFA 投资经理', '机器人控制工程师'];
const BATCH = 1000;
const postings = Array.from({ length: BATCH }, (_, i) => ({
  id: i,
  text: `${TITLES[i % TITLES.length]}\n负责${TITLES[(i * 7) % TITLES.length]}相关工作，薪资${10 + (i % 30)}-${20 + (i % 40)}K·${12 + (i % 4)}薪`,
}));

// One round: a batch of matches plus each other kind of call, including rejected ones.
function round(tm, r) {
  const results = tm.matchMany(postings, { top: 1 });  // top 1 halves the time; match() below lists 5
  assert.equal(results.length, BATCH);
  tm.match(postings[r % BATCH]);
  tm.find('芯片');
  tm.findQualification('CISPP');
  tm.check({ qualifications: ['CFA'], nationality: 'foreign', age: 40 });
  tm.positionsForMajor('微电子');
  tm.get('P001');
  assert.throws(() => tm.match('x', { top: 99 }));
  assert.throws(() => tm.check({ age: 3 }));
}

let tm;
before(async () => {
  tm = await createTalentMatch();
});
after(() => tm?.dispose());

test('100 000 matches after a 1 000-match warm-up leave heapBytes() unchanged', { timeout: 580_000 }, () => {
  round(tm, 0);
  const warm = tm.heapBytes();
  const rounds = 100_000 / BATCH;
  for (let r = 1; r <= rounds; r++) {
    round(tm, r);
    if (r % 20 === 0) assert.equal(tm.heapBytes(), warm, `heap grew after ${r * BATCH} matches`);
  }
  assert.equal(tm.heapBytes(), warm);
});

// The allocator needs a few replacements to settle (two catalogues are alive during one): the
// heap grows once, by the same step and to the same size for a given history (27.75 MB after
// 100 rounds of these matches), anywhere from the third to the sixteenth replacement depending
// on what the heap held before (measured 2026-11-25 over 60 replacements, with the build before
// and after the bulk-memory / request-buffer change); so the warm-up is 20 of them. A leak
// would keep growing after that.
test('after 20 warm-up catalogue replacements, 20 more (each with a refused invalid one) leave heapBytes() unchanged', async () => {
  const broken = JSON.parse(readFileSync(path.join(WEB_LIB, 'catalogue.json'), 'utf8'));
  broken.key_industries.positions[0].direction_id = 'NO-SUCH-DIRECTION';  // parsed in full, then refused
  const replace = async () => {
    await tm.load();
    await assert.rejects(tm.load(broken));
  };
  for (let i = 0; i < 20; i++) await replace();
  const warm = tm.heapBytes();
  for (let i = 0; i < 20; i++) await replace();
  assert.equal(tm.heapBytes(), warm);
});
