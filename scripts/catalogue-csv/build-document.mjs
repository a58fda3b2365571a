// CSV rows → one catalogue document, plus a source map saying which file and line each record
// and top-level key came from, so later validation errors can point at a CSV cell.
import fs from 'node:fs';
import path from 'node:path';
import { ABSENT, CellError, parseCell } from './cells.mjs';
import { ImportError, TableError, readTable } from './read-table.mjs';
import { CATALOGUES, META_COLUMNS, META_FILE, factValueKind, metaKind } from './tables.mjs';

function setPath(record, keys, value) {
  let node = record;
  for (const k of keys.slice(0, -1)) node = node[k] ??= {};
  node[keys.at(-1)] = value;
}

const META_KEY = /^[$A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Keys set by meta.csv so far: each key's line, and every proper prefix (counts of counts.x).
class MetaKeys {
  lines = new Map();
  prefixes = new Set();

  add(key, line) {
    this.lines.set(key, line);
    const parts = key.split('.');
    for (let i = 1; i < parts.length; i++) this.prefixes.add(parts.slice(0, i).join('.'));
  }

  // Why `key` cannot be set in a document of `catalogue`, or null.
  problem(key, catalogue) {
    if (key === '') return 'empty key';
    const parts = key.split('.');
    if (!META_KEY.test(key) || parts.some((p) => UNSAFE_KEYS.has(p))) return `"${key}" is not a key name (letters, digits, _ and dots)`;
    if (key === 'catalogue') return 'catalogue is set by the import itself';
    const table = CATALOGUES[catalogue].tables.find((t) => !t.parent && t.array === parts[0]);
    if (table) return `${parts[0]} comes from ${table.file}`;
    if (this.lines.has(key)) return `${key} is set twice (first on line ${this.lines.get(key)})`;
    for (let i = 1; i < parts.length; i++) {
      const head = parts.slice(0, i).join('.');
      if (this.lines.has(head)) return `${key} conflicts with the row for ${head}`;
    }
    if (this.prefixes.has(key)) return `${key} conflicts with the rows for ${key}.*`;
    return null;
  }
}

// One CSV row → one record; bad cells are reported and left out.
function buildRecord(table, row, file, options, errors) {
  const record = {};
  for (const column of table.columns) {
    const raw = row.cells.get(column.name);
    if (raw === undefined && column.kind !== 'provenance') continue;
    try {
      let value;
      if (column.kind === 'fact_value') {
        value = parseCell(factValueKind(record.fact), raw, options);
      } else {
        value = parseCell(column.kind, raw ?? '', options);
      }
      if (value !== ABSENT) setPath(record, column.path, value);
    } catch (err) {
      if (!(err instanceof CellError)) throw err;
      errors.push(new ImportError(file, row.line, column.name, err.message));
    }
  }
  return record;
}

// A copy of `record` with `key: value` placed right after the key `after`.
function insertAfter(record, after, key, value) {
  const out = {};
  for (const [k, v] of Object.entries(record)) {
    out[k] = v;
    if (k === after) out[key] = value;
  }
  if (!(key in out)) out[key] = value;
  return out;
}

// Rows of a child table (service_conditions.csv) go into an array of their parent record.
function attachChildren(table, records, rows, file, document, sourceMap, errors) {
  const { array: parentArray, key, after } = table.parent;
  const parents = document[parentArray];
  if (!parents) return; // the parent file had errors of its own
  const indexOf = new Map(parents.map((p, i) => [p.id, i]));
  const children = parents.map(() => []);
  records.forEach((record, i) => {
    const parentId = record[key];
    delete record[key];
    if (parentId === undefined) {
      errors.push(new ImportError(file, rows[i].line, key, 'empty: every row must name the record it belongs to'));
      return;
    }
    const at = indexOf.get(parentId);
    if (at === undefined) {
      errors.push(new ImportError(file, rows[i].line, key, `"${parentId}" is not an id in ${parentArray}.csv`));
      return;
    }
    sourceMap.children.set(`${parentArray}/${at}/${table.array}/${children[at].length}`, { file, line: rows[i].line, table });
    children[at].push(record);
  });
  document[parentArray] = parents.map((p, i) => insertAfter(p, after, table.array, children[i]));
}

// meta.csv rows for this catalogue (or for every catalogue when the catalogue cell is empty),
// in file order, which becomes the order of the document's top-level keys.
function readMeta(dir, catalogue, options, sourceMap, errors) {
  const file = path.join(dir, META_FILE);
  const meta = {};
  if (!fs.existsSync(file)) return meta;
  const columns = META_COLUMNS.map((name) => ({ name, kind: 'text', required: true, path: [name] }));
  const { rows } = readTable(file, columns, options);
  const keyOf = (row) => row.cells.get('key').trim();
  const catalogueOf = (row) => row.cells.get('catalogue').trim();
  const ownKeys = new Set(rows.filter((r) => catalogueOf(r) === catalogue).map(keyOf));
  // A row for this catalogue wins over a shared row (empty catalogue cell) with the same key.
  const applies = (r) => catalogueOf(r) === catalogue || (catalogueOf(r) === '' && !ownKeys.has(keyOf(r)));
  const taken = new MetaKeys();
  for (const row of rows.filter(applies)) {
    const key = keyOf(row);
    const problem = taken.problem(key, catalogue);
    if (problem) {
      errors.push(new ImportError(file, row.line, 'key', problem));
      continue;
    }
    try {
      const value = parseCell(metaKind(key), row.cells.get('value'), options);
      if (value === ABSENT) continue;
      setPath(meta, key.split('.'), value);
      taken.add(key, row.line);
      // An error about a whole object (counts) points at the first of its rows.
      const parts = key.split('.');
      for (let n = parts.length; n > 0; n--) {
        const head = parts.slice(0, n).join('.');
        if (n === parts.length || !sourceMap.meta.has(head)) sourceMap.meta.set(head, { file, line: row.line });
      }
    } catch (err) {
      if (!(err instanceof CellError)) throw err;
      errors.push(new ImportError(file, row.line, 'value', `${key}: ${err.message}`));
    }
  }
  return meta;
}

/**
 * Builds the document of `catalogue` from the CSV files in `dir`.
 * options: encoding ('utf-8' | 'gbk'), provenance (default for empty cells), meta (flag values
 * that override meta.csv), log (progress lines).
 * Returns { document, sourceMap, errors }; errors are ImportErrors with file, line and column.
 */
export function buildDocument(catalogue, dir, options = {}) {
  const spec = CATALOGUES[catalogue];
  const errors = [];
  const sourceMap = { dir, catalogue, records: new Map(), children: new Map(), meta: new Map() };
  const log = options.log ?? (() => {});
  const cellDefaults = { provenance: options.provenance ?? 'illustrative' };

  const missing = spec.tables.filter((t) => !t.optional && !fs.existsSync(path.join(dir, t.file)));
  if (missing.length) {
    for (const t of missing) {
      errors.push(new ImportError(path.join(dir, t.file), null, null,
        `missing: ${catalogue} is imported from ${spec.tables.map((x) => x.file + (x.optional ? ' (optional)' : '')).join(', ')}`));
    }
    return { document: null, sourceMap, errors };
  }

  let meta = {};
  try {
    meta = readMeta(dir, catalogue, options, sourceMap, errors);
  } catch (err) {
    if (!(err instanceof TableError)) throw err;
    errors.push(...err.errors);
  }
  for (const [key, value] of Object.entries(options.meta ?? {})) {
    meta[key] = value;
    sourceMap.meta.set(key, { file: 'command line', line: null, flag: `--${key.replace(/_/g, '-')}` });
  }
  const document = { catalogue, ...meta };

  for (const table of spec.tables) {
    const file = path.join(dir, table.file);
    if (!fs.existsSync(file)) {
      document[table.array] = structuredClone(table.defaultRecords);
      log(`  ${table.file}: not given, using the ${table.defaultRecords.length} default ${table.array.replace(/_/g, ' ')}`);
      continue;
    }
    let rows;
    try {
      ({ rows } = readTable(file, table.columns, options));
    } catch (err) {
      if (!(err instanceof TableError)) throw err;
      errors.push(...err.errors);
      continue;
    }
    log(`  ${table.file}: ${rows.length} row${rows.length === 1 ? '' : 's'}`);
    const records = rows.map((row) => buildRecord(table, row, file, cellDefaults, errors));
    if (table.parent) {
      attachChildren(table, records, rows, file, document, sourceMap, errors);
    } else {
      document[table.array] = records;
      sourceMap.records.set(table.array, { file, table, lines: rows.map((r) => r.line) });
    }
  }
  // Key order of a top-level object: metadata, then tables, then the rest (verification).
  const { verification, ...rest } = document;
  return { document: verification === undefined ? rest : { ...rest, verification }, sourceMap, errors };
}
