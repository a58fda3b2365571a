// The benchmark still runs end to end on a tiny input and reports every figure for every
// engine. No timing is asserted: CI machines are too noisy for that (docs/BENCHMARKS.md).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { benchPostings, evalSet } from '../../bench/postings.mjs';
import { tokenize } from '../../bench/js/tokenize.mjs';
import { renderTable } from '../../bench/js/report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENGINES = ['talentmatch', 'talentmatch_single', 'minisearch', 'flexsearch', 'orama'];
const KEYS = ['p50_us', 'p99_us', 'per_second', 'build_ms', 'heap_bytes', 'bundle_gz_bytes', 'top1', 'top3'];
const wasmBuilt = ['talentmatch_core.wasm', 'talentmatch_core.mjs', 'talentmatch.js', 'catalogue.json']
  .every((f) => fs.existsSync(path.join(ROOT, 'web/lib', f)));

describe('bench postings', () => {
  test('start with the whole labelled eval set, in order', () => {
    const labelled = evalSet();
    const postings = benchPostings(labelled.length + 20);
    assert.deepEqual(postings.slice(0, labelled.length).map((p) => p.id), labelled.map((p) => p.id));
    assert.ok(postings.slice(labelled.length).every((p) => p.variation && /~\d+$/.test(p.id)));
  });

  test('are the same for the same seed and differ for another', () => {
    const n = evalSet().length + 100;  // the labelled postings come first; the seed picks the rest
    const a = benchPostings(n, { seed: 7 });
    assert.deepEqual(a, benchPostings(n, { seed: 7 }));
    assert.notDeepEqual(a, benchPostings(n, { seed: 8 }));
    assert.equal(a.length, n);
  });
});

describe('bench tokenizer', () => {
  test('turns Han runs into bigrams and keeps C++ and Node.js whole', () => {
    assert.deepEqual(tokenize('数字IC设计 (C++)，Node.js。'), ['数字', 'ic', '设计', 'c++', 'node.js']);
  });

  test('folds full-width letters and digits', () => {
    assert.deepEqual(tokenize('ＡＩ ３年'), ['ai', '3', '年']);
  });
});

describe('bench run', { skip: !wasmBuilt && 'web/lib is not built (scripts/build-wasm.sh)' }, () => {
  test('on 50 postings reports every figure for every engine', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentmatch-bench-'));
    const out = path.join(dir, 'results.json');
    try {
      const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--postings', '50', '--build-repeats', '1', '--out', out, '--quiet'],
        { cwd: ROOT, encoding: 'utf8', timeout: 540000 });
      assert.equal(run.status, 0, `bench.mjs failed:\n${run.stderr}`);
      const result = JSON.parse(fs.readFileSync(out, 'utf8'));

      assert.equal(result.postings, 50);
      for (const engine of ENGINES) {
        for (const key of KEYS) {
          const value = result.engines[engine]?.[key];
          assert.ok(typeof value === 'number' && Number.isFinite(value) && value >= 0, `${engine}.${key} = ${value}`);
        }
      }
      for (const engine of ENGINES.filter((e) => e !== 'talentmatch')) {
        for (const key of KEYS) assert.ok(key in result.ratios[engine], `ratio ${engine}.${key}`);
      }
      assert.equal(result.engines.talentmatch.batch_agrees_with_single, true, 'matchMany and match give the same positions');
      if (!result.native.skipped) assert.ok(result.native.per_second > 0 && result.native.wasm_to_native_time > 0);
      assert.ok(result.machine.nproc >= 1 && result.machine.cpu && result.machine.node);

      const table = renderTable(result);
      for (const engine of ['minisearch', 'flexsearch', 'orama', 'talentmatch']) assert.match(table, new RegExp(engine));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
