// A short run of scripts/soak.mjs (the full soak — 1 000 000 matches, 1 000 catalogue
// replacements and 1 000 mixed rounds — is run by hand): 20 000 matches, then 50 replacements
// each followed by a refused invalid catalogue, leave the wasm heap exactly as large as after
// each phase's warm-up.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { soak } from '../../scripts/soak.mjs';
import { WEB_LIB } from './wasm_support.mjs';

test('20 000 matches, then 50 catalogue replacements, keep the wasm heap flat', { timeout: 300_000 }, async (t) => {
  const r = await soak({ matches: 20_000, replacements: 50, lib: WEB_LIB, log: (line) => t.diagnostic(line) });
  assert.equal(r.matches.count, 20_000);
  assert.equal(r.replacements.count, 50);
  assert.equal(r.matches.maxHeap, r.matches.warmHeap, 'matching grew the heap');
  assert.equal(r.replacements.maxHeap, r.replacements.warmHeap, 'replacing the catalogue grew the heap');
});
