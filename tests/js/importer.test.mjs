// The CSV importer and exporter (scripts/import-csv.mjs, scripts/export-csv.mjs, scripts/import.sh),
// run as an operator would run them: as processes on files in a temporary folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { formatList, parseBoolean, parseInteger, parseList } from '../../scripts/catalogue-csv/cells.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'tests/js/fixtures/catalogue');
const BUNDLED = path.join(ROOT, 'data');
const CLI = process.env.TALENTMATCH_CLI || path.join(ROOT, 'build/native/talentmatch');
const NO_CLI = fs.existsSync(CLI) ? false : `the native CLI ${CLI} is not built`;
const CATALOGUES = ['key_industries', 'skilled_occupations', 'qualifications', 'services'];
const POSITIONS_HEADER =
  'id,direction_id,title_zh,title_en,aliases_zh,aliases_en,competencies_zh,competencies_en,majors_zh,majors_en,salary_median,provenance';

function tempDir(t) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentmatch-import-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function run(command, args, timeout = 60_000) {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, output: `${r.stdout}${r.stderr}` };
}

const exportCsv = (dataDir, outDir, ...extra) =>
  run('node', ['scripts/export-csv.mjs', '--data', dataDir, '--dir', outDir, ...extra]);

function importCsv(catalogue, dir, out, ...extra) {
  const args = ['scripts/import-csv.mjs', '--catalogue', catalogue, '--dir', dir, '--out', out, ...extra];
  return run('node', NO_CLI ? args : [...args, '--cli', CLI], 120_000);
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// The fixture catalogue as CSV tables in a fresh folder.
function fixtureTables(t) {
  const dir = tempDir(t);
  const r = exportCsv(FIXTURES, dir);
  assert.equal(r.status, 0, r.output);
  return dir;
}

function writeLines(file, lines, { eol = '\n', bom = false } = {}) {
  fs.writeFileSync(file, `${bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`);
}

// Imports the key_industries tables in `dir` into a new file; returns the result and document.
function importPositions(t, dir, ...extra) {
  const out = path.join(tempDir(t), 'key_industries.json');
  const result = importCsv('key_industries', dir, out, ...extra);
  return { ...result, out, document: fs.existsSync(out) ? readJson(out) : null };
}

function assertRoundTrip(t, dataDir, catalogues) {
  const tables = tempDir(t);
  const outDir = tempDir(t);
  const exported = exportCsv(dataDir, tables);
  assert.equal(exported.status, 0, exported.output);
  for (const catalogue of catalogues) {
    const out = path.join(outDir, `${catalogue}.json`);
    const r = importCsv(catalogue, tables, out);
    assert.equal(r.status, 0, `${catalogue}: ${r.output}`);
    assert.deepEqual(readJson(out), readJson(path.join(dataDir, `${catalogue}.json`)), catalogue);
  }
}

describe('round trip', () => {
  test('the fixture catalogue survives export to CSV and import unchanged', (t) => {
    assertRoundTrip(t, FIXTURES, CATALOGUES);
  });

  test('the bundled data survives export to CSV and import unchanged',
    { skip: !fs.existsSync(path.join(BUNDLED, 'key_industries.json')) && 'data/key_industries.json is not there yet' },
    (t) => {
      assertRoundTrip(t, BUNDLED, CATALOGUES.filter((c) => fs.existsSync(path.join(BUNDLED, `${c}.json`))));
    });

  test('exported tables have a header named after the JSON keys and one row per record', (t) => {
    const dir = fixtureTables(t);
    const positions = fs.readFileSync(path.join(dir, 'positions.csv'), 'utf8');
    assert.ok(positions.startsWith(`\uFEFF${POSITIONS_HEADER},illustrative_fields\r\n`));
    const conditions = fs.readFileSync(path.join(dir, 'service_conditions.csv'), 'utf8').split('\r\n');
    assert.deepEqual(conditions.slice(0, 3), [
      '\uFEFFservice_id,fact,op,value,relaxed_if_fact,relaxed_if_value',
      'C1,nationality,eq,foreign,,',
      'C1,age,le,65,high_tech,70',
    ]);
  });

  test('export refuses a record key that no column can hold', (t) => {
    const data = tempDir(t);
    const doc = readJson(path.join(FIXTURES, 'services.json'));
    doc.services[0].colour = 'blue';
    fs.writeFileSync(path.join(data, 'services.json'), JSON.stringify(doc));
    const r = exportCsv(data, tempDir(t));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /services\[0\]: no CSV column for colour/);
  });
});

