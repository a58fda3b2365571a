// A short run of scripts/soak.mjs (the full soak — 1 000 000 matches, 1 000 catalogue
// replacements and 1 000 mixed rounds — is run by hand): 20 000 matches, then 50 replacements
// each followed by a refused invalid catalogue. Matching leaves the wasm heap exactly as large
// as after its warm-up; replacing may grow it while emmalloc's free lists settle (where depends
// on what ran before), but not in the last 80 % of the rounds: a leak of even one catalogue per
// replacement would grow it again within a few rounds.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { soak } from '../../scripts/soak.mjs';
import { WEB_LIB } from './wasm_support.mjs';

test('20 000 matches, then 50 catalogue replacements, keep the wasm heap flat', { timeout: 300_000 }, async (t) => {
  const r = await soak({ matches: 20_000, replacements: 50, lib: WEB_LIB, log: (line) => t.diagnostic(line) });
  assert.equal(r.matches.count, 20_000);
  assert.equal(r.replacements.count, 50);
  assert.equal(r.matches.maxHeap, r.matches.warmHeap, 'matching grew the heap');
  assert.ok(r.replacements.lastGrowth < 10, `replacing the catalogue grew the heap in round ${r.replacements.lastGrowth + 1} of 50`);
  assert.equal(r.replacements.finalHeap, r.replacements.maxHeap);
});
