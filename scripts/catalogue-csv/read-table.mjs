// Reads one CSV file into rows of named cells, each with the line it starts on. Handles what
// spreadsheets produce: a UTF-8 BOM, CRLF, quoted commas and line breaks, GBK/GB18030 files
// (with --encoding gbk), trailing empty rows and columns.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

// A problem in an input file: `line` and `column` are null when they do not apply.
export class ImportError {
  constructor(file, line, column, message) {
    Object.assign(this, { file, line, column, message });
  }

  toString() {
    const at = this.line ? `${this.file}:${this.line}` : this.file;
    return this.column ? `${at}: column ${this.column}: ${this.message}` : `${at}: ${this.message}`;
  }
}

// Thrown when a file cannot be read at all; carries every error found in it.
export class TableError extends Error {
  constructor(errors) {
    super(errors.map(String).join('\n'));
    this.errors = errors;
  }
}

const GBK_NAMES = new Set(['gbk', 'gb2312', 'gb18030', 'cp936']);
const UTF8_NAMES = new Set(['utf8', 'utf-8']);

export function checkEncodingName(name) {
  const n = name.toLowerCase();
  if (!GBK_NAMES.has(n) && !UTF8_NAMES.has(n)) {
    throw new Error(`unsupported --encoding ${name}: use utf-8 (the default) or gbk (GBK/GB18030, as Excel saves Chinese CSV)`);
  }
  return GBK_NAMES.has(n) ? 'gbk' : 'utf-8';
}

// The line (1-based) and byte of the first byte that is not valid UTF-8.
function firstInvalidUtf8(bytes) {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return { line, byte: b };
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return { line, byte: b };
    }
    i += need + 1;
  }
  return null;
}

// The text of a file: UTF-8 (BOM optional) or UTF-16 with a BOM. With `encoding` gbk, a file
// that is not valid UTF-8 is read as GB18030 (a superset of GBK); valid UTF-8 stays UTF-8, since
// real GBK text is practically never valid UTF-8 and a folder may mix both.
export function decodeFile(file, bytes, encoding = 'utf-8') {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (encoding === 'gbk') return iconv.decode(bytes, 'gb18030');
    const bad = firstInvalidUtf8(bytes);
    const where = bad ? ` (byte 0x${bad.byte.toString(16).toUpperCase()} on line ${bad.line})` : '';
    throw new TableError([
      new ImportError(file, bad?.line ?? null, null,
        `not UTF-8 text${where}. Excel saves "CSV (逗号分隔)" files as GBK/GB18030: pass --encoding gbk, ` +
          'or save the file as "CSV UTF-8 (逗号分隔)"'),
    ]);
  }
}

// Start line of every record: csv-parse reports the byte offset after each record; its own
// line counter is unreliable with CRLF inside quoted cells, so lines are counted here.
function recordStartLines(text, records) {
  const bytes = Buffer.from(text, 'utf8');
  const lines = [];
  let offset = 0;
  let line = 1;
  for (const { end } of records) {
    lines.push(line);
    for (const stop = Math.min(end, bytes.length); offset < stop; offset++) if (bytes[offset] === 0x0a) line++;
  }
  return lines;
}

function parseCsv(file, text) {
  try {
    // Keep only the cells and the end offset of each record: the full info object per record
    // costs hundreds of megabytes on a 100 000-row file.
    return parse(text, {
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: ({ record, info }) => ({ record, end: info.bytes }),
    });
  } catch (err) {
    throw new TableError([new ImportError(file, err.lines ?? null, null, `not valid CSV: ${err.message.replace(/^[A-Za-z ]+: /, '')}`)]);
  }
}

const isBlank = (cells) => cells.every((c) => c.trim() === '');

// Header names mapped to column indexes; unknown, duplicate and missing columns are errors.
function readHeader(file, header, records, columns) {
  const errors = [];
  const known = new Map(columns.map((c) => [c.name, c]));
  const index = new Map();
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (name === '') {
      // Excel leaves empty columns at the right; only a named column may hold values.
      if (records.some(({ record }) => (record[i] ?? '').trim() !== '')) {
        errors.push(new ImportError(file, 1, `#${i + 1}`, 'a column without a name holds values: add its name to the header row'));
      }
    } else if (!known.has(name)) {
      errors.push(new ImportError(file, 1, name,
        `unknown column (expected: ${columns.map((c) => c.name).join(', ')}; names are case-sensitive)`));
    } else if (index.has(name)) {
      errors.push(new ImportError(file, 1, name, 'the column appears twice in the header row'));
    } else {
      index.set(name, i);
    }
  });
  for (const c of columns) {
    if (c.required && !index.has(c.name)) errors.push(new ImportError(file, 1, c.name, 'missing column (required)'));
  }
  return { index, errors };
}

// Rows of `{ line, cells: Map(column name → raw text) }`, blank rows skipped.
export function readTable(file, columns, { encoding = 'utf-8' } = {}) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new TableError([new ImportError(file, null, null, `cannot read the file (${err.code ?? err.message})`)]);
  }
  // CRLF and lone CR become LF, also inside cells (Excel writes LF inside cells).
  const text = decodeFile(file, bytes, encoding).replace(/\r\n?/g, '\n');
  const records = parseCsv(file, text);
  const lines = recordStartLines(text, records);
  if (records.length === 0 || isBlank(records[0].record)) {
    throw new TableError([new ImportError(file, 1, null, `the header row is missing (expected: ${columns.map((c) => c.name).join(', ')})`)]);
  }
  const header = records[0].record.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
  const body = records.slice(1);
  const { index, errors } = readHeader(file, header, body, columns);
  if (errors.length) throw new TableError(errors);

  const rows = [];
  body.forEach(({ record }, i) => {
    if (isBlank(record)) return;
    const line = lines[i + 1];
    if (record.length > header.length) {
      errors.push(new ImportError(file, line, null,
        `the row has ${record.length} cells but the header has ${header.length} columns ` +
          '(a cell containing a comma or a line break must be in double quotes)'));
      return;
    }
    const cells = new Map();
    for (const [name, at] of index) cells.set(name, record[at] ?? '');
    rows.push({ line, cells });
  });
  if (errors.length) throw new TableError(errors);
  return { file, rows, present: new Set(index.keys()) };
}
