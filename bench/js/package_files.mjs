// The files of an npm package that a page would ship when it imports the package: the module
// Node resolves for `import` plus every module reachable from it through static or dynamic
// relative imports (no tree shaking, no extra minification: what the package publishes).
// Bare specifiers are not followed: none of the benchmarked packages has dependencies, and
// FlexSearch's bundle only names Node's worker_threads for its Node worker mode.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g;

function specifiers(source) {
  return [...source.matchAll(IMPORT)].map((m) => m[1]);
}

/** Absolute paths of the package's entry module and its relative-import closure. */
export function resolvePackageFiles(packageName) {
  const entry = fileURLToPath(import.meta.resolve(packageName));
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of specifiers(fs.readFileSync(file, 'utf8'))) {
      if (spec.startsWith('./') || spec.startsWith('../')) queue.push(path.resolve(path.dirname(file), spec));
    }
  }
  return [...seen].sort();
}
