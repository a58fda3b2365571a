// talentmatch: our C++ matcher compiled to WebAssembly, through its public JS API
// (web/lib/talentmatch.js, built by scripts/build-wasm.sh). Its own tokenizer (Han bigrams +
// the catalogue's phrase lexicon + Latin words, in C++). It indexes the whole bundled catalogue
// (web/lib/catalogue.json: positions and the occupations/qualifications a match also reports),
// not only the flat position documents the libraries get.
//
// search() returns no ids when the engine decides that no position applies (best.kind is an
// occupation or none): that abstention is part of what is scored.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './documents.mjs';

export const name = 'talentmatch';
export const library = 'talentmatch (wasm)';
export const tokenization = 'built-in (C++): Han bigrams + catalogue phrase lexicon + Latin words';

// TALENTMATCH_WEB_LIB points at another build's web/lib (to compare builds); default web/lib.
export const LIB_DIR = path.resolve(process.env.TALENTMATCH_WEB_LIB || path.join(ROOT, 'web/lib'));
const file = (name) => path.join(LIB_DIR, name);

/** What a page ships: the wasm module, its glue, the JS API and the bundled catalogue. */
export const bundleFiles = () => ['talentmatch_core.wasm', 'talentmatch_core.mjs', 'talentmatch.js'].map(file);
export const dataFiles = () => [file('catalogue.json')];

/** True when scripts/build-wasm.sh has produced web/lib. */
export const available = () => [...bundleFiles(), ...dataFiles()].every((f) => fs.existsSync(f));

function positionIds(result) {
  if (!result || result.error || result.best?.kind !== 'position') return [];
  return result.positions.map((p) => p.id);
}

export async function create() {
  const { createTalentMatch } = await import(path.join(LIB_DIR, 'talentmatch.js'));
  const catalogue = { name: 'catalogue.json', text: fs.readFileSync(file('catalogue.json'), 'utf8') };
  const tm = await createTalentMatch({ wasmBinary: fs.readFileSync(file('talentmatch_core.wasm')), catalogue });
  return {
    tm,
    /** Rebuilds the engine's catalogue and index from the bundled catalogue (positions unused). */
    async build() {
      await tm.load(catalogue);
      return tm;
    },
    search: (text, { top = 5 } = {}) => positionIds(tm.match(text, { top })),
    /**
     * Batch mode: one boundary crossing per chunk (matchMany), with `explain: false` as a
     * recruitment site's batch would use it (the full result but the per-term explanation, which
     * a page fetches for the posting a user opens). The single-posting row keeps the default.
     */
    searchMany: (texts, { top = 5, chunkSize = 1000 } = {}) => tm.matchMany(texts, { top, chunkSize, explain: false }).map(positionIds),
    heapBytes: () => tm.heapBytes(),
    dispose: () => tm.dispose(),
  };
}
