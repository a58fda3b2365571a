// Batch: a CSV / JSONL file of postings → parsed in a worker, matched in the engine worker in
// chunks (progress, cancel), results in a sortable, paged table and as CSV / JSON downloads.
import { announce, byId, download, fill, h } from './dom.js';
import { language, t } from './i18n.js';
import { moneyRange, percent } from './format.js';
import { engine } from './engine.js';
import { errorMessage } from './view-assess.js';
import { SAMPLES } from './samples.js';
import { rowsToCsv, sortRows, toRow } from './batch-rows.js';
import { stars } from './ui-ratings.js';

const CHUNK = 100;
const PAGE_SIZE = 50;
const COLUMNS = [
  { key: 'index', label: 'batch.col_index', numeric: true },
  { key: 'id', label: 'batch.col_id' },
  { key: 'title', label: 'batch.col_title' },
  { key: 'match', label: 'batch.col_match' },
  { key: 'confidence', label: 'batch.col_confidence', numeric: true },
  { key: 'stars', label: 'batch.col_stars', numeric: true },
  { key: 'salary', label: 'batch.col_salary', numeric: true },
  { key: 'verdict', label: 'batch.col_verdict' },
];

const state = { rows: [], results: [], parseErrors: [], sort: { key: 'index', direction: 'ascending' }, page: 0, filter: '', running: false, cancelled: false, fileName: '' };
const locale = () => ({ t, lang: language() });

function setStatus(message, kind = 'info') {
  const el = byId('batch-status');
  el.className = `status status-${kind}`;
  el.textContent = message;
}

function setProgress(done, total) {
  const bar = byId('batch-progress');
  bar.max = Math.max(1, total);
  bar.value = done;
  byId('batch-progress-text').textContent = t('batch.progress_text', { done, total, p: percent(total ? done / total : 0) });
  byId('batch-progress-block').dataset.done = String(done);
  byId('batch-progress-block').dataset.total = String(total);
}

// Started with the page (so its script and Papa Parse load with the app, not when a file is
// dropped) and kept for every batch.
let parser = null;

function parserWorker() {
  parser ??= new Worker(new URL('./batch-parse.worker.js', import.meta.url));
  return parser;
}

