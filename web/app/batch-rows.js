// Batch results as flat rows: what the table shows and the CSV download holds.

/** The first line of the posting, as its title for lists. */
export function postingTitle(posting) {
  const text = posting.title ?? posting.text ?? posting.description ?? '';
  return text.trim().split('\n')[0].slice(0, 120);
}

/** One match result (or an error) → a flat row. */
export function toRow(index, posting, result) {
  const row = {
    index: index + 1, line: posting.line ?? null, id: posting.id ?? '', title: postingTitle(posting),
    kind: '', match_id: '', match_zh: '', match_en: '', confidence: null, stars: null, field_zh: '',
    fallback_level: '', fallback_zh: '', fallback_en: '',
    salary_lo: null, salary_hi: null, ratio: null, verdict: '', qualifications: '', occupations: '', error: '',
  };
  if (!result || result.error) {
    row.kind = 'error';
    row.error = result?.error ?? 'no result';
    return row;
  }
  const best = result.best ?? {};
  row.kind = best.kind ?? 'none';
  row.match_id = best.id ?? '';
  row.match_zh = best.name_zh ?? '';
  row.match_en = best.name_en ?? '';
  // No match has no confidence to report; the nearest candidates stay in the JSON download.
  row.confidence = row.kind !== 'none' && typeof best.confidence === 'number' ? best.confidence : null;
  const top = (result.positions ?? []).find((p) => p.id === best.id);
  if (top) {
    row.stars = top.stars ?? null;
    row.field_zh = top.field_zh ?? '';
  }
  if (result.fallback) {
    row.fallback_level = result.fallback.level ?? '';
    row.fallback_zh = result.fallback.name_zh ?? '';
    row.fallback_en = result.fallback.name_en ?? '';
  }
  const salary = result.salary;
  if (salary && Array.isArray(salary.annual_cny)) {
    [row.salary_lo, row.salary_hi] = salary.annual_cny;
    row.ratio = typeof salary.ratio_to_median === 'number' ? salary.ratio_to_median : null;
    row.verdict = salary.verdict ?? '';
  }
  row.qualifications = (result.qualifications ?? []).map((q) => q.abbr || q.id).join('; ');
  row.occupations = (result.occupations ?? []).map((o) => o.name_zh || o.id).join('; ');
  return row;
}

export const CSV_COLUMNS = [
  'index', 'line', 'id', 'title', 'kind', 'match_id', 'match_zh', 'match_en', 'confidence', 'stars', 'field_zh',
  'fallback_level', 'fallback_zh', 'fallback_en', 'salary_lo', 'salary_hi', 'ratio', 'verdict', 'qualifications', 'occupations', 'error',
];

function csvCell(value) {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : String(value);
  // A cell starting with = + - @ would be a formula in a spreadsheet: keep it text.
  if (/^[=+\-@\t\r]/.test(s) && typeof value !== 'number') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a UTF-8 BOM so spreadsheet programs read Chinese correctly. */
export function rowsToCsv(rows) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const VERDICT_ORDER = { below: 0, around: 1, above: 2 };

/** Sort key for a column; missing values sort last either way. */
export function sortValue(row, key) {
  switch (key) {
    case 'salary': return row.salary_hi;
    case 'verdict': return row.verdict ? VERDICT_ORDER[row.verdict] ?? null : null;
    case 'match': return row.match_zh || row.fallback_zh || null;
    default: return row[key] === '' ? null : row[key];
  }
}

export function sortRows(rows, key, direction) {
  const sign = direction === 'descending' ? -1 : 1;
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || x === undefined) return y === null || y === undefined ? a.index - b.index : 1;
    if (y === null || y === undefined) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c === 0 ? a.index - b.index : sign * c;
  });
}
