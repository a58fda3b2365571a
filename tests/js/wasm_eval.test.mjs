// The wasm module matches exactly like the native CLI: on every posting of the eval sets
// (tests/eval/*.jsonl and the held-out tests/eval/heldout/*.jsonl) the same JSON, so the same
// top-k ids and the same scores, bit for bit; the same members in the same order.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { ROOT, createTalentMatch, runCli } from './wasm_support.mjs';

const EVAL_DIR = path.join(ROOT, 'tests/eval');
const jsonl = (dir) => readdirSync(path.join(EVAL_DIR, dir)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f));
const files = [...jsonl('.'), ...jsonl('heldout')];

let tm;
before(async () => {
  tm = await createTalentMatch();
});
after(() => tm?.dispose());

// The CLI's output lines for a JSONL text.
function nativeLines(text, top) {
  const r = runCli(['match', '--jsonl', '--top', String(top), '-'], text);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return r.stdout.split('\n').filter(Boolean);
}

const topK = (r) => r.positions.map((p) => [p.id, p.score, p.confidence]);

describe('the eval set matched in wasm and natively', () => {
  test('has postings to compare', () => {
    assert.ok(files.length > 0, `no *.jsonl in ${EVAL_DIR}`);
  });

  for (const file of files) {
    for (const top of [5, 10]) {
      test(`${file} with top ${top}: identical results for every posting`, () => {
        const text = readFileSync(path.join(EVAL_DIR, file), 'utf8');
        const postings = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
        const lines = nativeLines(text, top);
        const native = lines.map((line) => JSON.parse(line));
        const wasm = tm.matchMany(postings, { top });
        assert.equal(wasm.length, native.length);
        for (let i = 0; i < postings.length; i++) {
          const where = `${file} line ${i + 1} (${postings[i].id})`;
          assert.deepEqual(topK(wasm[i]), topK(native[i]), `${where}: top-${top} ids and scores differ`);
          assert.deepEqual(wasm[i], native[i], `${where}: results differ`);
          // key order too (stringified both ways: the CLI writes 118.0 where JavaScript writes 118)
          assert.equal(JSON.stringify(wasm[i]), JSON.stringify(native[i]), `${where}: the same members in another order`);
        }
      });
    }
  }

  test('explain: false equals the CLI with --no-explain, and the full result but the per-record explanations', () => {
    const text = readFileSync(path.join(EVAL_DIR, files[0]), 'utf8');
    const postings = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const r = runCli(['match', '--jsonl', '--no-explain', '-'], text);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const native = r.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const lean = tm.matchMany(postings, { explain: false });
    const full = tm.matchMany(postings);
    assert.deepEqual(lean, native);
    postings.forEach((p, i) => {
      assert.deepEqual(tm.match(p, { explain: false }), lean[i], `line ${i + 1}: match and matchMany differ`);
      const { explanation, ...rest } = full[i];
      assert.deepEqual({ ...lean[i], explanation: undefined }, { ...rest, explanation: undefined }, `line ${i + 1}`);
      assert.deepEqual(lean[i].explanation, { ...explanation, positions: [], occupation: null }, `line ${i + 1}`);
    });
  });

  test('match one at a time gives the same as matchMany', () => {
    const postings = readFileSync(path.join(EVAL_DIR, files[0]), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const batch = tm.matchMany(postings);
    postings.forEach((p, i) => assert.deepEqual(tm.match(p), batch[i], `line ${i + 1}`));
  });
});
