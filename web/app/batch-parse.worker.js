// Classic Web Worker: reads a batch file and turns it into postings, off the page's thread.
// CSV goes through Papa Parse (vendored); JSONL is one JSON object per line; a JSON array is
// accepted too. Request {file}; reply {postings, errors, format, columns} or {error}.
/* global Papa */
importScripts('../vendor/papaparse.min.js');

// Column names as recruiters write them → posting fields.
const COLUMN_ALIASES = {
  id: ['id', 'no', '编号', '序号', 'job_id', 'jobid'],
  text: ['text', 'posting', 'content', '全文', '文本', '招聘启事', 'jd'],
  title: ['title', 'job_title', 'position', '职位', '职位名称', '岗位', '岗位名称'],
  description: ['description', 'desc', '职位描述', '岗位描述', '岗位职责', '工作内容', '描述'],
  requirements: ['requirements', 'requirement', '任职要求', '岗位要求', '要求'],
  salary: ['salary', 'pay', '薪资', '薪酬', '工资', '待遇'],
  location: ['location', 'city', '地点', '工作地点', '城市'],
  industry: ['industry', '行业', '所属行业'],
};

const LOOKUP = new Map(Object.entries(COLUMN_ALIASES).flatMap(([field, names]) => names.map((n) => [n, field])));

function fieldOf(column) {
  return LOOKUP.get(String(column).trim().toLowerCase().replace(/\s+/g, '_')) ?? null;
}

/** A row object (any column names) → a posting, or an error string. */
function toPosting(row) {
  const posting = {};
  for (const [column, value] of Object.entries(row)) {
    const field = fieldOf(column);
    if (!field || value === null || value === undefined) continue;
    const text = typeof value === 'string' ? value : String(value);
    if (field === 'id') posting.id = text.trim();
    else if (text.trim()) posting[field] = text;
  }
  if (!posting.text && !posting.title && !posting.description && !posting.requirements) {
    return 'no posting text: expected a text column, or title / description / requirements';
  }
  return posting;
}

function fromRows(rows, lineOf) {
  const postings = [];
  const errors = [];
  rows.forEach((row, i) => {
    const posting = row && typeof row === 'object' && !Array.isArray(row) ? toPosting(row) : 'not an object';
    if (typeof posting === 'string') errors.push({ line: lineOf(i), error: posting });
    else postings.push({ ...posting, line: lineOf(i) });
  });
  return { postings, errors };
}

function parseJsonl(text) {
  const postings = [];
  const errors = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let value;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push({ line: i + 1, error: `not valid JSON: ${e.message}` });
      return;
    }
    if (typeof value === 'string') value = { text: value };
    const posting = value && typeof value === 'object' && !Array.isArray(value) ? toPosting(value) : 'not a JSON object';
    if (typeof posting === 'string') errors.push({ line: i + 1, error: posting });
    else postings.push({ ...posting, line: i + 1 });
  });
  return { postings, errors, format: 'jsonl' };
}

function parseCsv(text) {
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.replace(/^\uFEFF/, '') });
  const columns = parsed.meta.fields ?? [];
  if (!columns.some((c) => fieldOf(c) && fieldOf(c) !== 'id')) {
    return { postings: [], errors: [{ line: 1, error: `no posting column among: ${columns.join(', ')}` }], format: 'csv', columns };
  }
  // Papa Parse reports the data row; +2 turns it into a 1-based file line after the header.
  const { postings, errors } = fromRows(parsed.data, (i) => i + 2);
  for (const e of parsed.errors.slice(0, 100)) errors.push({ line: (e.row ?? 0) + 2, error: e.message });
  return { postings, errors, format: 'csv', columns };
}

function detectFormat(name, text) {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
  const start = text.trimStart()[0];
  if (start === '[') return 'json';
  if (start === '{') return 'jsonl';
  return 'csv';
}

async function parseFile(file) {
  const text = (await file.text()).replace(/^\uFEFF/, '');
  const format = detectFormat(file.name ?? '', text);
  if (format === 'jsonl') return parseJsonl(text);
  if (format === 'json') {
    const value = JSON.parse(text);
    if (!Array.isArray(value)) throw new Error('a JSON file must hold an array of postings');
    return { ...fromRows(value.map((v) => (typeof v === 'string' ? { text: v } : v)), (i) => i + 1), format: 'json' };
  }
  return parseCsv(text);
}

self.onmessage = async ({ data }) => {
  try {
    self.postMessage(await parseFile(data.file));
  } catch (e) {
    self.postMessage({ error: e?.message ?? String(e) });
  }
};
