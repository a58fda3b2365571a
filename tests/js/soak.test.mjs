// A short run of scripts/soak.mjs (the full soak — 1 000 000 matches, 1 000 catalogue
// replacements and 1 000 mixed rounds — is run by hand): 20 000 matches, then 50 replacements
// each followed by a refused invalid catalogue. Every round must end with exactly its reference
// count of live blocks (one block leaked per round fails); the heap may take at most one memory
// step in each phase. Replacing settles emmalloc's free lists over the first hundred or so rounds,
// and where the step falls depends on the whole history (round 45 in one CI run, within the
// warm-up on this machine), so the heap cannot say more; matching has never stepped after its
// warm-up (1 000 000 matches in the full soak), but the block count is the check for it too.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { soak } from '../../scripts/soak.mjs';
import { WEB_LIB } from './wasm_support.mjs';

test('20 000 matches, then 50 catalogue replacements, leak no block and grow the heap at most one step', { timeout: 300_000 }, async (t) => {
  const r = await soak({ matches: 20_000, replacements: 50, lib: WEB_LIB, log: (line) => t.diagnostic(line) });
  assert.equal(r.matches.count, 20_000);
  assert.equal(r.replacements.count, 50);
  assert.equal(r.matches.firstBlockChange, null, 'matching changed the live block count');
  assert.equal(r.replacements.firstBlockChange, null, 'replacing the catalogue changed the live block count');
  assert.ok(r.matches.growths <= 1, `matching grew the heap ${r.matches.growths} times`);
  assert.ok(r.replacements.growths <= 1, `replacing the catalogue grew the heap ${r.replacements.growths} times`);
});
