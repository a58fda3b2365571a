// Bad input across the JS ↔ wasm boundary: every case throws a TalentMatchError whose message
// says what is wrong, and the module keeps working afterwards. An invalid catalogue leaves the
// previous one in force.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { TalentMatchError, WEB_LIB, createTalentMatch } from './wasm_support.mjs';

const bundled = () => JSON.parse(readFileSync(path.join(WEB_LIB, 'catalogue.json'), 'utf8'));
const MB10 = 'x'.repeat(10 * 1024 * 1024);

let tm;
let stats;
before(async () => {
  tm = await createTalentMatch();
  stats = tm.stats();
});
after(() => tm?.dispose());

// Asserts that `run` throws a TalentMatchError matching `message`, then that the module still answers.
function rejects(run, message) {
  assert.throws(run, (e) => {
    assert.ok(e instanceof TalentMatchError, `expected a TalentMatchError, got ${e?.name}: ${e?.message}`);
    assert.ok(e instanceof Error);
    assert.match(e.message, message);
    return true;
  });
  assert.deepEqual(tm.stats(), stats, 'the module answers as before');
}

describe('wrong types', () => {
  test('undefined where text is needed names the call', () => {
    rejects(() => tm.find(undefined), /^find: expected a string, got undefined$/);
    rejects(() => tm.get(), /^get: expected a string, got undefined$/);
    rejects(() => tm.match(undefined), /^match: expected a posting string or an object/);
    rejects(() => tm.check(undefined), /^check: argument 'profile' is missing$/);
  });

  test('numbers, null and arrays where text or objects are needed', () => {
    rejects(() => tm.find(42), /^find: expected a string, got 42$/);
    rejects(() => tm.findQualification(null), /^findQualification: expected a string, got null$/);
    rejects(() => tm.match(12), /got 12$/);
    rejects(() => tm.match(['a']), /got an array$/);
    rejects(() => tm.matchMany('not an array'), /^matchMany: expected an array of postings, got "not an array"$/);
    rejects(() => tm.check(7), /^check: argument 'profile' is not valid: expected a JSON object/);
  });

  test('options of the wrong type or out of range name the option', () => {
    rejects(() => tm.match('数字IC设计工程师', { top: '3' }), /^match: argument 'top' must be an integer from 1 to 50, got "3"$/);
    rejects(() => tm.match('数字IC设计工程师', { top: 0 }), /argument 'top' must be an integer from 1 to 50, got 0/);
    rejects(() => tm.match('数字IC设计工程师', { top: NaN }), /^match: top must be a finite number, got NaN$/);
    rejects(() => tm.match('数字IC设计工程师', { tpo: 3 }), /^match: unknown argument "tpo" \(expected posting, top, explain\)$/);
    rejects(() => tm.match('数字IC设计工程师', 5), /^match: options must be an object, got 5$/);
    rejects(() => tm.findQualification('CFA', { urgent: 'yes' }), /^findQualification: argument 'urgent' must be true or false, got "yes"$/);
    rejects(() => tm.findQualification('CFA', { field: 'astrology' }), /^findQualification: argument 'field' names no qualification field: "astrology"/);
    rejects(() => tm.positionsForMajor('微电子', { limit: -1 }), /argument 'limit' must be an integer from 1 to 1000, got -1/);
    rejects(() => tm.matchMany([], { chunkSize: 0 }), /^matchMany: option 'chunkSize' must be a positive integer, got 0$/);
  });

  test('values JSON cannot carry are named with their path', () => {
    rejects(() => tm.check({ age: 30n }), /^check: profile\.age must be plain data .* got a bigint$/);
    rejects(() => tm.check({ qualifications: [() => 'CFA'] }), /^check: profile\.qualifications\[0\] must be plain data .* got a function$/);
    rejects(() => tm.check({ qualifications: [undefined] }), /^check: profile\.qualifications\[0\] is undefined$/);
    rejects(() => tm.match({ text: 'x', when: new Date() }), /^match: posting\.when must be plain data .* got a Date$/);
    const loop = { text: 'x' };
    loop.self = loop;
    rejects(() => tm.match(loop), /^match: posting\.self refers to itself$/);
  });

  test('a bad profile lists every problem', () => {
    rejects(() => tm.check({ age: 12, nationality: 'martian', qualifications: ['NO SUCH THING'] }), /age.*nationality.*qualifications\[0\]|nationality.*age/s);
  });
});

