// Bad postings through the JavaScript API, for the rows of docs/BAD_INPUT.md that
// wasm_bad_input.test.mjs does not cover: a 100 MB posting, NUL characters, HTML with script,
// and postings with nothing to match. Each gets its answer and the module keeps working.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { TalentMatchError, createTalentMatch } from './wasm_support.mjs';

const POSTING = '数字IC设计工程师\n负责SoC模块的RTL设计，熟悉Verilog/SystemVerilog与UVM验证，25-40K·14薪。';

let tm;
let expected;
before(async () => {
  tm = await createTalentMatch();
  expected = tm.match(POSTING);
});
after(() => tm?.dispose());

test('a 100 MB posting is refused with its size and the module keeps working', () => {
  assert.throws(() => tm.match('x'.repeat(100 * 1024 * 1024)), (e) => {
    assert.ok(e instanceof TalentMatchError);
    assert.match(e.message, /^match: request too large \(\d+ characters, at most 67108864\)$/);
    return true;
  });
  assert.equal(tm.match(POSTING).best.id, expected.best.id);
});

test('a 20 MB posting reaches the engine and is refused by its 16 MB limit', () => {
  assert.throws(() => tm.match('x'.repeat(20 * 1024 * 1024)), /posting too large \(20 MB; the limit is 16 MB\)/);
  assert.equal(tm.match(POSTING).best.id, expected.best.id);
});

test('NUL characters are removed, reported, and change nothing else', () => {
  const r = tm.match(POSTING.replace('RTL', 'R\0T\0L\0\0'));
  assert.ok(r.explanation.normalisations.includes('nul_bytes_removed'), JSON.stringify(r.explanation.normalisations));
  assert.equal(r.best.id, expected.best.id);
});

test('HTML with script is stripped, matched like the text and never echoed', () => {
  const html = `<script>alert("x")</script><h1>${POSTING.replace('\n', '</h1><p onclick="steal()">')}</p>`;
  const r = tm.match(html);
  assert.equal(r.positions[0].id, expected.positions[0].id);
  assert.ok(r.explanation.normalisations.includes('html_tags_stripped'));
  const out = JSON.stringify(r);
  assert.ok(!out.includes('<script') && !out.includes('onclick'), out);
});

test('only whitespace or only emoji is refused as an empty posting', () => {
  for (const text of ['', '   \n\t', '\u3000\u3000', '😀🚀👩‍💻✨']) {
    assert.throws(() => tm.match(text), /empty posting: no letters, digits or Chinese characters/, JSON.stringify(text));
  }
});
