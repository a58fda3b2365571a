// Renders bench/results.json as Markdown: the engine table (each library figure followed by its
// ratio to ours), native vs wasm, the browser cold start and the goals.
//
//   node bench/js/report.mjs bench/results.json [bench/results.md]   # prints; writes the .md if given
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const COLUMNS = [
  ['p50_us', 'p50 µs', (v) => fixed(v, v < 100 ? 1 : 0)],
  ['p99_us', 'p99 µs', (v) => fixed(v, v < 100 ? 1 : 0)],
  ['per_second', 'postings/s', (v) => fixed(v, 0)],
  ['build_ms', 'build ms', (v) => fixed(v, v < 10 ? 2 : 1)],
  ['heap_bytes', 'memory', bytes],
  ['bundle_gz_bytes', 'bundle gz', bytes],
  ['top1', 'top-1', (v) => fixed(v, 3)],
  ['top3', 'top-3', (v) => fixed(v, 3)],
];

function fixed(value, digits) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Number(value).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function bytes(value) {
  if (value === null || value === undefined) return '–';
  if (value >= 1024 * 1024) return `${fixed(value / (1024 * 1024), 1)} MB`;
  return `${fixed(value / 1024, 1)} KB`;
}

function ratio(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return ` (${value >= 100 ? fixed(value, 0) : value >= 10 ? fixed(value, 1) : fixed(value, 2)}×)`;
}

function engineTable(result) {
  const header = `| engine | ${COLUMNS.map(([, title]) => title).join(' | ')} |`;
  const rule = `|---|${COLUMNS.map(() => '---:').join('|')}|`;
  const rows = Object.entries(result.engines).map(([name, figures]) => {
    const ratios = result.ratios?.[name];
    const label = name === 'talentmatch' ? '**talentmatch** (wasm, matchMany)' : name === 'talentmatch_single' ? 'talentmatch (wasm, match)' : `${name} (${figures.library})`;
    const cells = COLUMNS.map(([key, , format]) => format(figures[key]) + (ratios ? ratio(ratios[key]) : ''));
    return `| ${label} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

function detailLines(result) {
  const lines = [];
  const libraries = Object.entries(result.engines).filter(([n]) => !n.startsWith('talentmatch'));
  const tuned = libraries.filter(([, f]) => f.top1_tuned !== undefined);
  lines.push(`Labelled set: ${result.labelled.postings} postings (${result.labelled.positions} with a position, ${result.labelled.none} labelled "none").`);
  lines.push('Top-1 on the postings with a position / share of "none" postings answered with no position: ' +
    Object.entries(result.engines).filter(([n]) => n !== 'talentmatch_single')
      .map(([n, f]) => `${n} ${fixed(f.top1_positions, 3)} / ${fixed(f.none_right, 3)}`).join(', ') + '.');
  if (tuned.length) {
    lines.push('Libraries with a minimum-score cut-off tuned on the labelled set itself (optimistic): top-1 ' +
      tuned.map(([n, f]) => `${n} ${fixed(f.top1_tuned, 3)}`).join(', ') + '.');
  }
  const native = result.native;
  if (native && !native.skipped) {
    lines.push(`Native vs wasm, same ${result.postings} postings: native CLI ${fixed(native.per_second, 0)} postings/s ` +
      `(${fixed(native.batch_seconds, 3)} s after ${fixed(native.startup_seconds, 3)} s start-up), wasm matchMany ` +
      `${fixed(native.wasm_batch_seconds, 3)} s: wasm takes ${fixed(native.wasm_to_native_time, 2)}× the native time.`);
  } else if (native?.skipped) lines.push(`Native vs wasm: skipped (${native.skipped}).`);
  const browser = result.browser;
  if (browser && !browser.skipped) {
    lines.push(`Cold start in headless Chromium ${browser.chromium ?? ''} (navigation → first result rendered, warm HTTP cache): ` +
      `median ${fixed(browser.cold_start_ms_median, 1)} ms of ${browser.runs_ms.length} (min ${fixed(Math.min(...browser.runs_ms), 1)}, ` +
      `max ${fixed(Math.max(...browser.runs_ms), 1)}); first visit, empty cache: ${fixed(browser.first_visit_ms, 1)} ms.` +
      (browser.phases_ms_median ? ` Steps (median ms after navigation): scripts evaluated ${fixed(browser.phases_ms_median.script_ms, 1)}, ` +
        `engine ready (wasm instantiated, catalogue parsed and indexed) ${fixed(browser.phases_ms_median.ready_ms, 1)}, ` +
        `result in the DOM ${fixed(browser.phases_ms_median.result_ms, 1)}, painted ${fixed(browser.cold_start_ms_median, 1)}.` : '') +
      (browser.floor_ms_median !== undefined ? ` The same page without the engine (bench/page-floor/): ${fixed(browser.floor_ms_median, 1)} ms.` : ''));
  } else if (browser?.skipped) lines.push(`Cold start in Chromium: skipped (${browser.skipped}).`);
  return lines;
}

function goalLines(result) {
  const goals = { ...(result.goals ?? {}) };
  if (result.browser && !result.browser.skipped) {
    goals.cold_start_ms = { target: '<= 50', value: result.browser.cold_start_ms_median, met: result.browser.cold_start_ms_median <= 50 };
  }
  return Object.entries(goals).map(([name, g]) => `- ${name}: ${g.met ? 'met' : '**missed**'} (${g.value} vs ${g.target})`);
}

/** The whole report as Markdown. */
export function renderTable(result) {
  const m = result.machine;
  return [
    `Benchmark ${result.date.slice(0, 10)} — ${result.postings} postings (seed ${result.seed}), top ${result.top}; ` +
      `${m.cpu}, ${m.nproc} cores, Node ${m.node}`,
    '',
    engineTable(result),
    '',
    'Library figures are followed by (library ÷ talentmatch). Methods: docs/BENCHMARKS.md.',
    '',
    ...detailLines(result).map((l) => `- ${l}`),
    '',
    'Goals:',
    ...goalLines(result),
  ].join('\n');
}

/** results.md: the table with the command, date and machine. */
export function renderMarkdown(result) {
  const m = result.machine;
  return [
    '# Benchmark results',
    '',
    `- Date: ${result.date}`,
    `- Machine: ${m.cpu}, ${m.nproc} cores (nproc), ${(m.memory_bytes / 2 ** 30).toFixed(1)} GiB, ${m.os}; Node ${m.node}`,
    `- Command: \`${result.shell_command ?? result.command}\``,
    `- Source: ${result.commit ?? 'unknown'}`,
    '',
    renderTable(result),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [input, markdown] = process.argv.slice(2);
  if (!input) {
    console.error('usage: node bench/js/report.mjs RESULTS.json [RESULTS.md]');
    process.exit(2);
  }
  const result = JSON.parse(fs.readFileSync(input, 'utf8'));
  console.log(renderTable(result));
  if (markdown) fs.writeFileSync(markdown, renderMarkdown(result));
}
