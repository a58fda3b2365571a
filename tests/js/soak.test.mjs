// A short run of scripts/soak.mjs (the full soak — 1 000 000 matches, 1 000 catalogue
// replacements and 1 000 mixed rounds — is run by hand): 20 000 matches, then 50 replacements
// each followed by a refused invalid catalogue. Every round must end with exactly its reference
// count of live blocks (one block leaked per round fails), matching must leave the wasm heap as
// large as after its warm-up, and replacing may take at most one memory step: emmalloc's free lists
// settle over the first hundred or so replacements, and where the step falls depends on the whole
// history (round 45 in one CI run, within the warm-up on this machine), so the heap cannot say more.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { soak } from '../../scripts/soak.mjs';
import { WEB_LIB } from './wasm_support.mjs';

test('20 000 matches, then 50 catalogue replacements, keep the wasm heap flat', { timeout: 300_000 }, async (t) => {
  const r = await soak({ matches: 20_000, replacements: 50, lib: WEB_LIB, log: (line) => t.diagnostic(line) });
  assert.equal(r.matches.count, 20_000);
  assert.equal(r.replacements.count, 50);
  assert.equal(r.matches.firstBlockChange, null, 'matching changed the live block count');
  assert.equal(r.replacements.firstBlockChange, null, 'replacing the catalogue changed the live block count');
  assert.equal(r.matches.maxHeap, r.matches.warmHeap, 'matching grew the heap');
  assert.ok(r.replacements.growths <= 1, `replacing the catalogue grew the heap ${r.replacements.growths} times`);
});
