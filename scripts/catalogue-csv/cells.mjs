// One CSV cell ⇄ one JSON value, by column kind (see tables.mjs). Parsing throws CellError with
// a message for the operator; the caller adds file, line and column.

export class CellError extends Error {}

// Absent: the key is left out of the record.
export const ABSENT = Symbol('absent');

const TRUE_WORDS = new Set(['true', 'yes', '1', '是']);
const FALSE_WORDS = new Set(['false', 'no', '0', '否']);

// Lists are separated by |. A cell without | may use ； or ; instead, which is how people write
// lists in Chinese spreadsheets. A trailing | keeps a single item containing ； or ; whole.
export function parseList(cell) {
  const separator = cell.includes('|') ? /\|/ : /[；;]/;
  return cell
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function formatList(items, where) {
  for (const item of items) {
    if (typeof item !== 'string') throw new CellError(`${where}: list items must be strings, got ${JSON.stringify(item)}`);
    if (item.includes('|')) throw new CellError(`${where}: the item ${JSON.stringify(item)} contains "|", the list separator`);
  }
  const cell = items.join('|');
  return items.length === 1 && /[；;]/.test(cell) ? `${cell}|` : cell;
}

export function parseBoolean(cell) {
  const word = cell.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  throw new CellError(`expected true or false (also 是/否, 1/0), got ${JSON.stringify(cell)}`);
}

// Whole numbers; Excel's thousands separators (450,000) and a trailing .0 are accepted.
export function parseInteger(cell) {
  const plain = cell.replace(/^(\d{1,3})((?:,\d{3})+)(?=$|\.)/, (_, head, groups) => head + groups.replace(/,/g, ''));
  if (!/^-?\d+(\.0+)?$/.test(plain)) throw new CellError(`expected a whole number, got ${JSON.stringify(cell)}`);
  const value = Number.parseInt(plain, 10);
  if (!Number.isSafeInteger(value)) throw new CellError(`the number ${cell} is too large`);
  return value;
}

export function parseNumber(cell) {
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cell)) throw new CellError(`expected a number, got ${JSON.stringify(cell)}`);
  return Number(cell);
}

// `kind` is a column kind; `fact_value` columns are parsed by the caller with the fact's kind.
export function parseCell(kind, raw, defaults) {
  const cell = raw.trim();
  if (cell === '') {
    if (kind === 'nullable') return null;
    if (kind === 'list') return [];
    if (kind === 'provenance') return defaults.provenance;
    return ABSENT;
  }
  switch (kind) {
    case 'text':
    case 'nullable':
      return cell;
    case 'provenance':
      return cell.toLowerCase();
    case 'integer':
      return parseInteger(cell);
    case 'number':
      return parseNumber(cell);
    case 'boolean':
      return parseBoolean(cell);
    case 'list':
    case 'tags':
      return parseList(cell);
    default:
      throw new Error(`unknown column kind ${kind}`);
  }
}

// The cell text for a JSON value; `where` names the value for error messages.
export function formatCell(value, where) {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return formatList(value, where);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new CellError(`${where}: cannot be written to one CSV cell (${JSON.stringify(value).slice(0, 40)})`);
}
