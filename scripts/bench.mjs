// Benchmark: talentmatch (wasm) against MiniSearch, FlexSearch and Orama, in one Node process,
// on the same 278 positions and the same postings. Writes the figures as JSON (and prints a
// table); scripts/bench.sh wraps it with the build, the browser cold start and the Markdown.
//
// Usage: node scripts/bench.mjs [--postings N] [--seed S] [--engines a,b,...] [--out FILE]
//                               [--build-repeats K] [--no-native] [--no-table] [--quiet]
//                               [--command TEXT]   (the command recorded in the results)
//
// Per engine (methods in docs/BENCHMARKS.md):
//   p50_us, p99_us   per-posting latency over the N postings (ours: matchMany amortised over
//                    chunks of 100; the talentmatch_single row: one match() call per posting)
//   per_second       N / wall time of the whole batch (ours: matchMany, chunks of 1000)
//   build_ms         first index build in this process (cold JIT, what a page pays once);
//                    build_warm_ms: median of --build-repeats more
//   heap_bytes       JS heap growth with the index alive, after forced GC; ours: the wasm
//                    linear memory after start-up (heapBytes(), an upper bound) plus the JS
//                    heap growth
//   bundle_gz_bytes  gzip -9 of the library code a page ships + the data it indexes
//   top1, top3       on the labelled eval set (all of it, whatever N): a posting labelled
//                    "none" counts as right only when the engine returns no position
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { benchPostings, evalSet, writeJsonl, DEFAULT_POSTINGS, DEFAULT_SEED } from '../bench/postings.mjs';
import { positionDocuments, ROOT } from '../bench/js/documents.mjs';
import { renderTable } from '../bench/js/report.mjs';
import * as minisearch from '../bench/js/minisearch.mjs';
import * as flexsearch from '../bench/js/flexsearch.mjs';
import * as orama from '../bench/js/orama.mjs';
import * as talentmatch from '../bench/js/talentmatch.mjs';

export const ENGINES = { talentmatch, minisearch, flexsearch, orama };
export const KEYS = ['p50_us', 'p99_us', 'per_second', 'build_ms', 'heap_bytes', 'bundle_gz_bytes', 'top1', 'top3'];
const TOP = 5;
const LATENCY_CHUNK = 100;
const THROUGHPUT_CHUNK = 1000;

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

function gc() {
  collectGarbage();
  collectGarbage();
}

const now = () => process.hrtime.bigint();
const microseconds = (from, to) => Number(to - from) / 1e3;
const round = (x, digits = 2) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function median(values) {
  return percentile([...values].sort((a, b) => a - b), 50);
}

function gzipBytes(buffers) {
  return zlib.gzipSync(Buffer.concat(buffers), { level: 9 }).length;
}

// ---- per-engine measurements ------------------------------------------------------------

async function measureBuild(engine, documents, repeats) {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let t = now();
  await engine.build(documents);
  const cold = microseconds(t, now()) / 1e3;
  const warm = [];
  for (let i = 0; i < repeats; i++) {
    t = now();
    await engine.build(documents);
    warm.push(microseconds(t, now()) / 1e3);
  }
  gc();
  const jsHeap = Math.max(0, process.memoryUsage().heapUsed - heapBefore);
  return { build_ms: round(cold), build_warm_ms: round(median(warm)), js_heap_bytes: jsHeap };
}

// Every posting timed on its own: latency percentiles and, from the same loop, throughput.
function measureSingle(search, texts) {
  const times = new Float64Array(texts.length);
  const start = now();
  for (let i = 0; i < texts.length; i++) {
    const t = now();
    search(texts[i], { top: TOP });
    times[i] = microseconds(t, now());
  }
  const seconds = microseconds(start, now()) / 1e6;
  times.sort();
  return { p50_us: round(percentile(times, 50)), p99_us: round(percentile(times, 99)), per_second: round(texts.length / seconds, 0) };
}