function parseInWorker(file) {
  return new Promise((resolve, reject) => {
    const worker = parserWorker();
    worker.onmessage = ({ data }) => {
      if (data.error) reject(new Error(data.error));
      else resolve(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      parser = null;
      reject(new Error(event.message || 'the file could not be read'));
    };
    worker.postMessage({ file });
  });
}

/** What the engine takes: the posting fields only (our line numbers stay here). */
function enginePosting({ line, ...posting }) {
  return posting;
}

async function run(file) {
  if (state.running) return;
  Object.assign(state, { rows: [], results: [], parseErrors: [], page: 0, running: true, cancelled: false, fileName: file.name });
  document.documentElement.dataset.batch = 'running';
  renderResults();
  byId('batch-progress-block').hidden = false;
  byId('batch-cancel').hidden = false;
  setProgress(0, 0);
  setStatus(t('batch.reading', { name: file.name }));
  try {
    const parsed = await parseInWorker(file);
    state.parseErrors = parsed.errors ?? [];
    const postings = parsed.postings ?? [];
    const total = postings.length;
    setProgress(0, total);
    setStatus(t('batch.matching', { n: total }));
    const tm = await engine();
    for (let i = 0; i < total && !state.cancelled; i += CHUNK) {
      const chunk = postings.slice(i, i + CHUNK);
      const results = await tm.matchMany(chunk.map(enginePosting), { top: 3 });
      results.forEach((result, j) => {
        state.results.push({ id: chunk[j].id ?? null, line: chunk[j].line ?? null, result });
        state.rows.push(toRow(i + j, chunk[j], result));
      });
      setProgress(Math.min(i + CHUNK, total), total);
    }
    const done = state.rows.length;
    setStatus(state.cancelled ? t('batch.cancelled', { done, total }) : t('batch.done', { n: done, errors: state.parseErrors.length }), state.cancelled ? 'error' : 'ok');
    announce(t('batch.done', { n: done, errors: state.parseErrors.length }));
  } catch (error) {
    setStatus(errorMessage(error), 'error');
  } finally {
    state.running = false;
    byId('batch-cancel').hidden = true;
    document.documentElement.dataset.batch = state.cancelled ? 'cancelled' : 'done';
    renderResults();
  }
}

function counts() {
  const by = { position: 0, occupation: 0, none: 0, error: 0 };
  for (const row of state.rows) by[row.kind in by ? row.kind : 'none'] += 1;
  return by;
}

function matchCell(row) {
  if (row.kind === 'error') return h('span', { class: 'status-error' }, row.error);
  if (row.kind === 'none') {
    const fallback = language() === 'en' ? row.fallback_en || row.fallback_zh : row.fallback_zh || row.fallback_en;
    return h('span', { class: 'muted' }, t('batch.no_match'), fallback ? ` · ${fallback}` : '');
  }
  const name = language() === 'en' ? row.match_en || row.match_zh : row.match_zh || row.match_en;
  return h('span', {}, row.match_id ? h('a', { href: `#/browse/${row.kind}/${encodeURIComponent(row.match_id)}` }, name) : name,
    row.kind === 'occupation' ? h('span', { class: 'badge' }, t('batch.kind_occupation')) : null);
}

function headerCell(column) {
  const sorted = state.sort.key === column.key;
  return h('th', { scope: 'col', class: column.numeric ? 'num' : null, 'aria-sort': sorted ? state.sort.direction : 'none' },
    h('button', {
      type: 'button', class: 'sort-button', 'data-sort': column.key,
      onclick: () => {
        state.sort = { key: column.key, direction: sorted && state.sort.direction === 'ascending' ? 'descending' : 'ascending' };
        state.page = 0;
        renderResults();
        document.querySelector(`#batch-result button[data-sort="${column.key}"]`)?.focus();
      },
    }, t(column.label), h('span', { class: 'sort-indicator', 'aria-hidden': 'true' }, sorted ? (state.sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕')));
}

function tableRow(row) {
  return h('tr', { class: `kind-${row.kind}` },
    h('td', { class: 'num' }, row.index),
    h('td', {}, row.id),
    h('td', { class: 'title-cell' }, row.title),
    h('td', {}, matchCell(row)),
    h('td', { class: 'num' }, row.confidence === null || row.kind === 'none' ? '—' : percent(row.confidence)),
    h('td', { class: 'num' }, row.stars === null ? '—' : stars(locale(), row.stars)),
    h('td', { class: 'num' }, row.salary_lo === null ? '—' : moneyRange([row.salary_lo, row.salary_hi])),
    h('td', {}, row.verdict ? h('span', { class: `verdict-tag verdict-${row.verdict}` }, t(`salary.verdict_short_${row.verdict}`)) : '—'));
}

function pager(pages) {
  if (pages <= 1) return null;
  const go = (page) => () => {
    state.page = page;
    renderResults();
    byId('batch-table')?.focus();
  };
  return h('nav', { class: 'pager', 'aria-label': t('batch.pages') },
    h('button', { type: 'button', disabled: state.page === 0, onclick: go(state.page - 1) }, t('batch.prev')),
    h('span', {}, t('batch.page', { page: state.page + 1, pages })),
    h('button', { type: 'button', disabled: state.page >= pages - 1, onclick: go(state.page + 1) }, t('batch.next')));
}

function renderResults() {
  const target = byId('batch-result');
  if (!state.rows.length && !state.parseErrors.length) {
    fill(target);
    return;
  }
  const c = counts();
  const filtered = state.filter ? state.rows.filter((r) => r.kind === state.filter) : state.rows;
  const sorted = sortRows(filtered, state.sort.key, state.sort.direction);
  const pages = Math.ceil(sorted.length / PAGE_SIZE);
  state.page = Math.min(state.page, Math.max(0, pages - 1));
  const pageRows = sorted.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE);
  const filterId = 'batch-filter';
  fill(target,
    h('div', { class: 'batch-summary' },
      ['position', 'occupation', 'none', 'error'].map((kind) => h('div', { class: `summary-tile kind-${kind}` },
        h('span', { class: 'tile-number' }, String(c[kind])), h('span', { class: 'tile-label' }, t(`batch.count_${kind}`))))),
    h('div', { class: 'batch-toolbar' },
      h('div', { class: 'field inline' }, h('label', { for: filterId }, t('batch.show')),
        h('select', { id: filterId, onchange: (e) => { state.filter = e.target.value; state.page = 0; renderResults(); } },
          ['', 'position', 'occupation', 'none', 'error'].map((k) => h('option', { value: k, selected: state.filter === k }, k ? t(`batch.count_${k}`) : t('browse.all'))))),
      h('button', { type: 'button', id: 'batch-download-csv', disabled: state.running, onclick: downloadCsv }, t('batch.download_csv')),
      h('button', { type: 'button', id: 'batch-download-json', disabled: state.running, onclick: downloadJson }, t('batch.download_json'))),
    h('div', { class: 'table-scroll' },
      h('table', { class: 'data-table batch-table', id: 'batch-table', tabindex: '-1' },
        h('caption', {}, t('batch.caption', { n: filtered.length, name: state.fileName })),
        h('thead', {}, h('tr', {}, COLUMNS.map(headerCell))),
        h('tbody', {}, pageRows.map(tableRow)))),
    pager(pages),
    state.parseErrors.length
      ? h('details', { class: 'parse-errors' },
        h('summary', {}, t('batch.parse_errors', { n: state.parseErrors.length })),
        h('ul', {}, state.parseErrors.slice(0, 200).map((e) => h('li', {}, t('batch.line_error', { line: e.line, error: e.error })))))
      : null);
}

function baseName() {
  return (state.fileName || 'postings').replace(/\.[^.]+$/, '');
}

function downloadCsv() {
  download(`${baseName()}-talentmatch.csv`, new Blob([rowsToCsv(state.rows)], { type: 'text/csv;charset=utf-8' }));
}

function downloadJson() {
  const body = JSON.stringify({ file: state.fileName, results: state.results, parse_errors: state.parseErrors });
  download(`${baseName()}-talentmatch.json`, new Blob([body], { type: 'application/json' }));
}

function exampleCsv() {
  const cell = (s) => `"${s.replace(/"/g, '""')}"`;
  const lines = ['id,text', ...SAMPLES.map((s) => `${s.id},${cell(s.text)}`)];
  download('talentmatch-example.csv', new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
}

export default {
  init() {
    parserWorker();
    const input = byId('batch-file');
    input.addEventListener('change', () => {
      if (input.files?.[0]) run(input.files[0]);
      input.value = '';
    });
    const zone = byId('batch-drop');
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('dragging');
      const file = event.dataTransfer?.files?.[0];
      if (file) run(file);
    });
    byId('batch-cancel').addEventListener('click', () => {
      state.cancelled = true;
      setStatus(t('batch.cancelling'));
    });
    byId('batch-example').addEventListener('click', exampleCsv);
  },
  show() {},
  refresh() {
    renderResults();
    if (state.rows.length || state.running) {
      setProgress(Number(byId('batch-progress').value), Number(byId('batch-progress-block').dataset.total ?? 0));
    }
  },
};
