// Bundles the four catalogue documents of a data directory into one minified JSON object
// {key_industries, skilled_occupations, qualifications, services} for the browser.
// Usage: node scripts/bundle-catalogue.mjs DATA_DIR OUT_FILE
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dataDir, outFile] = process.argv.slice(2);
if (!dataDir || !outFile) {
  console.error('usage: node scripts/bundle-catalogue.mjs DATA_DIR OUT_FILE');
  process.exit(2);
}
const bundle = {};
for (const kind of ['key_industries', 'skilled_occupations', 'qualifications', 'services']) {
  const path = join(dataDir, `${kind}.json`);
  try {
    bundle[kind] = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    console.error(`bundle-catalogue: ${path}: ${e.message}`);
    process.exit(1);
  }
}
writeFileSync(outFile, JSON.stringify(bundle));