// Batch mode: throughput over chunks of 1000; per-posting latency as chunk time / chunk size
// over chunks of 100 (the boundary crossing and JSON are shared by the chunk).
function measureBatch(searchMany, texts) {
  const perPosting = [];
  for (let i = 0; i < texts.length; i += LATENCY_CHUNK) {
    const chunk = texts.slice(i, i + LATENCY_CHUNK);
    const t = now();
    searchMany(chunk, { top: TOP, chunkSize: LATENCY_CHUNK });
    perPosting.push(microseconds(t, now()) / chunk.length);
  }
  perPosting.sort((a, b) => a - b);
  const start = now();
  searchMany(texts, { top: TOP, chunkSize: THROUGHPUT_CHUNK });
  const seconds = microseconds(start, now()) / 1e6;
  return { p50_us: round(percentile(perPosting, 50)), p99_us: round(percentile(perPosting, 99)), per_second: round(texts.length / seconds, 0), seconds };
}

function accuracy(search, labelled) {
  let top1 = 0, top3 = 0, positives = 0, positivesTop1 = 0, nones = 0, nonesRight = 0;
  for (const p of labelled) {
    const ids = search(p.text, { top: TOP });
    if (p.expect === 'none') {
      nones++;
      if (ids.length === 0) top1++, top3++, nonesRight++;
    } else {
      positives++;
      if (ids[0] === p.expect) top1++, positivesTop1++;
      if (ids.slice(0, 3).includes(p.expect)) top3++;
    }
  }
  const n = labelled.length;
  return {
    top1: round(top1 / n, 4), top3: round(top3 / n, 4),
    top1_positions: round(positivesTop1 / positives, 4), none_right: nones ? round(nonesRight / nones, 4) : null,
  };
}

// The best top-1 a library could reach if the site answered "none" below a minimum score,
// with the threshold picked on the labelled set itself (an optimistic, oracle-tuned figure).
function tunedTop1(best, labelled) {
  const rows = labelled.map((p) => ({ expect: p.expect, hit: best(p.text) }));
  const thresholds = [0, ...new Set(rows.filter((r) => r.hit).map((r) => r.hit.score))].sort((a, b) => a - b);
  let bestRight = -1, bestThreshold = 0;
  for (const threshold of thresholds) {
    let right = 0;
    for (const { expect, hit } of rows) {
      const answer = hit && hit.score >= threshold ? hit.id : 'none';
      if (answer === expect) right++;
    }
    if (right > bestRight) bestRight = right, bestThreshold = threshold;
  }
  return { top1_tuned: round(bestRight / rows.length, 4), tuned_min_score: round(bestThreshold, 4) };
}

function bundleSize(adapter, documents) {
  const code = adapter.bundleFiles();
  if (adapter === talentmatch) {
    // Separate files over HTTP: each compressed on its own.
    const files = [...code, ...adapter.dataFiles()];
    const sizes = Object.fromEntries(files.map((f) => [path.basename(f), gzipBytes([fs.readFileSync(f)])]));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    return { bundle_gz_bytes: total, code_gz_bytes: total - sizes['catalogue.json'], data_gz_bytes: sizes['catalogue.json'], bundle_files: sizes };
  }
  const codeGz = gzipBytes(code.map((f) => fs.readFileSync(f)));
  const dataGz = gzipBytes([Buffer.from(JSON.stringify(documents))]);
  return { bundle_gz_bytes: codeGz + dataGz, code_gz_bytes: codeGz, data_gz_bytes: dataGz, bundle_files: code.map((f) => path.relative(ROOT, f)) };
}

async function benchLibrary(adapter, documents, texts, labelled, options) {
  const engine = await adapter.create();
  const build = await measureBuild(engine, documents, options.buildRepeats);
  const result = { library: adapter.library, tokenization: adapter.tokenization, ...build, heap_bytes: build.js_heap_bytes };
  for (const t of texts.slice(0, Math.min(500, texts.length))) engine.search(t, { top: TOP });  // JIT warm-up
  Object.assign(result, measureSingle(engine.search, texts), accuracy(engine.search, labelled));
  if (engine.best) Object.assign(result, tunedTop1(engine.best, labelled));
  Object.assign(result, bundleSize(adapter, documents));
  return { [adapter.name]: result };
}

