// Shared by the wasm_*.test.mjs suites: where things are, a clear failure when the wasm build
// is missing (never a silent skip), and the native CLI to compare with.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_LIB = path.join(ROOT, 'web/lib');
export const BUILT_FILES = [
  'talentmatch.js', 'talentmatch.d.ts', 'talentmatch-worker.js', 'talentmatch-worker.d.ts', 'talentmatch.worker.js',
  'talentmatch_core.mjs', 'talentmatch_core.wasm', 'catalogue.json',
];

/** Throws (failing the suite) when web/lib is not built. */
export function requireWebLib() {
  const missing = BUILT_FILES.filter((f) => !existsSync(path.join(WEB_LIB, f)));
  if (missing.length) {
    throw new Error(`web/lib is not built (missing ${missing.join(', ')}): run scripts/build-wasm.sh (or scripts/build.sh) first`);
  }
}

/** The native CLI: $TALENTMATCH_CLI (set by ctest) or build/native/talentmatch. */
export function cliPath() {
  const cli = process.env.TALENTMATCH_CLI || path.join(ROOT, 'build/native/talentmatch');
  if (!existsSync(cli)) throw new Error(`the native CLI ${cli} is not built: run scripts/build.sh first`);
  return cli;
}

/** Runs the native CLI; returns {status, stdout, stderr}. */
export function runCli(args, input) {
  const r = spawnSync(cliPath(), args, { input, encoding: 'utf8', maxBuffer: 1 << 30, cwd: ROOT });
  if (r.error) throw r.error;
  return r;
}

requireWebLib();
export const { createTalentMatch, TalentMatchError } = await import(path.join(WEB_LIB, 'talentmatch.js'));