describe('huge strings', () => {
  test('a 10 MB query is refused with its size', () => {
    rejects(() => tm.find(MB10), /^find: argument 'text' is too long: 10485760 bytes, at most 4096$/);
    rejects(() => tm.findQualification(MB10), /too long/);
    rejects(() => tm.positionsForMajor(MB10), /too long/);
    rejects(() => tm.get(MB10), /^get: argument 'id' is too long/);
  });

  test('a 10 MB posting is matched without harm', () => {
    const r = tm.match(`数字IC设计工程师\n${MB10}`);
    assert.equal(r.best.kind === 'position' || r.best.kind === 'none', true);
    assert.deepEqual(tm.stats(), stats);
  });
});

describe('lone surrogates', () => {
  test('in a query are refused with their position', () => {
    rejects(() => tm.find('CF\uD800A'), /^find: text contains a lone surrogate \(U\+D800 at index 2\); text must be well-formed Unicode$/);
    rejects(() => tm.findQualification('\uDC00'), /U\+DC00 at index 0/);
    rejects(() => tm.check({ qualifications: ['CFA\uD83D'] }), /^check: profile\.qualifications\[0\] contains a lone surrogate/);
    rejects(() => tm.match('数字IC设计工程师\uDBFF'), /^match: posting contains a lone surrogate/);
  });

  test('paired surrogates (emoji) are text like any other', () => {
    assert.ok(Array.isArray(tm.find('CFA 😀')));
  });

  test('in a batch the posting gets its error in place and the rest are matched', () => {
    const results = tm.matchMany(['数字IC设计工程师', 'bad \uD800', 42, { id: 'x' }, '药物制剂工']);
    assert.equal(results.length, 5);
    assert.equal(results[0].best.id, 'P001');
    assert.deepEqual(Object.keys(results[1]).sort(), ['error', 'index']);
    assert.equal(results[1].index, 1);
    assert.match(results[1].error, /lone surrogate/);
    assert.equal(results[2].index, 2);
    assert.match(results[2].error, /got 42/);
    assert.equal(results[3].index, 3);
    assert.equal(results[3].id, 'x');
    assert.ok(results[4].best);
  });
});

describe('catalogues', () => {
  test('one that fails validation throws every error and leaves the previous catalogue in force', async () => {
    const renamed = bundled();
    renamed.qualifications.qualifications[0].name_en = 'Renamed by the bad-input test';
    const id = renamed.qualifications.qualifications[0].id;
    await tm.load(renamed);
    assert.equal(tm.get(id).name_en, 'Renamed by the bad-input test');

    const broken = bundled();
    broken.key_industries.positions[3].salary_median = 'lots';
    broken.services.services[0].id = 42;
    await assert.rejects(tm.load(broken), (e) => {
      assert.ok(e instanceof TalentMatchError);
      assert.match(e.message, /^load: catalogue rejected \(\d+ errors?\); the previous catalogue stays in force/);
      assert.match(e.message, /positions\[3\]\.salary_median/);
      assert.ok(e.details.errors.length >= 2, e.details.errors.join('\n'));
      return true;
    });
    assert.equal(tm.get(id).name_en, 'Renamed by the bad-input test', 'the previous (renamed) catalogue is in force');
    await tm.load();
    assert.notEqual(tm.get(id).name_en, 'Renamed by the bad-input test');
  });

  test('text that is not JSON, a wrong type, a missing file and a lone surrogate are refused', async () => {
    await assert.rejects(tm.load({ name: 'x.json', text: '{ not json' }), { name: 'TalentMatchError', message: /^load: catalogue rejected/ });
    await assert.rejects(tm.load(42), { name: 'TalentMatchError', message: /^load: catalogue must be a URL, a path, a catalogue object, a File or an array of them, got 42$/ });
    await assert.rejects(tm.load('no/such/catalogue.json'), { name: 'TalentMatchError', message: /^load: cannot read .*no\/such\/catalogue\.json: ENOENT$/ });
    const surrogate = bundled();
    surrogate.services.services[0].name_en = 'bad \uDC00';
    await assert.rejects(tm.load(surrogate), { name: 'TalentMatchError', message: /^load: catalogue\.services\.services\[0\]\.name_en contains a lone surrogate/ });
    await assert.rejects(tm.load([]), { name: 'TalentMatchError', message: /^load: catalogue rejected/ });
    assert.deepEqual(tm.stats(), stats);
  });

  test('an invalid catalogue at creation rejects the promise with the errors', async () => {
    await assert.rejects(createTalentMatch({ catalogue: { key_industries: 5 } }), (e) => e instanceof TalentMatchError && e.details.errors.length > 0);
    await assert.rejects(createTalentMatch({ catalog: {} }), { name: 'TalentMatchError', message: /^createTalentMatch: unknown option 'catalog'/ });
  });
});
