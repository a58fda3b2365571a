// The JavaScript API over the wasm core, in Node: it loads with no options, answers like the
// native CLI, and every result is plain data.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { ROOT, WEB_LIB, createTalentMatch, runCli } from './wasm_support.mjs';

let tm;
before(async () => {
  tm = await createTalentMatch();
});
after(() => tm?.dispose());

function isPlainData(value) {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isPlainData);
}

describe('the module', () => {
  test('imports from the repo root as ./web/lib/talentmatch.js and starts with no options', () => {
    const script = "import { createTalentMatch } from './web/lib/talentmatch.js';\n" +
      'const tm = await createTalentMatch(); console.log(JSON.stringify(tm.stats())); tm.dispose();';
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).positions > 0, true);
  });

  test('the Node example of docs/API.md runs', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/API.md'), 'utf8');
    const example = /```js\n(\/\/ example: node\n[\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(example, 'docs/API.md has a js block starting with // example: node');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', example], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\d+ positions\nposition P001 数字IC设计工程师/);
    assert.match(r.stdout, /true find: expected a string, got 42\n$/);
  });

  test('stats equal those of the native CLI', () => {
    const native = runCli(['stats']);
    assert.equal(native.status, 0, native.stderr);
    assert.deepEqual(tm.stats(), JSON.parse(native.stdout));
  });

  test('info names the four catalogues', () => {
    assert.deepEqual(Object.keys(tm.info()).sort(), ['key_industries', 'qualifications', 'services', 'skilled_occupations']);
  });
});

describe('results', () => {
  test('are plain data for every call', () => {
    const results = [
      tm.stats(), tm.info(), tm.get('P001'), tm.find('芯片'), tm.match('数字IC设计工程师\n负责RTL设计'),
      tm.matchMany(['数字IC设计工程师', { id: 2, text: '药物制剂工' }]), tm.findQualification('CFA'),
      tm.check({ qualifications: ['CFA'] }), tm.positionsForMajor('微电子'), tm.catalogue.tree(),
      tm.catalogue.occupations(), tm.catalogue.qualifications(), tm.catalogue.services(), tm.catalogue.get('Q001'),
    ];
    for (const r of results) assert.ok(isPlainData(r), JSON.stringify(r).slice(0, 200));
  });

  test('get returns a record by id and null for an unknown id', () => {
    assert.equal(tm.get('P001').id, 'P001');
    assert.equal(tm.get('NO-SUCH-ID'), null);
  });

  test('find gives the same hits as the native CLI', () => {
    const native = runCli(['--json', 'find', 'CFA']);
    assert.equal(native.status, 0, native.stderr);
    const ids = (hits) => hits.map((h) => h.id);
    assert.deepEqual(ids(tm.find('CFA')), ids(JSON.parse(native.stdout)));
  });

  test('findQualification is typo-tolerant and filters', () => {
    const [best] = tm.findQualification('CISPP');
    assert.equal(best.abbr, 'CISSP');
    assert.equal(best.match, 'typo');
    const urgent = tm.findQualification('', { urgent: true, limit: 1000 });
    assert.equal(urgent.length, tm.stats().urgent_qualifications);
  });

  test('findQualification results equal the native qual find', () => {
    const native = runCli(['--json', 'qual', 'find', 'ACCA']);
    assert.equal(native.status, 0, native.stderr);
    assert.deepEqual(tm.findQualification('ACCA'), JSON.parse(native.stdout).results);
  });

  test('check evaluates the 12 services for a profile', () => {
    const result = tm.check({ qualifications: ['CFA'], nationality: 'foreign', age: 35 });
    assert.equal(result.services.length, 12);
    for (const s of result.services) assert.ok(['applies', 'does_not_apply', 'needs_information'].includes(s.status));
  });

  test('positionsForMajor finds positions by a partial major and honours limit', () => {
    const hits = tm.positionsForMajor('微电子');
    assert.ok(hits.length > 1);
    assert.ok(hits.every((h) => h.matched_major.includes('微电子')));
    assert.equal(tm.positionsForMajor('微电子', { limit: 1 }).length, 1);
  });

  test('match honours top and echoes the id', () => {
    const r = tm.match({ id: 'A1', text: '数字IC设计工程师\n负责RTL设计与验证' }, { top: 2 });
    assert.equal(r.id, 'A1');
    assert.equal(r.best.id, 'P001');
    assert.ok(r.positions.length <= 2);
  });

  test('matchMany reports progress per chunk and keeps input order', () => {
    const postings = ['数字IC设计工程师', '药物制剂工', 'Java开发工程师', '数字IC设计工程师', '药物制剂工'];
    const progress = [];
    const results = tm.matchMany(postings, { chunkSize: 2, onProgress: (done, total) => progress.push([done, total]) });
    assert.deepEqual(progress, [[2, 5], [4, 5], [5, 5]]);
    assert.deepEqual(results.map((r) => r.best.id), postings.map((p) => tm.match(p).best.id));
  });

  test('results share no objects: changing one changes no other', () => {
    const posting = '数字IC设计工程师\n负责RTL设计，月薪30-50K';
    const [a, b] = tm.matchMany([posting, posting]);
    const c = tm.match(posting);
    a.positions[0].dimensions.training = 99;
    a.positions[0].title_zh = 'changed';
    a.occupations[0].name_zh = 'changed';
    for (const r of [b, c, tm.match(posting)]) {
      assert.notEqual(r.positions[0].dimensions.training, 99);
      assert.equal(r.positions[0].title_zh, '数字IC设计工程师');
      assert.notEqual(r.occupations[0].name_zh, 'changed');
    }
  });

  test('the API sets record_refs itself: a caller passing it is told it is unknown', () => {
    assert.throws(() => tm.match('焊工', { record_refs: false }), /^TalentMatchError: match: unknown option 'record_refs'$/);
    assert.throws(() => tm.matchMany(['焊工'], { record_refs: true }), /^TalentMatchError: matchMany: unknown option 'record_refs'$/);
  });

  test('catalogue browsing gives the industry tree, occupations, qualifications and services', () => {
    assert.equal(tm.catalogue.tree().length, tm.stats().industries);
    assert.equal(tm.catalogue.services().length, 12);
    assert.equal(tm.catalogue.get('Q001').id, 'Q001');
  });
});

describe('start-up timing', () => {
  test('createTalentMatch leaves one talentmatch:module and one talentmatch:catalogue measure; load() adds none', async () => {
    const count = (name) => performance.getEntriesByName(name, 'measure').length;
    const before = { module: count('talentmatch:module'), catalogue: count('talentmatch:catalogue') };
    const other = await createTalentMatch();
    const modules = performance.getEntriesByName('talentmatch:module', 'measure');
    const catalogues = performance.getEntriesByName('talentmatch:catalogue', 'measure');
    assert.equal(modules.length, before.module + 1);
    assert.equal(catalogues.length, before.catalogue + 1);
    const [m, c] = [modules.at(-1), catalogues.at(-1)];
    assert.ok(m.duration > 0 && c.duration > 0, `durations ${m.duration} and ${c.duration} ms`);
    assert.ok(c.startTime >= m.startTime + m.duration - 1e-6, 'the catalogue is loaded after the module is ready');
    await other.load();
    assert.equal(count('talentmatch:catalogue'), before.catalogue + 1);
    other.dispose();
  });
});

describe('ownership', () => {
  test('after dispose every call throws and dispose may be called again', async () => {
    const other = await createTalentMatch();
    other.dispose();
    assert.throws(() => other.stats(), { name: 'TalentMatchError', message: /stats: this TalentMatch instance was disposed/ });
    await assert.rejects(other.load(), /load: this TalentMatch instance was disposed/);
    other.dispose();
  });

  test('liveAllocations() counts the blocks calls leave behind: none for a match once warm, the same for the same catalogue', async () => {
    const other = await createTalentMatch();
    // The first calls keep their buffers (the reply, the matcher's scratch) for the next ones.
    other.match('算法工程师');
    other.matchMany(['Java开发'], { top: 2 });
    const loaded = other.liveAllocations();
    assert.ok(Number.isInteger(loaded) && loaded > 1000, `a loaded catalogue holds thousands of blocks, got ${loaded}`);
    other.match('数字IC设计工程师\n月薪30-50K');
    other.matchMany(['算法工程师', 'Java开发'], { top: 2 });
    assert.equal(other.liveAllocations(), loaded, 'a match left blocks behind');
    // More aliases, more blocks; back to the bundled catalogue, back to the count it held.
    const larger = JSON.parse(readFileSync(path.join(WEB_LIB, 'catalogue.json'), 'utf8'));
    larger.key_industries.positions[0].aliases_zh.push(...Array.from({ length: 50 }, (_, i) => `别名职位名称${i}号`));
    await other.load(larger);
    assert.ok(other.liveAllocations() > loaded, 'fifty more aliases took no more blocks');
    larger.key_industries.positions[0].title_zh = '数字芯片前端设计工程师';  // results follow the catalogue in force
    await other.load(larger);
    assert.equal(other.match('数字芯片前端设计工程师\n负责RTL设计').positions[0].title_zh, '数字芯片前端设计工程师');
    await other.load();
    assert.equal(other.liveAllocations(), loaded, 'the replaced catalogue was not freed');
    other.dispose();
    assert.throws(() => other.liveAllocations(), /liveAllocations: this TalentMatch instance was disposed/);
  });

  test('two instances are independent', async () => {
    const other = await createTalentMatch();
    other.dispose();
    assert.equal(tm.stats().positions > 0, true);
  });
});
