// The npm package: `npm pack` gives a tarball of the built web/lib files only, and a fresh
// project that installs it offline can `import { createTalentMatch } from 'talentmatch'` in
// Node with no options (and resolve 'talentmatch/worker' and the type declarations).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { BUILT_FILES, ROOT } from './wasm_support.mjs';

const TSC = path.join(ROOT, 'node_modules/.bin/tsc');
const TSC_FLAGS = ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom'];
// Uses every entry point and the main result types, as a site's TypeScript code would.
const CONSUMER_TS = `import { createTalentMatch, TalentMatchError, type MatchResult, type MatchError } from 'talentmatch';
import { createTalentMatchWorker } from 'talentmatch/worker';

const tm = await createTalentMatch({ catalogue: new URL('https://example.org/catalogue.json') });
const r: MatchResult = tm.match('数字IC设计工程师', { top: 3 });
const many: Array<MatchResult | MatchError> = tm.matchMany([{ id: 1, text: 'x' }], { onProgress: (done, total) => void (done + total) });
for (const m of many) if ('error' in m) console.log(m.index, m.error);
const q = tm.findQualification('CFA', { urgent: true })[0];
console.log(r.positions[0].title_zh, q.gains.summary_en, tm.positionsForMajor('微电子')[0].field.stars);
console.log(tm.check({ qualifications: ['CFA'], age: 30 }).services[0].status);
try { tm.find('x'); } catch (e) { if (e instanceof TalentMatchError) console.log(e.message, e.details?.errors); }
const w = await createTalentMatchWorker();
const wr: MatchResult = await w.match('x');
const heap: number = await w.heapBytes();
const blocks: number = tm.liveAllocations() + await w.liveAllocations();
console.log(wr.best.id, heap, blocks, (await w.catalogue.tree()).length);
await w.dispose();
tm.dispose();
`;

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const work = mkdtempSync(path.join(tmpdir(), 'talentmatch-pack-'));
const project = path.join(work, 'app');
let tarball;
let packed;

function run(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

before(() => {
  [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT));
  tarball = path.join(work, packed.filename);
  run('mkdir', ['-p', project], work);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'site', version: '1.0.0', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], project);
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  test('names the tarball talentmatch-<version>.tgz', () => {
    assert.equal(packed.filename, `talentmatch-${pkg.version}.tgz`);
    assert.ok(existsSync(tarball));
  });

  test('packs the built web/lib files, package.json and the README, nothing else', () => {
    const files = packed.files.map((f) => f.path).sort();
    const expected = [...BUILT_FILES.map((f) => `web/lib/${f}`), 'package.json', 'README.md'];
    if (existsSync(path.join(ROOT, 'LICENSE'))) expected.push('LICENSE');
    assert.deepEqual(files, expected.sort());
  });

  test('every export target is in the package', () => {
    const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    for (const target of targets) assert.ok(packed.files.some((f) => `./${f.path}` === target), `${target} is exported but not packed`);
  });
});

describe('installed into a fresh project', () => {
  test("import { createTalentMatch } from 'talentmatch' works in Node with no options", () => {
    const script = "import { createTalentMatch } from 'talentmatch';\n" +
      "const tm = await createTalentMatch();\nconst r = tm.match('数字IC设计工程师\\n负责RTL设计');\n" +
      'console.log(JSON.stringify({ positions: tm.stats().positions, best: r.best.id }));\ntm.dispose();';
    writeFileSync(path.join(project, 'main.mjs'), script);
    const out = JSON.parse(run(process.execPath, ['main.mjs'], project));
    assert.equal(out.best, 'P001');
    assert.ok(out.positions > 0);
  });

  test("'talentmatch/worker' and the default export resolve", () => {
    const script = "import { createTalentMatchWorker, TalentMatchError } from 'talentmatch/worker';\n" +
      "import createTalentMatch from 'talentmatch';\n" +
      "console.log(typeof createTalentMatchWorker, typeof TalentMatchError, typeof createTalentMatch);";
    writeFileSync(path.join(project, 'worker.mjs'), script);
    assert.equal(run(process.execPath, ['worker.mjs'], project).trim(), 'function function function');
  });

  test('the type declarations type-check a TypeScript consumer (strict; nodenext and bundler resolution)', () => {
    writeFileSync(path.join(project, 'main.ts'), CONSUMER_TS);
    for (const resolution of [['nodenext', 'nodenext'], ['esnext', 'bundler']]) {
      run(TSC, [...TSC_FLAGS, '--module', resolution[0], '--moduleResolution', resolution[1], 'main.ts'], project);
    }
  });

  test('the type declarations are not `any`: a wrong call does not type-check', () => {
    writeFileSync(path.join(project, 'wrong.ts'), "import { createTalentMatch } from 'talentmatch';\nconst tm = await createTalentMatch();\ntm.match(42);\n");
    const r = spawnSync(TSC, [...TSC_FLAGS, '--module', 'nodenext', '--moduleResolution', 'nodenext', 'wrong.ts'], { cwd: project, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stdout, /wrong\.ts\(3,10\): error TS2345: Argument of type 'number'/);
  });

  test('the type declarations are where package.json says', () => {
    const installed = path.join(project, 'node_modules/talentmatch');
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
    for (const types of [manifest.types, manifest.exports['.'].types, manifest.exports['./worker'].types]) {
      assert.match(readFileSync(path.join(installed, types), 'utf8'), /export (declare )?(function|type|interface)/);
    }
  });
});
