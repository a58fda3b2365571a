// One catalogue document → its CSV tables (the inverse of build-document.mjs). Every key of
// every record must have a column, so nothing is silently lost on the way out.
import { CellError, formatCell } from './cells.mjs';
import { CATALOGUES, META_COLUMNS, META_FILE } from './tables.mjs';

// RFC 4180 quoting: only cells with a comma, quote, line break or edge spaces are quoted.
export function csvLine(cells) {
  return cells
    .map((cell) => (/[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(',');
}

export function csvText(header, rows, { bom = true } = {}) {
  const lines = [csvLine(header), ...rows.map(csvLine)];
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

const getPath = (record, keys) => keys.reduce((node, k) => (node == null ? undefined : node[k]), record);

// Keys of `record` (nested one level for objects like dimensions) that no column holds.
function uncoveredKeys(table, record, skip) {
  const covered = (keys) => table.columns.some((c) => keys.every((k, i) => c.path[i] === k) && c.path.length === keys.length);
  const out = [];
  for (const [key, value] of Object.entries(record)) {
    if (skip.has(key)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const inner of Object.keys(value)) if (!covered([key, inner])) out.push(`${key}.${inner}`);
    } else if (!covered([key])) {
      out.push(key);
    }
  }
  return out;
}

function recordRow(table, record, where, skip = new Set()) {
  const extra = uncoveredKeys(table, record, skip);
  if (extra.length) throw new CellError(`${where}: no CSV column for ${extra.join(', ')}`);
  return table.columns.map((c) => formatCell(getPath(record, c.path), `${where}.${c.name}`));
}

// Rows of a child table: one per element of each parent's array, led by the parent's id.
function childRows(table, document) {
  const rows = [];
  (document[table.parent.array] ?? []).forEach((parent, i) => {
    (parent[table.array] ?? []).forEach((child, j) => {
      const where = `${table.parent.array}[${i}].${table.array}[${j}]`;
      rows.push(recordRow(table, { [table.parent.key]: parent.id, ...child }, where));
    });
  });
  return rows;
}

// Top-level keys as meta.csv rows; objects (counts, verification) become dotted keys.
export function metaRows(catalogue, document) {
  const spec = CATALOGUES[catalogue];
  const arrays = new Set(spec.tables.filter((t) => !t.parent).map((t) => t.array));
  const rows = [];
  for (const [key, value] of Object.entries(document)) {
    if (key === 'catalogue' || arrays.has(key)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, v] of Object.entries(value)) rows.push([catalogue, `${key}.${inner}`, formatCell(v, `${key}.${inner}`)]);
    } else {
      rows.push([catalogue, key, formatCell(value, key)]);
    }
  }
  return rows;
}

/** The CSV files of a document: [{ file, header, rows }], meta.csv rows separately. */
export function documentTables(catalogue, document) {
  const spec = CATALOGUES[catalogue];
  if (document.catalogue !== catalogue) throw new CellError(`expected a ${catalogue} document, got ${JSON.stringify(document.catalogue)}`);
  const childArrays = new Set(spec.tables.filter((t) => t.parent).map((t) => t.array));
  const tables = spec.tables.map((table) => {
    const rows = table.parent
      ? childRows(table, document)
      : (document[table.array] ?? []).map((r, i) => recordRow(table, r, `${table.array}[${i}]`, childArrays));
    return { file: table.file, header: table.columns.map((c) => c.name), rows };
  });
  return { tables, meta: { file: META_FILE, header: META_COLUMNS, rows: metaRows(catalogue, document) } };
}
