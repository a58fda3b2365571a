#!/usr/bin/env node
// Writes catalogue documents as CSV tables — the inverse of import-csv.mjs — so operators get
// templates with every column, filled with the current data. Files are UTF-8 with a BOM so
// Excel opens the Chinese text correctly.
//
//   node scripts/export-csv.mjs --dir templates/            (all four documents from data/)
//   node scripts/export-csv.mjs --data data --catalogue services --dir templates/
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { csvText, documentTables } from './catalogue-csv/export-tables.mjs';
import { CATALOGUE_NAMES } from './catalogue-csv/tables.mjs';
import { REPO_ROOT } from './catalogue-csv/validate.mjs';

const USAGE = `usage: node scripts/export-csv.mjs --dir OUT [--data DIR] [--catalogue NAME] [--no-bom]

  --dir OUT          folder to write the CSV files and meta.csv into (created if needed)
  --data DIR         folder with <catalogue>.json documents (default: the repository's data/)
  --catalogue NAME   only this catalogue (${CATALOGUE_NAMES.join(' | ')}); repeatable
  --no-bom           write UTF-8 without a byte order mark`;

function parseCommandLine(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string' },
      data: { type: 'string', default: path.join(REPO_ROOT, 'data') },
      catalogue: { type: 'string', multiple: true },
      'no-bom': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const unknown = (values.catalogue ?? []).filter((c) => !CATALOGUE_NAMES.includes(c));
  if (!values.dir || unknown.length) {
    console.error(`export-csv: ${values.dir ? `unknown catalogue ${unknown[0]}` : '--dir is required'}\n\n${USAGE}`);
    process.exit(2);
  }
  return values;
}

function main() {
  const options = parseCommandLine(process.argv.slice(2));
  const explicit = options.catalogue !== undefined;
  const catalogues = explicit ? options.catalogue : CATALOGUE_NAMES;
  const written = [];
  const metaRows = [];
  let metaHeader;
  for (const catalogue of catalogues) {
    const source = path.join(options.data, `${catalogue}.json`);
    if (!fs.existsSync(source)) {
      if (explicit) throw new Error(`${source} does not exist`);
      continue;
    }
    const { tables, meta } = documentTables(catalogue, JSON.parse(fs.readFileSync(source, 'utf8')));
    // Everything is converted before anything is written.
    written.push(...tables);
    metaRows.push(...meta.rows);
    metaHeader = meta.header;
    console.log(`${catalogue}: ${tables.map((t) => `${t.file} ${t.rows.length}`).join(', ')} rows`);
  }
  if (!written.length) {
    console.error(`export-csv: no catalogue documents in ${options.data}`);
    process.exit(1);
  }
  fs.mkdirSync(options.dir, { recursive: true });
  const bom = !options['no-bom'];
  for (const t of written) fs.writeFileSync(path.join(options.dir, t.file), csvText(t.header, t.rows, { bom }));
  fs.writeFileSync(path.join(options.dir, 'meta.csv'), csvText(metaHeader, metaRows, { bom }));
  console.log(`wrote ${written.length + 1} files to ${options.dir}`);
}

try {
  main();
} catch (err) {
  console.error(`export-csv: ${err.message}`);
  process.exit(1);
}
