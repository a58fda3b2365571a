// Nothing leaks across the boundary: after a warm-up of 1 000 matches, 100 000 more matches
// (and the other calls, and rejected input) leave exactly as many blocks allocated and the wasm
// heap exactly as large as they were; catalogue replacements likewise leave the block count as it
// was. (liveAllocations() is exact; wasm memory never shrinks, so a leak also shows as growth.)
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

test('100 000 matches after a 1 000-match warm-up leave liveAllocations() and heapBytes() unchanged', { timeout: 580_000 }, () => {
  round(tm, 0);
  const warm = tm.heapBytes();
  const warmBlocks = tm.liveAllocations();
  const rounds = 100_000 / BATCH;
  for (let r = 1; r <= rounds; r++) {
    round(tm, r);
    assert.equal(tm.liveAllocations(), warmBlocks, `live blocks changed after ${r * BATCH} matches`);
    if (r % 20 === 0) assert.equal(tm.heapBytes(), warm, `heap grew after ${r * BATCH} matches`);
  }
  assert.equal(tm.heapBytes(), warm);
});

// The block count is the check: the heap may still take one memory step while emmalloc's free
// lists settle (two catalogues are alive during a replacement), and where it falls depends on the
// heap's whole history (after 6 replacements on one machine, 45 on another), so it is only held
// to that one step. A leak of one block per replacement fails the count at once.
test('catalogue replacements (each with a refused invalid one) leave liveAllocations() unchanged', async () => {
  const broken = JSON.parse(readFileSync(path.join(WEB_LIB, 'catalogue.json'), 'utf8'));
  broken.key_industries.positions[0].direction_id = 'NO-SUCH-DIRECTION';  // parsed in full, then refused
  const replace = async () => {
    await tm.load();
    await assert.rejects(tm.load(broken));
  };
  await replace();
  const warmBlocks = tm.liveAllocations();
  let steps = 0;
  for (let i = 1; i <= 20; i++) {
    const heap = tm.heapBytes();
    await replace();
    assert.equal(tm.liveAllocations(), warmBlocks, `live blocks changed in replacement ${i}`);
    if (tm.heapBytes() > heap) steps++;
  }
  assert.ok(steps <= 1, `the heap grew ${steps} times in 20 replacements`);
});
