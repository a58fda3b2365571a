// Runs Lighthouse 12 (accessibility, best practices) against the app served with its CSP by
// scripts/serve.mjs, with Debian's chromium, and prints the scores per page. Exit 1 when a
// score is below --min (default 0.95).
// Usage: node scripts/lighthouse.mjs [--min 0.95] [--keep DIR] [path …]   (default: the main views)
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from './serve.mjs';

const run = promisify(execFile);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const min = Number(option('--min', '0.95'));
const keep = option('--keep', null);
const pages = args.length ? args : ['', '#/check', '#/browse', '#/batch', '#/about', 'embed-example.html'];

const { server, url } = await serve({ root: 'web', port: 0 });
const out = mkdtempSync(join(tmpdir(), 'talentmatch-lh-'));
const rows = [];
try {
  for (const [i, page] of pages.entries()) {
    const report = join(out, `lh-${i}.json`);
    await run('node_modules/.bin/lighthouse', [
      `${url}${page}`, '--only-categories=accessibility,best-practices', '--output=json', `--output-path=${report}`,
      '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 << 20 });
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const score = (c) => result.categories[c].score;
    const failing = Object.values(result.audits)
      .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
      .map((a) => a.id);
    rows.push({ page: page || '/', accessibility: score('accessibility'), bestPractices: score('best-practices'), failing });
    if (keep) {
      mkdirSync(keep, { recursive: true });
      copyFileSync(report, join(keep, `lighthouse-${(page || 'index').replace(/[^a-z0-9.]+/gi, '_')}.json`));
    }
  }
} finally {
  server.close();
  rmSync(out, { recursive: true, force: true });
}

const version = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
console.log(`Lighthouse ${version}, ${process.env.CHROME_PATH ?? '/usr/bin/chromium'}`);
console.log('page                     accessibility  best-practices  audits not passed');
let ok = true;
for (const r of rows) {
  ok &&= r.accessibility >= min && r.bestPractices >= min;
  console.log(`${r.page.padEnd(24)} ${r.accessibility.toFixed(2).padStart(13)} ${r.bestPractices.toFixed(2).padStart(15)}  ${r.failing.join(', ') || '—'}`);
}
if (!ok) {
  console.error(`lighthouse: a score is below ${min}`);
  process.exit(1);
}
