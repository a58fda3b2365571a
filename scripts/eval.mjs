// Evaluation of `talentmatch match` on tests/eval/postings_*.jsonl, against a baseline.
//
// Each posting line: {"id", "text" (or structured fields), "expect": position id or "none",
// optional "expect_occupation": occupation id}. Metrics (docs/MATCHING.md explains each):
//   top-1 / top-3 / field top-1 — over postings whose expect is a position
//   abstain precision / recall  — "abstain" = best.kind is not "position"; positive = expect none
//   occupation accuracy          — best is the expected occupation, over postings that name one
//   answer accuracy              — best (position, occupation or none) is exactly right, all postings
//   conf>=0.8 precision/coverage — among answers (position or occupation) with confidence >= 0.8
// The baseline is MiniSearch 7 (BM25) over each position's concatenated text with a CJK-bigram
// tokenizer; it abstains below a score threshold chosen *on this same set* (optimistic for it).
//
// --fit refits the logistic confidence models with 5-fold cross-validation and prints the
// constants for core/src/confidence.cpp.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const cli = option('--cli', 'build/native/talentmatch');
const evalDir = option('--dir', 'tests/eval');
const dataDir = option('--data', 'data');
const sets = [];
args.forEach((a, i) => { if (a === '--set') sets.push('--set', args[i + 1]); });
const flag = (name) => args.includes(name);

// --- the labelled postings ------------------------------------------------------------------
function readPostings() {
  const files = readdirSync(evalDir).filter((f) => /^postings_.*\.jsonl$/.test(f)).sort();
  const postings = [];
  for (const f of files) {
    readFileSync(join(evalDir, f), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        postings.push({ ...JSON.parse(line), file: f });
      } catch (e) {
        console.error(`${f}:${i + 1}: not JSON, skipped (${e.message})`);
      }
    });
  }
  return postings;
}

const catalogue = JSON.parse(readFileSync(join(dataDir, 'key_industries.json'), 'utf8'));
const skilled = JSON.parse(readFileSync(join(dataDir, 'skilled_occupations.json'), 'utf8'));
const directionField = new Map(catalogue.directions.map((d) => [d.id, d.field_id]));
const positionField = new Map(catalogue.positions.map((p) => [p.id, directionField.get(p.direction_id)]));