async function benchTalentmatch(documents, texts, labelled, options) {
  const engine = await talentmatch.create();
  // create() has loaded and indexed the catalogue once. Wasm memory never shrinks and a reload
  // holds two catalogues for a moment, so the memory is read before the timed reloads.
  const wasmHeap = engine.heapBytes();
  const build = await measureBuild(engine, documents, options.buildRepeats);
  const common = {
    library: talentmatch.library, tokenization: talentmatch.tokenization, ...build,
    wasm_heap_bytes: wasmHeap, heap_bytes: wasmHeap + build.js_heap_bytes,
    ...accuracy(engine.search, labelled), ...bundleSize(talentmatch, documents),
  };
  const labelledTexts = labelled.map((p) => p.text);
  common.batch_agrees_with_single = JSON.stringify(engine.searchMany(labelledTexts, { top: TOP })) ===
    JSON.stringify(labelledTexts.map((t) => engine.search(t, { top: TOP })));
  engine.searchMany(texts.slice(0, Math.min(500, texts.length)), { top: TOP });  // warm-up
  const batch = measureBatch(engine.searchMany, texts);
  const single = measureSingle(engine.search, texts);
  engine.dispose();
  const { seconds, ...batchFigures } = batch;
  return {
    engines: {
      talentmatch: { mode: 'wasm batch (matchMany)', ...common, ...batchFigures },
      talentmatch_single: { mode: 'wasm single (match)', ...common, ...single },
    },
    batchSeconds: seconds,
  };
}

// ---- native CLI vs wasm ------------------------------------------------------------------

function nativeCli() {
  const cli = process.env.TALENTMATCH_CLI || path.join(ROOT, 'build/native/talentmatch');
  return fs.existsSync(cli) ? cli : null;
}

// --no-explain: the same result as the batch row (matchMany with explain: false, bench/js/talentmatch.mjs).
const CLI_ARGS = (file) => ['match', '--jsonl', file, '--top', String(TOP), '--no-explain'];

