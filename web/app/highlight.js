// The posting text with the terms the engine matched highlighted, from the character offsets
// in the explanation. Offsets may come as UTF-16 code units (begin_u16/end_u16, what
// String.slice uses) or as UTF-8 bytes (begin/end); both are accepted. The text is only ever
// inserted as text nodes.
import { h } from './dom.js';

/** Maps UTF-8 byte offsets of `text` to UTF-16 offsets (one entry per byte boundary). */
function byteToUtf16Map(text) {
  const map = new Map([[0, 0]]);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i);
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (code >= 0x10000) i++;
    bytes += width;
    map.set(bytes, i + 1);
  }
  return map;
}

/**
 * The explanation of the record the user reads first: the best answer's, else the leading
 * candidate's. The engine explains each candidate position and the top occupation.
 */
export function recordExplanation(result) {
  const x = result?.explanation;
  if (!x || typeof x !== 'object') return null;
  const positions = Array.isArray(x.positions) ? x.positions : [];
  const best = result.best ?? {};
  if (best.kind === 'occupation' && x.occupation) return x.occupation;
  return positions.find((p) => p.id === best.id) ?? positions[0] ?? x.occupation ?? (Array.isArray(x.terms) ? x : null);
}

function termEntries(explanation) {
  if (!explanation) return [];
  if (Array.isArray(explanation)) return explanation;
  for (const key of ['terms', 'matches', 'matched_terms']) {
    if (Array.isArray(explanation[key])) return explanation[key];
  }
  return [];
}

function spansOf(entry) {
  for (const key of ['offsets', 'spans', 'positions', 'occurrences']) {
    if (Array.isArray(entry[key])) return entry[key];
  }
  return [entry];
}

// A span's "field" is the posting field it lies in (text, title, description …).
function postingFieldOf(span) {
  return span.field ?? span.posting_field ?? span.input_field ?? null;
}

function labelsOf(entry) {
  return [].concat(entry.fields ?? entry.matched_in ?? []).filter((x) => typeof x === 'string');
}

function toRange(span, bytesMap) {
  if (Array.isArray(span)) span = { start: span[0], end: span[1] };
  const b16 = span.start_u16 ?? span.begin_u16;
  const e16 = span.end_u16;
  if (typeof b16 === 'number' && typeof e16 === 'number') return [b16, e16];
  const begin = span.start ?? span.begin;
  const end = span.end;
  if (typeof begin !== 'number' || typeof end !== 'number') return null;
  if (span.unit === 'utf16') return [begin, end];
  const b = bytesMap().get(begin);
  const e = bytesMap().get(end);
  return b === undefined || e === undefined ? null : [b, e];
}

function spanInField(span, postingField) {
  const field = postingFieldOf(span);
  return field === null || field === postingField;
}

/**
 * The ranges [begin, end) of `text` to highlight, each with the catalogue fields it matched
 * (title, alternative title, competencies …). `postingField` selects one field of a structured
 * posting ('text' for free text: spans without a field name count as 'text').
 */
export function matchedRanges(explanation, text, postingField = 'text') {
  let map = null;
  const bytesMap = () => (map ??= byteToUtf16Map(text));
  const ranges = [];
  const add = (span, labels) => {
    if (!span || typeof span !== 'object' || !spanInField(span, postingField)) return;
    const range = toRange(span, bytesMap);
    if (!range) return;
    const [b, e] = range;
    if (b >= 0 && e > b && e <= text.length) ranges.push({ begin: b, end: e, labels });
  };
  for (const entry of termEntries(explanation)) {
    if (entry && typeof entry === 'object') for (const span of spansOf(entry)) add(span, labelsOf(entry));
  }
  // Merged stretches the engine lists besides the terms (no field labels).
  if (Array.isArray(explanation?.highlights)) for (const span of explanation.highlights) add(span, []);
  return mergeRanges(ranges);
}

function mergeRanges(ranges) {
  ranges.sort((a, b) => a.begin - b.begin || b.end - a.end);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.begin <= last.end) {
      last.end = Math.max(last.end, r.end);
      for (const l of r.labels) if (!last.labels.includes(l)) last.labels.push(l);
    } else {
      merged.push({ ...r, labels: [...r.labels] });
    }
  }
  return merged;
}

/** One span's [begin, end) in UTF-16 units, or null when it lies in another field or outside the text. */
export function spanRange(span, text, postingField = 'text') {
  if (!span || typeof span !== 'object' || !spanInField(span, postingField)) return null;
  let map = null;
  const range = toRange(span, () => (map ??= byteToUtf16Map(text)));
  return range && range[1] > range[0] && range[1] <= text.length ? { begin: range[0], end: range[1] } : null;
}

/**
 * <pre> with text nodes and <mark> elements. `labelFor(labels)` gives each mark's tooltip.
 * `extras` are further {begin, end, className, labels} ranges (salary, qualifications), drawn
 * where they do not overlap a term.
 */
export function highlightedText(text, ranges, { labelFor = () => '', extras = [], className = 'posting-text' } = {}) {
  const all = ranges.map((r) => ({ ...r, className: 'mark-term' }));
  for (const extra of extras) {
    if (!all.some((r) => r.begin < extra.end && extra.begin < r.end)) all.push(extra);
  }
  all.sort((a, b) => a.begin - b.begin);
  const pre = h('pre', { class: className });
  let at = 0;
  for (const r of all) {
    if (r.begin < at) continue;
    if (r.begin > at) pre.append(document.createTextNode(text.slice(at, r.begin)));
    const title = r.title ?? labelFor(r.labels ?? []);
    pre.append(h('mark', { class: r.className, title: title || null }, text.slice(r.begin, r.end)));
    at = r.end;
  }
  if (at < text.length) pre.append(document.createTextNode(text.slice(at)));
  return pre;
}

/** The distinct matched terms as they appear in the text, for a list under the posting. */
export function matchedTerms(text, ranges) {
  const seen = new Map();
  for (const r of ranges) {
    const term = text.slice(r.begin, r.end).trim();
    if (!term) continue;
    const entry = seen.get(term) ?? { term, labels: new Set() };
    for (const l of r.labels) entry.labels.add(l);
    seen.set(term, entry);
  }
  return [...seen.values()].map((e) => ({ term: e.term, labels: [...e.labels] }));
}