// --- talentmatch ------------------------------------------------------------------------------
function runMatcher(postings) {
  const input = postings.map((p) => {
    const { expect, expect_occupation, file, note, ...request } = p;
    return JSON.stringify(request);
  }).join('\n') + '\n';
  const r = spawnSync(cli, ['match', '--jsonl', '--top', '5', ...sets], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cli} exited ${r.status}: ${r.stderr}`);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  if (out.length !== postings.length) throw new Error(`expected ${postings.length} lines, got ${out.length}`);
  return out;
}

// --- baseline: MiniSearch BM25 over concatenated text, CJK bigrams --------------------------
function bigramTokenize(text) {
  const tokens = [];
  const runs = String(text).toLowerCase().normalize('NFKC').match(/[\p{Script=Han}]+|[a-z0-9]+/gu) || [];
  for (const run of runs) {
    if (/^[a-z0-9]+$/.test(run)) tokens.push(run);
    else if (run.length === 1) tokens.push(run);
    else for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}

function baselineIndex() {
  const directions = new Map(catalogue.directions.map((d) => [d.id, d]));
  const fields = new Map(catalogue.core_fields.map((f) => [f.id, f]));
  const ms = new MiniSearch({ fields: ['text'], idField: 'id', tokenize: bigramTokenize,
    searchOptions: { tokenize: bigramTokenize, combineWith: 'OR' } });
  ms.addAll(catalogue.positions.map((p) => {
    const d = directions.get(p.direction_id);
    const f = fields.get(d.field_id);
    const parts = [p.title_zh, p.title_en, ...p.aliases_zh, ...(p.aliases_en || []), p.competencies_zh,
      p.competencies_en || '', ...p.majors_zh, ...(p.majors_en || []), d.name_zh, d.name_en, f.name_zh, f.name_en];
    return { id: p.id, text: parts.join('\n') };
  }));
  const occ = new MiniSearch({ fields: ['text'], idField: 'id', tokenize: bigramTokenize,
    searchOptions: { tokenize: bigramTokenize, combineWith: 'OR' } });
  occ.addAll(skilled.occupations.map((o) => ({ id: o.id,
    text: [o.name_zh, o.name_en, ...(o.aliases_zh || []), ...(o.aliases_en || []), o.tasks_zh || '', o.tasks_en || ''].join('\n') })));
  return { ms, occ };
}

function postingText(p) {
  return p.text ?? [p.title, p.description, p.requirements, p.industry].filter(Boolean).flat().join('\n');
}

function runBaseline(postings) {
  const { ms, occ } = baselineIndex();
  return postings.map((p) => {
    const hits = ms.search(postingText(p)).slice(0, 5);
    const occHits = occ.search(postingText(p)).slice(0, 1);
    return { ids: hits.map((h) => h.id), top: hits.length ? hits[0].score : 0,
      occupation: occHits.length ? occHits[0].id : null, occupationScore: occHits.length ? occHits[0].score : 0 };
  });
}

// --- metrics ----------------------------------------------------------------------------------
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + ' %' : 'n/a');

// `answers`: per posting {kind, id, confidence, ids (ranked position ids)}.
function metrics(postings, answers) {
  let inCat = 0, top1 = 0, top3 = 0, field1 = 0;
  let abstained = 0, abstainedRight = 0, none = 0;
  let occExpected = 0, occRight = 0, exact = 0;
  let confident = 0, confidentRight = 0, hasConfidence = false;
  postings.forEach((p, i) => {
    const a = answers[i];
    const expectNone = p.expect === 'none';
    if (!expectNone) {
      inCat++;
      if (a.ids[0] === p.expect) top1++;
      if (a.ids.slice(0, 3).includes(p.expect)) top3++;
      if (a.ids.length && positionField.get(a.ids[0]) === positionField.get(p.expect)) field1++;
    } else none++;
    const abstain = a.kind !== 'position';
    if (abstain) { abstained++; if (expectNone) abstainedRight++; }
    if (p.expect_occupation) {
      occExpected++;
      if (a.kind === 'occupation' && a.id === p.expect_occupation) occRight++;
    }
    const right = a.kind === 'position' ? a.id === p.expect
      : a.kind === 'occupation' ? expectNone && a.id === p.expect_occupation
        : expectNone && !p.expect_occupation;
    if (right) exact++;
    if (a.confidence !== undefined) {
      hasConfidence = true;
      if (a.kind !== 'none' && a.confidence >= 0.8) { confident++; if (right) confidentRight++; }
    }
  });
  return {
    'postings (in catalogue / none)': `${postings.length} (${inCat} / ${none})`,
    'top-1': pct(top1, inCat),
    'top-3': pct(top3, inCat),
    'field-level top-1': pct(field1, inCat),
    'abstain precision': pct(abstainedRight, abstained),
    'abstain recall': pct(abstainedRight, none),
    'occupation accuracy': pct(occRight, occExpected),
    'answer accuracy (position / occupation / none)': pct(exact, postings.length),
    'confidence >= 0.8: precision': hasConfidence ? pct(confidentRight, confident) : 'n/a',
    'confidence >= 0.8: coverage': hasConfidence ? pct(confident, postings.length) : 'n/a',
  };
}

function matcherAnswers(results) {
  return results.map((r) => r.error ? { kind: 'none', ids: [], confidence: 0 } : {
    kind: r.best.kind, id: r.best.id, confidence: r.best.confidence, ids: r.positions.map((p) => p.id) });
}

// The baseline abstains below the score threshold that maximises its answer accuracy here.
function baselineAnswers(postings, base) {
  const decide = (t) => base.map((b) => {
    if (b.top >= t) return { kind: 'position', id: b.ids[0], ids: b.ids };
    return { kind: b.occupation && b.occupationScore >= t ? 'occupation' : 'none', id: b.occupation, ids: b.ids };
  });
  let best = { t: 0, right: -1 };
  const candidates = [...new Set(base.map((b) => b.top))].sort((a, b) => a - b);
  for (const t of [0, ...candidates]) {
    const answers = decide(t);
    const right = postings.filter((p, i) => {
      const a = answers[i];
      return a.kind === 'position' ? a.id === p.expect : a.kind === 'occupation'
        ? p.expect === 'none' && a.id === p.expect_occupation : p.expect === 'none' && !p.expect_occupation;
    }).length;
    if (right > best.right) best = { t, right };
  }
  return { answers: decide(best.t), threshold: best.t };
}

// --- logistic fit (--fit) -----------------------------------------------------------------------
const featureVector = (f) => [Math.log1p(f.title_score), Math.log1p(f.body_score), f.margin, f.title_coverage,
  f.name_match, Math.log1p(f.body_terms)];

function fitLogistic(xs, ys, lambda = 1.0, iterations = 60) {
  const d = xs[0].length + 1;
  let w = new Array(d).fill(0);
  for (let it = 0; it < iterations; it++) {  // Newton's method on the L2-penalised log-likelihood
    const g = new Array(d).fill(0);
    const h = Array.from({ length: d }, () => new Array(d).fill(0));
    xs.forEach((x, n) => {
      const v = [1, ...x];
      const p = 1 / (1 + Math.exp(-v.reduce((s, vi, i) => s + vi * w[i], 0)));
      for (let i = 0; i < d; i++) {
        g[i] += (p - ys[n]) * v[i];
        for (let j = 0; j < d; j++) h[i][j] += p * (1 - p) * v[i] * v[j];
      }
    });
    for (let i = 1; i < d; i++) { g[i] += lambda * w[i]; h[i][i] += lambda; }
    const step = solve(h, g);
    w = w.map((wi, i) => wi - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return w;
}

function solve(a, b) {  // Gaussian elimination with partial pivoting
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c][c] === 0) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

const predict = (w, x) => 1 / (1 + Math.exp(-[1, ...x].reduce((s, v, i) => s + v * w[i], 0)));

// Folds by posting, so a posting and its title-only twin are never split across train and test.
function crossValidate(examples, folds = 5) {
  const predictions = new Array(examples.length);
  for (let k = 0; k < folds; k++) {
    const train = examples.filter((e) => e.posting % folds !== k);
    const w = fitLogistic(train.map((e) => e.x), train.map((e) => e.y));
    examples.forEach((e, i) => { if (e.posting % folds === k) predictions[i] = predict(w, e.x); });
  }
  return predictions;
}

function calibrationReport(name, allExamples, allPredictions, variant) {
  const keep = allExamples.map((e, i) => i).filter((i) => allExamples[i].variant === variant);
  const examples = keep.map((i) => allExamples[i]);
  const predictions = keep.map((i) => allPredictions[i]);
  const bins = [[0, 0.2], [0.2, 0.5], [0.5, 0.8], [0.8, 0.9], [0.9, 1.01]];
  console.log(`\n${name}, ${variant} postings: ${examples.length} examples, ${examples.filter((e) => e.y).length} right`);
  console.log('| confidence | n | right |\n|---|---|---|');
  for (const [lo, hi] of bins) {
    const idx = predictions.map((p, i) => [p, i]).filter(([p]) => p >= lo && p < hi).map(([, i]) => i);
    const right = idx.filter((i) => examples[i].y).length;
    console.log(`| ${lo.toFixed(1)}–${Math.min(hi, 1).toFixed(1)} | ${idx.length} | ${pct(right, idx.length)} |`);
  }
  const brier = predictions.reduce((s, p, i) => s + (p - examples[i].y) ** 2, 0) / predictions.length;
  console.log(`Brier score (cross-validated): ${brier.toFixed(4)}`);
}

// The title the matcher read, cut out of the posting with its UTF-16 offsets — and the rest.
function titleSpan(p, r) {
  const t = r.explanation && r.explanation.title;
  if (!t) return null;
  return { field: t.field, text: String(t.field === 'text' ? p.text : p[t.field]), start: t.start_u16, end: t.end_u16 };
}
// The title line: as the matcher read it, or else the first non-empty line without HTML tags.
function titleOnly(p, r) {
  const t = titleSpan(p, r);
  if (t) return { id: p.id, title: t.text.slice(t.start, t.end) };
  const first = String(p.text ?? p.title ?? '').replace(/<[^>]*>/g, '\n').split('\n').find((l) => l.trim());
  return { id: p.id, title: first || '-' };
}
function bodyOnly(p, r) {
  const t = titleSpan(p, r);
  const { expect, expect_occupation, file, note, ...request } = p;
  if (!t) return request;
  if (t.field === 'title') return { ...request, title: undefined };
  return { ...request, text: t.text.slice(0, t.start) + t.text.slice(t.end) };
}

// Every posting gives one example per model (its top candidate: right or not), and so does its
// title alone: people also paste just a title, and the set has no such postings of its own.
function examplesFor(postings, results, titleResults) {
  const pos = [], occ = [];
  const add = (p, r, posting, variant) => {
    if (!r || r.error) return;
    const top = r.explanation.positions[0];
    if (top) pos.push({ x: featureVector(top.features), y: top.id === p.expect ? 1 : 0, posting, variant });
    const o = r.occupations[0];
    const f = occupationFeatures(r);
    if (o && f) occ.push({ x: featureVector(f), y: o.id === p.expect_occupation ? 1 : 0, posting, variant });
  };
  postings.forEach((p, i) => {
    add(p, results[i], i, 'full');
    if (titleResults[i].explanation) add(p, titleResults[i], i, 'title-only');
  });
  return { pos, occ };
}

function fit(examples) {
  for (const [name, ex] of [['kPositionModel', examples.pos], ['kOccupationModel', examples.occ]]) {
    const predictions = crossValidate(ex);
    calibrationReport(name, ex, predictions, 'full');
    calibrationReport(name, ex, predictions, 'title-only');
    const w = fitLogistic(ex.map((e) => e.x), ex.map((e) => e.y));
    console.log(`const LogisticModel ${name} = {${w.map((v) => v.toFixed(4)).join(', ')}};`);
  }
}

// The matcher's answers with each posting's confidences predicted by models fitted without its
// fold: the decision rule of core/src/matcher_decide.cpp applied to held-out confidences.
function crossValidatedAnswers(postings, results, examples) {
  const held = (ex) => {
    const pred = crossValidate(ex);
    const out = new Map();
    ex.forEach((e, i) => { if (e.variant === 'full') out.set(e.posting, pred[i]); });
    return out;
  };
  const pos = held(examples.pos), occ = held(examples.occ);
  return results.map((r, i) => {
    const ids = r.error ? [] : r.positions.map((p) => p.id);
    const pc = pos.get(i) ?? 0, oc = occ.get(i) ?? 0;
    if (ids.length && pc >= 0.5 && pc >= oc) return { kind: 'position', id: ids[0], confidence: pc, ids };
    if (oc >= 0.5) return { kind: 'occupation', id: r.occupations[0].id, confidence: oc, ids };
    return { kind: 'none', confidence: 1 - Math.max(pc, oc), ids };
  });
}

// The occupation's features are in explanation.occupation when it is the best answer; otherwise
// the CLI is asked again below with the occupation forced into view (see --fit).
function occupationFeatures(r) {
  return r.occupation_features || (r.explanation.occupation && r.explanation.occupation.features) || null;
}

// --- report -------------------------------------------------------------------------------------
function printTable(columns) {
  const names = Object.keys(columns);
  console.log(`| metric | ${names.join(' | ')} |`);
  console.log(`|---|${names.map(() => '---').join('|')}|`);
  for (const key of Object.keys(columns[names[0]])) console.log(`| ${key} | ${names.map((n) => columns[n][key]).join(' | ')} |`);
}

function top1(postings, rankedIds) {
  let n = 0, right = 0;
  postings.forEach((p, i) => { if (p.expect !== 'none') { n++; if (rankedIds[i][0] === p.expect) right++; } });
  return pct(right, n);
}

const isRight = (p, a) => (a.kind === 'position' ? a.id === p.expect : a.kind === 'occupation'
  ? p.expect === 'none' && a.id === p.expect_occupation : p.expect === 'none' && !p.expect_occupation);

const postings = readPostings();
if (!postings.length) {
  console.error(`no postings in ${evalDir}/postings_*.jsonl`);
  process.exit(2);
}
const results = runMatcher(postings);
const titleTwins = postings.map((p, i) => titleOnly(p, results[i]));
const bodyTwins = postings.map((p, i) => bodyOnly(p, results[i]));
const titleResults = runMatcher(titleTwins);
const examples = examplesFor(postings, results, titleResults);
if (flag('--fit')) {
  fit(examples);
  process.exit(0);
}
const bodyResults = runMatcher(bodyTwins);
const ours = metrics(postings, matcherAnswers(results));
const cv = metrics(postings, crossValidatedAnswers(postings, results, examples));
const baseRaw = runBaseline(postings);
const base = baselineAnswers(postings, baseRaw);
const baseOf = (twins) => runBaseline(twins).map((b) => b.ids);
const robustness = {
  'top-1, title line only': [top1(postings, titleResults.map((r) => (r.positions || []).map((p) => p.id))),
    top1(postings, baseOf(titleTwins))],
  'top-1, body only (title line removed)': [top1(postings, bodyResults.map((r) => (r.positions || []).map((p) => p.id))),
    top1(postings, baseOf(bodyTwins))],
};
for (const [key, [a, b]] of Object.entries(robustness)) {
  ours[key] = a;
  cv[key] = a;
}
const baseline = metrics(postings, base.answers);
for (const [key, [, b]] of Object.entries(robustness)) baseline[key] = b;
printTable({ talentmatch: ours, 'talentmatch, confidence cross-validated': cv,
  'baseline: MiniSearch BM25 + CJK bigrams': baseline });
console.log(`\nBaseline abstains below MiniSearch score ${base.threshold.toFixed(2)} (threshold chosen on this set).`);
if (flag('--errors')) {
  console.log('\nPostings the matcher gets wrong (expected → best; top-3):');
  postings.forEach((p, i) => {
    const r = results[i];
    const a = matcherAnswers([r])[0];
    if (isRight(p, a)) return;
    const title = postingText(p).split('\n')[0].slice(0, 40);
    console.log(`${p.id}\t${p.expect}${p.expect_occupation ? '/' + p.expect_occupation : ''} → ${a.kind} ${a.id ?? ''} `
      + `(${(a.confidence ?? 0).toFixed(2)}); top3 ${a.ids.slice(0, 3).join(',')}  occ ${r.occupations?.[0]?.id ?? '-'}`
      + ` ${(r.occupations?.[0]?.confidence ?? 0).toFixed(2)}\t${title}`);
  });
  // Ranking only: where one of the two ranks the expected position first and the other does not.
  const firstOf = (ids) => ids?.[0] ?? '-';
  for (const [label, wins] of [['the baseline ranks first and talentmatch does not', (ours, theirs, want) => theirs === want && ours !== want],
    ['talentmatch ranks first and the baseline does not', (ours, theirs, want) => ours === want && theirs !== want]]) {
    console.log(`\nPostings ${label} (expected; talentmatch first; baseline first):`);
    postings.forEach((p, i) => {
      if (p.expect === 'none') return;
      const ours = firstOf((results[i].positions || []).map((x) => x.id));
      const theirs = firstOf(baseRaw[i].ids);
      if (wins(ours, theirs, p.expect)) console.log(`${p.id}\t${p.expect}; ${ours}; ${theirs}\t${postingText(p).split('\n')[0].slice(0, 40)}`);
    });
  }
}