describe('CSV syntax', () => {
  test('a quoted comma and a quoted line break stay inside one cell', (t) => {
    const dir = fixtureTables(t);
    writeLines(path.join(dir, 'positions.csv'), [
      POSITIONS_HEADER,
      'P001,D001,数字IC设计工程师,"Engineer, digital ICs",,,"第一行，含逗号, comma',
      '第二行",,微电子,,450000,',
      'P002,D001,芯片验证工程师,Verification engineer,,,"He said ""UVM""",,微电子,,380000,',
    ]);
    const r = importPositions(t, dir);
    assert.equal(r.status, 0, r.output);
    const [p1, p2] = r.document.positions;
    assert.equal(p1.title_en, 'Engineer, digital ICs');
    assert.equal(p1.competencies_zh, '第一行，含逗号, comma\n第二行');
    assert.equal(p2.competencies_zh, 'He said "UVM"');
    assert.equal(p2.salary_median, 380000);
  });

  test('error lines count the physical lines of multi-line cells', (t) => {
    const dir = fixtureTables(t);
    writeLines(path.join(dir, 'positions.csv'), [
      POSITIONS_HEADER,
      'P001,D001,数字IC设计工程师,Engineer,,,"line one',
      'line two',
      'line three",,微电子,,450000,',
      'P002,D001,芯片验证工程师,Verifier,,,UVM,,微电子,,lots,',
    ], { eol: '\r\n' });
    const r = importPositions(t, dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /positions\.csv:5: column salary_median: expected a whole number, got "lots"/);
  });

  test('a UTF-8 byte order mark before the header is ignored', (t) => {
    const dir = fixtureTables(t);
    const rows = [POSITIONS_HEADER, 'P001,D001,数字IC设计工程师,Engineer,,,RTL,,微电子,,450000,', 'P002,D001,验证,Verifier,,,UVM,,微电子,,1,'];
    for (const bom of [true, false]) {
      writeLines(path.join(dir, 'positions.csv'), rows, { bom });
      const r = importPositions(t, dir);
      assert.equal(r.status, 0, r.output);
      assert.equal(r.document.positions[0].id, 'P001');
    }
  });

  test('CRLF line ends are accepted and never end up inside values', (t) => {
    const dir = fixtureTables(t);
    writeLines(path.join(dir, 'positions.csv'), [
      POSITIONS_HEADER,
      'P001,D001,数字IC设计工程师,Engineer,IC设计|RTL设计,,"two\r\nlines",,微电子,,450000,',
      'P002,D001,芯片验证工程师,Verifier,,,UVM,,微电子,,380000,illustrative',
    ], { eol: '\r\n' });
    const r = importPositions(t, dir);
    assert.equal(r.status, 0, r.output);
    const [p1, p2] = r.document.positions;
    assert.equal(p1.competencies_zh, 'two\nlines');
    assert.deepEqual(p1.aliases_zh, ['IC设计', 'RTL设计']);
    assert.equal(p2.provenance, 'illustrative');
    assert.ok(!JSON.stringify(r.document).includes('\\r'));
  });

  test('blank rows and empty unnamed columns that Excel leaves behind are ignored', (t) => {
    const dir = fixtureTables(t);
    writeLines(path.join(dir, 'positions.csv'), [
      `${POSITIONS_HEADER},,`,
      'P001,D001,数字IC设计工程师,Engineer,,,RTL,,微电子,,450000,,,',
      ',,,,,,,,,,,,,',
      'P002,D001,芯片验证工程师,Verifier,,,UVM,,微电子,,380000,,,',
      '',
    ]);
    const r = importPositions(t, dir);
    assert.equal(r.status, 0, r.output);
    assert.equal(r.document.positions.length, 2);
  });

  test('a row with more cells than the header is reported with its line', (t) => {
    const dir = fixtureTables(t);
    writeLines(path.join(dir, 'positions.csv'), [
      POSITIONS_HEADER,
      'P001,D001,数字IC设计工程师,Engineer,,,熟悉综合, 时序分析,,微电子,,450000,',
    ]);
    const r = importPositions(t, dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /positions\.csv:2: the row has 13 cells but the header has 12 columns \(a cell containing a comma/);
  });
});

describe('cell values', () => {
  test('list cells split on |, or on ； and ; when there is no |', () => {
    assert.deepEqual(parseList('IC设计工程师|RTL设计工程师'), ['IC设计工程师', 'RTL设计工程师']);
    assert.deepEqual(parseList('微电子；集成电路; 通信 '), ['微电子', '集成电路', '通信']);
    assert.deepEqual(parseList('电子信息；通信方向|'), ['电子信息；通信方向']);
  });

  test('a single list item containing a semicolon is exported with a trailing |', () => {
    assert.equal(formatList(['电子信息；通信方向'], 'x'), '电子信息；通信方向|');
    assert.equal(formatList(['a', 'b；c'], 'x'), 'a|b；c');
    assert.throws(() => formatList(['a|b'], 'positions[0].aliases_zh'), /contains "\|"/);
  });

  test('booleans accept true/false, 是/否 and 1/0 and nothing else', () => {
    for (const yes of ['true', 'TRUE', '是', '1']) assert.equal(parseBoolean(yes), true);
    for (const no of ['false', 'False', '否', '0']) assert.equal(parseBoolean(no), false);
    assert.throws(() => parseBoolean('maybe'), /expected true or false/);
  });

  test('whole numbers accept thousands separators and .0 but not units', () => {
    assert.equal(parseInteger('450000'), 450000);
    assert.equal(parseInteger('450,000'), 450000);
    assert.equal(parseInteger('450000.0'), 450000);
    assert.throws(() => parseInteger('45万'), /expected a whole number, got "45万"/);
    assert.throws(() => parseInteger('4.5'), /expected a whole number/);
  });
});

describe('encodings', () => {
  const gbkPositions = (dir) =>
    fs.writeFileSync(path.join(dir, 'positions.csv'), iconv.encode(
      [POSITIONS_HEADER, 'P001,D001,数字IC设计工程师,Engineer,芯片设计师,,熟练使用Verilog,,微电子科学与工程,,450000,',
        'P002,D001,芯片验证工程师,Verifier,,,掌握UVM,,集成电路,,380000,'].join('\r\n'), 'gbk'));

  test('a GBK file without --encoding stops with an error that names the file and the fix', (t) => {
    const dir = fixtureTables(t);
    gbkPositions(dir);
    const r = importPositions(t, dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /positions\.csv:2: not UTF-8 text .*pass --encoding gbk, or save the file as "CSV UTF-8/);
    assert.equal(r.document, null);
  });

  test('a GBK file with --encoding gbk imports the Chinese text correctly', (t) => {
    const dir = fixtureTables(t);
    gbkPositions(dir);
    const industries = path.join(dir, 'industries.csv');
    fs.writeFileSync(industries, fs.readFileSync(industries, 'utf8').replace(/^\uFEFF/, ''));
    const r = importPositions(t, dir, '--encoding', 'gbk');
    assert.equal(r.status, 0, r.output);
    const [p1] = r.document.positions;
    assert.equal(p1.title_zh, '数字IC设计工程师');
    assert.deepEqual(p1.aliases_zh, ['芯片设计师']);
    assert.deepEqual(p1.majors_zh, ['微电子科学与工程']);
    // The other tables are UTF-8, which --encoding gbk leaves alone.
    assert.equal(r.document.industries[0].name_zh, '集成电路');
  });
});

describe('columns', () => {
  test('a misspelt column is reported with its file and name', (t) => {
    const dir = fixtureTables(t);
    writeLines(path.join(dir, 'positions.csv'), [
      POSITIONS_HEADER.replace('salary_median', 'salary_medain'),
      'P001,D001,数字IC设计工程师,Engineer,,,RTL,,微电子,,450000,',
    ]);
    const r = importPositions(t, dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /positions\.csv:1: column salary_medain: unknown column \(expected: id, direction_id/);
    assert.match(r.stderr, /positions\.csv:1: column salary_median: missing column \(required\)/);
  });

  test('a missing required column is reported with its file and name', (t) => {
    const dir = fixtureTables(t);
    writeLines(path.join(dir, 'core_fields.csv'), ['id,industry_id,name_zh,name_en,stars,supply_demand,transfer', 'F01,I01,芯片设计,Chip design,5,5,5']);
    const r = importPositions(t, dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /core_fields\.csv:1: column training: missing column \(required\)/);
  });

  test('optional columns may be left out and provenance defaults to illustrative', (t) => {
    const dir = fixtureTables(t);
    writeLines(path.join(dir, 'positions.csv'), [
      'id,direction_id,title_zh,title_en,competencies_zh,majors_zh,salary_median',
      'P001,D001,数字IC设计工程师,Engineer,RTL,微电子,450000',
      'P002,D001,芯片验证工程师,Verifier,UVM,微电子,380000',
    ]);
    const plain = importPositions(t, dir);
    assert.equal(plain.status, 0, plain.output);
    assert.deepEqual(plain.document.positions[0],
      { id: 'P001', direction_id: 'D001', title_zh: '数字IC设计工程师', title_en: 'Engineer', competencies_zh: 'RTL',
        majors_zh: ['微电子'], salary_median: 450000, provenance: 'illustrative' });
    const published = importPositions(t, dir, '--provenance', 'publication');
    assert.equal(published.document.positions[0].provenance, 'publication');
  });
});

describe('validation', () => {
  test('a dangling reference fails the import and leaves the target file unchanged', { skip: NO_CLI }, (t) => {
    const dir = fixtureTables(t);
    const target = path.join(tempDir(t), 'key_industries.json');
    fs.copyFileSync(path.join(FIXTURES, 'key_industries.json'), target);
    const before = fs.readFileSync(target);
    const positions = fs.readFileSync(path.join(dir, 'positions.csv'), 'utf8');
    fs.writeFileSync(path.join(dir, 'positions.csv'), positions.replace('\nP002,D001,', '\nP002,D404,'));
    const r = importCsv('key_industries', dir, target);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /positions\.csv:4: column direction_id: "D404" is not a known direction id/);
    assert.match(r.stderr, /was not changed/);
    assert.deepEqual(fs.readFileSync(target), before);
    assert.deepEqual(fs.readdirSync(path.dirname(target)), ['key_industries.json']);
  });

  test('every bad cell is reported with its file, line and column', (t) => {
    const dir = fixtureTables(t);
    writeLines(path.join(dir, 'core_fields.csv'), [
      'id,industry_id,name_zh,name_en,stars,supply_demand,training,transfer,provenance',
      'F01,I01,芯片设计,,7,5,6,4,official',
    ]);
    const r = importPositions(t, dir);
    assert.equal(r.status, 1);
    for (const expected of [
      /core_fields\.csv:2: column name_en: empty or missing \(required\)/,
      /core_fields\.csv:2: column stars: must be from 1 to 5, got 7/,
      /core_fields\.csv:2: column training: must be from 1 to 5, got 6/,
      /core_fields\.csv:2: column provenance: expected one of "publication", "illustrative", got "official"/,
    ]) assert.match(r.stderr, expected);
  });

  test('a condition of an unknown service names service_conditions.csv, its line and service_id', (t) => {
    const dir = fixtureTables(t);
    fs.appendFileSync(path.join(dir, 'service_conditions.csv'), 'C9,age,le,60,,\r\nU2,nationality,le,martian,,\r\n');
    const out = path.join(tempDir(t), 'services.json');
    const r = importCsv('services', dir, out);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /service_conditions\.csv:5: column service_id: "C9" is not an id in services\.csv/);
    assert.match(r.stderr, /service_conditions\.csv:6: column op: expected "eq" here, got "le"/);
    assert.match(r.stderr, /service_conditions\.csv:6: column value: expected one of "foreign", "chinese", got "martian"/);
    assert.equal(fs.existsSync(out), false);
  });

  test('metadata comes from meta.csv and command-line flags override it', (t) => {
    const dir = fixtureTables(t);
    const r = importPositions(t, dir, '--edition', '2024', '--title-en', 'Key industries 2024');
    assert.equal(r.status, 0, r.output);
    assert.equal(r.document.edition, '2024');
    assert.equal(r.document.title_en, 'Key industries 2024');
    assert.equal(r.document.title_zh, '重点产业领域人力资源开发目录');
    assert.deepEqual(r.document.counts, { industries: 1, core_fields: 1, directions: 1, positions: 2 });
  });

  test('a missing edition names meta.csv and the flag that would supply it', (t) => {
    const dir = fixtureTables(t);
    const meta = fs.readFileSync(path.join(dir, 'meta.csv'), 'utf8');
    fs.writeFileSync(path.join(dir, 'meta.csv'), meta.replace(/key_industries,edition,2023\r\n/, ''));
    const r = importPositions(t, dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /meta\.csv: edition: no value: add a row "key_industries,edition,VALUE" to meta\.csv or pass --edition/);
  });

  test('a missing table is named with the list of files the catalogue needs', (t) => {
    const dir = fixtureTables(t);
    fs.rmSync(path.join(dir, 'directions.csv'));
    const r = importPositions(t, dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /directions\.csv: missing: key_industries is imported from industries\.csv, core_fields\.csv, directions\.csv, positions\.csv/);
  });

  test('without urgency_levels.csv the three default levels are used', (t) => {
    const dir = fixtureTables(t);
    fs.rmSync(path.join(dir, 'urgency_levels.csv'));
    const out = path.join(tempDir(t), 'skilled_occupations.json');
    const r = importCsv('skilled_occupations', dir, out);
    assert.equal(r.status, 0, r.output);
    assert.deepEqual(readJson(out).urgency_levels.map((u) => [u.level, u.name_zh]),
      [[3, '非常急需紧缺'], [2, '比较急需紧缺'], [1, '急需紧缺']]);
  });
});

describe('scale', () => {
  test('a 100 000-row positions.csv finishes with a clear result and no crash', (t) => {
    const dir = fixtureTables(t);
    const rows = [POSITIONS_HEADER];
    for (let i = 1; i <= 100_000; i++) {
      rows.push(`P${i},D001,数字IC设计工程师${i},"Engineer ${i}, digital",IC设计|RTL设计,ASIC,"熟练使用Verilog，熟悉时序分析",RTL design,微电子,Microelectronics,${300000 + i},`);
    }
    writeLines(path.join(dir, 'positions.csv'), rows, { eol: '\r\n' });
    const meta = fs.readFileSync(path.join(dir, 'meta.csv'), 'utf8');
    fs.writeFileSync(path.join(dir, 'meta.csv'), meta.replace('counts.positions,2', 'counts.positions,100000'));
    const started = Date.now();
    const r = importPositions(t, dir);
    const seconds = (Date.now() - started) / 1000;
    t.diagnostic(`100 000 positions: exit ${r.status} in ${seconds.toFixed(1)} s; ${r.stderr.trim().split('\n').slice(0, 2).join(' / ')}`);
    assert.equal(r.signal, null, 'the importer was killed (timeout)');
    assert.match(r.stdout, /positions\.csv: 100000 rows/);
    if (r.status === 0) {
      assert.equal(r.document.positions.length, 100_000);
    } else {
      assert.equal(r.status, 1, r.output);
      assert.match(r.stderr, /key_industries: \d+ errors?; .* was not changed/);
      assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
      assert.equal(r.document, null);
    }
  });
});

describe('import.sh', () => {
  const importSh = (...args) => run('bash', ['scripts/import.sh', ...args], 120_000);
  const snapshot = (dir) => Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

  test('--templates writes every table and meta.csv', (t) => {
    const out = tempDir(t);
    const r = importSh('--data', FIXTURES, '--templates', out);
    assert.equal(r.status, 0, r.output);
    assert.deepEqual(fs.readdirSync(out).sort(), [
      'core_fields.csv', 'directions.csv', 'industries.csv', 'meta.csv', 'occupations.csv', 'positions.csv',
      'qualification_fields.csv', 'qualifications.csv', 'regions.csv', 'service_conditions.csv', 'services.csv',
      'skilled_categories.csv', 'urgency_levels.csv',
    ]);
  });

  test('imports the catalogues whose CSV files are present and leaves the others alone', { skip: NO_CLI }, (t) => {
    const data = tempDir(t);
    for (const c of CATALOGUES) fs.copyFileSync(path.join(FIXTURES, `${c}.json`), path.join(data, `${c}.json`));
    const csv = tempDir(t);
    assert.equal(exportCsv(FIXTURES, csv, '--catalogue', 'services').status, 0);
    const services = fs.readFileSync(path.join(csv, 'services.csv'), 'utf8');
    fs.writeFileSync(path.join(csv, 'services.csv'), services.replace('工作许可', '工作许可便利'));
    const before = snapshot(data);
    const r = importSh('--data', data, csv);
    assert.equal(r.status, 0, r.output);
    assert.equal(readJson(path.join(data, 'services.json')).services[0].name_zh, '工作许可便利');
    for (const c of ['key_industries', 'skilled_occupations', 'qualifications']) {
      assert.equal(fs.readFileSync(path.join(data, `${c}.json`), 'utf8'), before[`${c}.json`], c);
    }
    assert.deepEqual(fs.readdirSync(data).sort(), Object.keys(before).sort(), 'no staging folder is left behind');
  });

  test('one failing catalogue leaves the whole data folder untouched', { skip: NO_CLI }, (t) => {
    const data = tempDir(t);
    for (const c of CATALOGUES) fs.copyFileSync(path.join(FIXTURES, `${c}.json`), path.join(data, `${c}.json`));
    const csv = fixtureTables(t);
    const positions = fs.readFileSync(path.join(csv, 'positions.csv'), 'utf8');
    fs.writeFileSync(path.join(csv, 'positions.csv'), positions.replace('数字IC设计工程师', '数字IC设计工程师(新)'));
    fs.appendFileSync(path.join(csv, 'occupations.csv'), 'S03,SC404,新职业,New occupation,,3,true,,,90000,,\r\n');
    const before = snapshot(data);
    const r = importSh('--data', data, csv);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /occupations\.csv:4: column category_id: "SC404" is not a known skilled category id/);
    assert.match(r.stderr, /failed: skilled_occupations; nothing in .* was changed/);
    assert.deepEqual(snapshot(data), before);
  });

  // tasks_zh/tasks_en came after the first release: an occupations.csv without them still imports.
  test('occupations.csv imports with or without the work-task columns', { skip: NO_CLI }, (t) => {
    const data = tempDir(t);
    for (const c of CATALOGUES) fs.copyFileSync(path.join(FIXTURES, `${c}.json`), path.join(data, `${c}.json`));
    const csv = tempDir(t);
    assert.equal(exportCsv(FIXTURES, csv, '--catalogue', 'skilled_occupations').status, 0);
    const file = path.join(csv, 'occupations.csv');
    const lines = fs.readFileSync(file, 'utf8').split('\r\n');
    assert.match(lines[0], /,tasks_zh,tasks_en$/);
    const older = lines.map((l, i) => (i === 0 ? l.replace(/,tasks_zh,tasks_en$/, '') : l.replace(/,,$/, '')));
    fs.writeFileSync(file, older.join('\r\n'));
    let r = importSh('--data', data, csv);
    assert.equal(r.status, 0, r.output);
    assert.equal(readJson(path.join(data, 'skilled_occupations.json')).occupations[0].tasks_zh, undefined);
    fs.writeFileSync(file, lines.map((l, i) => (i === 1 ? l.replace(/,,$/, ',操作压片机、包衣机,Runs tablet presses') : l)).join('\r\n'));
    r = importSh('--data', data, csv);
    assert.equal(r.status, 0, r.output);
    const s01 = readJson(path.join(data, 'skilled_occupations.json')).occupations[0];
    assert.equal(s01.tasks_zh, '操作压片机、包衣机');
    assert.equal(s01.tasks_en, 'Runs tablet presses');
  });

  test('an id used in two catalogues fails the import', { skip: NO_CLI }, (t) => {
    const data = tempDir(t);
    for (const c of CATALOGUES) fs.copyFileSync(path.join(FIXTURES, `${c}.json`), path.join(data, `${c}.json`));
    const csv = tempDir(t);
    assert.equal(exportCsv(FIXTURES, csv, '--catalogue', 'qualifications').status, 0);
    const fields = fs.readFileSync(path.join(csv, 'qualification_fields.csv'), 'utf8');
    fs.writeFileSync(path.join(csv, 'qualification_fields.csv'), `${fields}F01,生物,Biology,illustrative,\r\n`);
    const before = snapshot(data);
    const r = importSh('--data', data, csv);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /qualification_fields\.csv:4: column id: id "F01" is also used by .*key_industries\.json/);
    assert.deepEqual(snapshot(data), before);
  });
});