function timeCli(cli, file) {
  const start = now();
  const run = spawnSync(cli, CLI_ARGS(file), { stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = microseconds(start, now()) / 1e6;
  if (run.status !== 0) throw new Error(`${cli} match --jsonl failed (${run.status}): ${run.stderr.toString().slice(0, 500)}`);
  return seconds;
}

// Wall time of `talentmatch match --jsonl` on the same postings, minus the same command on one
// posting (process start + catalogue load), median of 3; output goes to /dev/null.
function benchNative(postings, wasmBatchSeconds) {
  const cli = nativeCli();
  if (!cli) return { skipped: 'no native CLI (build/native/talentmatch); run scripts/build.sh' };
  const dir = path.join(ROOT, 'bench/out');
  const file = path.join(dir, `postings-${postings.length}.jsonl`);
  const one = path.join(dir, 'postings-1.jsonl');
  writeJsonl(file, postings);
  writeJsonl(one, postings.slice(0, 1));
  const full = median([0, 1, 2].map(() => timeCli(cli, file)));
  const startup = median([0, 1, 2].map(() => timeCli(cli, one)));
  const batch = Math.max(full - startup, 1e-9);
  return {
    cli: path.relative(ROOT, cli), command: `talentmatch ${CLI_ARGS(path.relative(ROOT, file)).join(' ')}`,
    wall_seconds: round(full, 4), startup_seconds: round(startup, 4), batch_seconds: round(batch, 4),
    per_second: round(postings.length / batch, 0), wasm_batch_seconds: round(wasmBatchSeconds, 4),
    wasm_to_native_time: round(wasmBatchSeconds / batch, 2),
  };
}

// ---- the run -----------------------------------------------------------------------------

// The commit measured: BENCH_COMMIT (for a snapshot without .git) or git's HEAD, marked
// "+uncommitted" when core/, wasm/ or data/ differ from it.
function sourceVersion() {
  if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
  const git = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return null;
  const dirty = git('status', '--porcelain', '--', 'core', 'wasm', 'data').stdout.trim();
  return head.stdout.trim() + (dirty ? '+uncommitted' : '');
}

export function machine() {
  const cpu = fs.existsSync('/proc/cpuinfo') ? (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? os.cpus()[0]?.model) : os.cpus()[0]?.model;
  return { nproc: os.availableParallelism?.() ?? os.cpus().length, cpu, node: process.version, os: `${os.type()} ${os.release()} ${os.arch()}`, memory_bytes: os.totalmem() };
}

function ratios(engines) {
  const ours = engines.talentmatch;
  const out = {};
  for (const [name, figures] of Object.entries(engines)) {
    if (name === 'talentmatch') continue;
    out[name] = Object.fromEntries(KEYS.map((k) => [k, ours?.[k] ? round(figures[k] / ours[k], 3) : null]));
  }
  return out;
}

function goals(result) {
  const ours = result.engines.talentmatch;
  if (!ours) return null;
  const libraries = Object.entries(result.engines).filter(([n]) => !n.startsWith('talentmatch')).map(([, f]) => f);
  const fastest = Math.max(...libraries.map((f) => f.per_second));
  return {
    throughput_10x_fastest_library: { target: '>= 10', value: round(ours.per_second / fastest, 2), met: ours.per_second >= 10 * fastest },
    p50_us_wasm_batch: { target: '<= 20', value: ours.p50_us, met: ours.p50_us <= 20 },
    best_top1: { target: `> ${Math.max(...libraries.map((f) => f.top1))}`, value: ours.top1, met: libraries.every((f) => ours.top1 > f.top1) },
  };
}

export async function runBench({ postings: count = DEFAULT_POSTINGS, seed = DEFAULT_SEED, engines = Object.keys(ENGINES), buildRepeats = 5, native = true, log = () => {} } = {}) {
  const labelled = evalSet();
  const postings = benchPostings(count, { seed, labelled });
  const texts = postings.map((p) => p.text);
  const documents = positionDocuments();
  const result = {
    date: new Date().toISOString(), machine: machine(), commit: sourceVersion(),
    command: `node scripts/bench.mjs --postings ${count} --seed ${seed}`,
    postings: count, seed, top: TOP,
    labelled: { postings: labelled.length, positions: labelled.filter((p) => p.expect !== 'none').length, none: labelled.filter((p) => p.expect === 'none').length },
    engines: {},
  };
  let wasmBatchSeconds = null;
  for (const name of engines) {
    const adapter = ENGINES[name];
    if (!adapter) throw new Error(`unknown engine '${name}' (known: ${Object.keys(ENGINES).join(', ')})`);
    log(`${name}: building and running ${count} postings…`);
    if (adapter === talentmatch) {
      if (!talentmatch.available()) throw new Error('web/lib is not built: run scripts/build-wasm.sh');
      const ours = await benchTalentmatch(documents, texts, labelled, { buildRepeats });
      Object.assign(result.engines, ours.engines);
      wasmBatchSeconds = ours.batchSeconds;
    } else {
      Object.assign(result.engines, await benchLibrary(adapter, documents, texts, labelled, { buildRepeats }));
    }
    gc();
  }
  result.ratios = ratios(result.engines);
  if (native && wasmBatchSeconds !== null) {
    log('native CLI on the same postings…');
    result.native = benchNative(postings, wasmBatchSeconds);
  }
  result.goals = goals(result);
  return result;
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

function positiveInteger(text, name) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench: ${name} needs a positive integer, got '${text}'`);
    process.exit(2);
  }
  return n;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const out = option(args, '--out', path.join(ROOT, 'bench/results.json'));
  try {
    const result = await runBench({
      postings: positiveInteger(option(args, '--postings', String(DEFAULT_POSTINGS)), '--postings'),
      seed: positiveInteger(option(args, '--seed', String(DEFAULT_SEED)), '--seed'),
      engines: option(args, '--engines', Object.keys(ENGINES).join(',')).split(',').filter(Boolean),
      buildRepeats: positiveInteger(option(args, '--build-repeats', '5'), '--build-repeats'),
      native: !args.includes('--no-native'),
      log: quiet ? () => {} : (m) => console.error(`bench: ${m}`),
    });
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    const command = option(args, '--command', null);
    if (command) result.shell_command = command;
    fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    if (!quiet && !args.includes('--no-table')) console.log(renderTable(result));
  } catch (e) {
    console.error(`bench: ${e.message}`);
    process.exit(1);
  }
}
