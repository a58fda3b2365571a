#!/usr/bin/env node
// Imports one catalogue from CSV tables (one file per level, see docs/IMPORT.md) into a JSON
// document. The document is validated against data/schema/<catalogue>.schema.json and by the
// native loader, and written to --out only when both accept it: a failed import leaves --out
// untouched and prints every error as FILE:LINE: column NAME: message.
//
//   node scripts/import-csv.mjs --catalogue key_industries --dir DIR --out data/key_industries.json
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDocument } from './catalogue-csv/build-document.mjs';
import { formatDocument } from './catalogue-csv/format-json.mjs';
import { checkEncodingName } from './catalogue-csv/read-table.mjs';
import { CATALOGUE_NAMES, META_FLAGS } from './catalogue-csv/tables.mjs';
import { DEFAULT_CLI, nativeErrors, schemaErrors, sortAndDedupe } from './catalogue-csv/validate.mjs';

const USAGE = `usage: node scripts/import-csv.mjs --catalogue NAME --dir DIR --out FILE [options]

  --catalogue NAME     ${CATALOGUE_NAMES.join(' | ')}
  --dir DIR            folder with the CSV files (and meta.csv)
  --out FILE           the JSON document to write, e.g. data/key_industries.json
  --encoding ENC       utf-8 (default) or gbk for files Excel saved as "CSV (逗号分隔)"
  --provenance P       provenance of rows whose provenance cell is empty:
                       illustrative (default) or publication
  --edition, --published, --title-zh, --title-en, --publisher-zh, --publisher-en VALUE
                       top-level metadata; overrides meta.csv
  --also FILE          another catalogue document to validate together with this one
                       (ids must be unique across documents); repeatable
  --cli PATH           native validator (default build/native/talentmatch)
  --max-errors N       errors to print (default 1000; 0 prints all)`;

function parseCommandLine(argv) {
  const metaOptions = Object.fromEntries(META_FLAGS.map((k) => [k.replace(/_/g, '-'), { type: 'string' }]));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      catalogue: { type: 'string' },
      dir: { type: 'string' },
      out: { type: 'string' },
      encoding: { type: 'string', default: 'utf-8' },
      provenance: { type: 'string', default: 'illustrative' },
      also: { type: 'string', multiple: true, default: [] },
      cli: { type: 'string', default: DEFAULT_CLI },
      'max-errors': { type: 'string', default: '1000' },
      help: { type: 'boolean', short: 'h' },
      ...metaOptions,
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const problems = [];
  if (positionals.length) problems.push(`unexpected argument ${positionals[0]}`);
  if (!CATALOGUE_NAMES.includes(values.catalogue)) problems.push(`--catalogue must be one of ${CATALOGUE_NAMES.join(', ')}`);
  if (!values.dir) problems.push('--dir is required');
  if (!values.out) problems.push('--out is required');
  if (!['illustrative', 'publication'].includes(values.provenance)) problems.push('--provenance must be illustrative or publication');
  if (!/^\d+$/.test(values['max-errors'])) problems.push('--max-errors must be a number');
  let encoding;
  try {
    encoding = checkEncodingName(values.encoding);
  } catch (err) {
    problems.push(err.message);
  }
  if (problems.length) {
    console.error(`import-csv: ${problems.join('; ')}\n\n${USAGE}`);
    process.exit(2);
  }
  const meta = {};
  for (const key of META_FLAGS) {
    const value = values[key.replace(/_/g, '-')];
    if (value !== undefined) meta[key] = value;
  }
  return { ...values, encoding, meta, maxErrors: Number(values['max-errors']) };
}

function printErrors(errors, maxErrors) {
  const shown = maxErrors === 0 ? errors : errors.slice(0, maxErrors);
  for (const e of shown) console.error(String(e));
  if (shown.length < errors.length) {
    console.error(`... and ${errors.length - shown.length} more (pass --max-errors 0 to print all)`);
  }
}

function summary(document, catalogue) {
  return Object.entries(document)
    .filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => `${v.length} ${k.replace(/_/g, ' ')}`)
    .join(', ') || catalogue;
}

function runImport(options) {
  const { catalogue, dir, out } = options;
  const log = (line) => console.log(line);
  log(`${catalogue}: reading ${dir}`);
  const built = buildDocument(catalogue, dir, { ...options, log });
  if (!built.document) return built.errors;

  // Written beside the target so the final rename is atomic; removed unless it is accepted.
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const staging = `${out}.importing-${process.pid}`;
  try {
    fs.writeFileSync(staging, formatDocument(built.document));
    const errors = [...built.errors, ...schemaErrors(built.document, built.sourceMap)];
    const native = nativeErrors(options.cli, staging, options.also, built.sourceMap);
    if (!native.ran) log(`  note: ${options.cli} not found, only the JSON Schema was checked (build it: scripts/build.sh)`);
    errors.push(...native.errors);
    if (errors.length) return sortAndDedupe(errors, catalogue, dir);
    fs.renameSync(staging, out);
    log(`${catalogue}: wrote ${out} (${summary(built.document, catalogue)})`);
    return [];
  } finally {
    fs.rmSync(staging, { force: true });
  }
}

function main() {
  const options = parseCommandLine(process.argv.slice(2));
  let errors;
  try {
    errors = runImport(options);
  } catch (err) {
    console.error(`import-csv: internal error while importing ${options.catalogue}: ${err.stack ?? err}`);
    console.error(`${options.out} was not changed`);
    process.exit(3);
  }
  if (errors.length) {
    printErrors(errors, options.maxErrors);
    console.error(`${options.catalogue}: ${errors.length} error${errors.length === 1 ? '' : 's'}; ${options.out} was not changed`);
    process.exit(1);
  }
}

main();
