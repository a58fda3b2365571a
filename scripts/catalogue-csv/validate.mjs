// Validates an imported document twice — against its JSON Schema (ajv) and with the native
// loader (`talentmatch --json validate`), which also checks ids, references and counts — and
// turns every error's JSON path back into a CSV file, line and column via the source map.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ImportError } from './read-table.mjs';
import { CATALOGUES, META_FLAGS, columnForPath } from './tables.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA_DIR = path.join(REPO_ROOT, 'data/schema');
export const DEFAULT_CLI = process.env.TALENTMATCH_CLI || path.join(REPO_ROOT, 'build/native/talentmatch');

const validators = new Map();

// The compiled schema of a catalogue; compiled once per process.
export function schemaValidator(catalogue) {
  if (!validators.has(catalogue)) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${catalogue}.schema.json`), 'utf8'));
    validators.set(catalogue, ajv.compile(schema));
  }
  return validators.get(catalogue);
}

const show = (value) => (value === undefined ? 'nothing' : JSON.stringify(value));

// An ajv error as a sentence for an operator, and the key path it is about.
function describeSchemaError(e) {
  const segments = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return { segments: [...segments, p.missingProperty], message: 'empty or missing (required)', missing: true };
    case 'additionalProperties':
      return { segments: [...segments, p.additionalProperty], message: 'unknown key' };
    case 'type':
      return { segments, message: `expected ${p.type.replace(',', ' or ')}, got ${show(e.data)}` };
    case 'enum':
      return { segments, message: `expected one of ${p.allowedValues.map(show).join(', ')}, got ${show(e.data)}` };
    case 'const':
      return { segments, message: `expected ${show(p.allowedValue)} here, got ${show(e.data)}` };
    case 'minimum':
    case 'maximum': {
      const { minimum, maximum } = e.parentSchema;
      const range = minimum !== undefined && maximum !== undefined ? `from ${minimum} to ${maximum}` : `${p.comparison} ${p.limit}`;
      return { segments, message: `must be ${range}, got ${show(e.data)}` };
    }
    case 'exclusiveMinimum':
      return { segments, message: `must be greater than ${p.limit}, got ${show(e.data)}` };
    case 'pattern':
    case 'minLength':
      return { segments, message: 'must not be empty' };
    case 'format':
      return { segments, message: `expected a ${p.format} like 2023-09-04, got ${show(e.data)}` };
    case 'maxItems':
      return { segments, message: 'only a record with provenance "publication" lists illustrative fields' };
    case 'false schema':
      return { segments, message: segments.at(-1) === 'urgent_since' ? 'set on a qualification that is not urgent' : 'not allowed here' };
    default:
      return { segments, message: e.message };
  }
}

// `positions[17].dimensions.training` → ['positions', '17', 'dimensions', 'training'].
export function splitLoaderPath(p) {
  return p === '' ? [] : p.replace(/\[(\d+)\]/g, '.$1').split('.');
}

const isIndex = (s) => /^\d+$/.test(s);

// Where in the CSV files a JSON path points: { file, line, column }.
export function locate(sourceMap, segments) {
  const [array, index, ...rest] = segments;
  const source = sourceMap.records.get(array);
  if (source && index !== undefined && isIndex(index)) {
    const child = isIndex(rest[1] ?? '') && sourceMap.children.get(`${array}/${index}/${rest[0]}/${rest[1]}`);
    if (child) {
      const inner = rest.slice(2).filter((s) => !isIndex(s));
      return { file: child.file, line: child.line, column: columnForPath(child.table, inner) ?? (inner.join('.') || null) };
    }
    const inner = rest.filter((s) => !isIndex(s));
    const column = inner.length ? columnForPath(source.table, inner) ?? inner.join('.') : 'id';
    return { file: source.file, line: source.lines[Number(index)] ?? null, column };
  }
  if (source) return { file: source.file, line: null, column: null };
  if (segments.length === 0) return { file: sourceMap.dir, line: null, column: null };
  return locateMeta(sourceMap, segments.join('.'));
}

// A top-level key: its meta.csv row (or flag) or that of the nearest enclosing key, or
// meta.csv itself when no row sets it.
function locateMeta(sourceMap, key) {
  const parts = key.split('.');
  let where;
  for (let n = parts.length; n > 0 && !where; n--) where = sourceMap.meta.get(parts.slice(0, n).join('.'));
  if (!where) return { file: path.join(sourceMap.dir, 'meta.csv'), line: null, column: null, metaKey: key };
  if (where.flag) return { file: 'command line', line: null, column: where.flag, metaKey: key };
  return { file: where.file, line: where.line, column: 'value', metaKey: key };
}

// An error at `where`; top-level keys are named in the message since meta.csv has one value column.
function errorAt(where, message) {
  const error = new ImportError(where.file, where.line, where.column, where.metaKey ? `${where.metaKey}: ${message}` : message);
  error.subject = where.metaKey;
  return error;
}

function missingMetaMessage(catalogue, key) {
  const flag = META_FLAGS.includes(key) ? ` or pass --${key.replace(/_/g, '-')}` : '';
  return `no value: add a row "${catalogue},${key},VALUE" to meta.csv${flag}`;
}

export function schemaErrors(document, sourceMap) {
  const validate = schemaValidator(sourceMap.catalogue);
  if (validate(document)) return [];
  const tableArrays = new Set(CATALOGUES[sourceMap.catalogue].tables.map((t) => t.array));
  const out = [];
  for (const e of validate.errors) {
    if (e.keyword === 'if') continue; // ajv repeats the failing "then" as an "if" error
    const { segments, message, missing } = describeSchemaError(e);
    // A missing table array means its file could not be read; that was reported already.
    if (missing && segments.length === 1 && tableArrays.has(segments[0])) continue;
    const text = missing && segments.length === 1 ? missingMetaMessage(sourceMap.catalogue, segments[0]) : message;
    out.push(errorAt(locate(sourceMap, segments), text));
  }
  return out;
}

/**
 * Runs the native validator on `file` (the written document) together with `also` (other
 * catalogue documents, for ids that must be unique across documents).
 * Returns { ran, errors }; ran is false when the CLI does not exist.
 */
export function nativeErrors(cli, file, also, sourceMap) {
  if (!fs.existsSync(cli)) return { ran: false, errors: [] };
  const result = spawnSync(cli, ['--json', 'validate', file, ...also], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    const why = result.error?.message ?? (result.stderr.trim() || `exit status ${result.status}`);
    return { ran: true, errors: [new ImportError(cli, null, null, `the native validator failed: ${why}`)] };
  }
  const errors = report.errors.map((e) => {
    if (e.file !== file) return new ImportError(e.file, null, e.path || null, e.message);
    const segments = splitLoaderPath(e.path);
    if (segments.length === 0) return new ImportError(sourceMap.dir, null, null, `the imported ${sourceMap.catalogue} document: ${e.message}`);
    return errorAt(locate(sourceMap, segments), e.message);
  });
  return { ran: true, errors };
}

// One error per cell (the schema and the loader often see the same problem), file by file in
// table order, then by line.
export function sortAndDedupe(errors, catalogue, dir) {
  const order = ['meta.csv', ...CATALOGUES[catalogue].tables.map((t) => t.file)].map((f) => path.join(dir, f));
  const rank = (file) => (order.includes(file) ? order.indexOf(file) : order.length);
  const seen = new Set();
  const unique = errors.filter((e) => {
    const key = e.line || e.column || e.subject ? `${e.file}\0${e.line}\0${e.column}\0${e.subject}` : `${e.file}\0${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e.file) - rank(b.e.file) || (a.e.line ?? 0) - (b.e.line ?? 0) || a.i - b.i)
    .map(({ e }) => e);
}
