// talentmatch — JavaScript API over the WebAssembly core.
//
//   import { createTalentMatch } from './talentmatch.js';
//   const tm = await createTalentMatch();            // bundled catalogue
//   const result = tm.match('数字IC设计工程师\n负责RTL设计…');
//   tm.dispose();
//
// Every result is a plain JSON object; no wasm handle ever reaches the caller.
import createTalentMatchCore from './talentmatch_core.mjs';

/** Thrown for bad input, an invalid catalogue or a call after dispose(). */
export class TalentMatchError extends Error {
  constructor(message, details) {
    super(message);
    this.name = 'TalentMatchError';
    if (details) this.details = details;
  }
}

const KINDS = ['key_industries', 'skilled_occupations', 'qualifications', 'services'];
const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

// JSON.stringify keeps lone surrogates as \udXXX escapes, which are not text: replace them.
function wellFormed(s) {
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function cleanStrings(value) {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanStrings(v);
    return out;
  }
  return value;
}

async function readUrl(url) {
  const u = url instanceof URL ? url : new URL(url, isNode ? `file://${process.cwd()}/` : globalThis.location?.href);
  if (u.protocol === 'file:') {
    const fs = globalThis.process?.getBuiltinModule?.('fs') ?? (await import(/* webpackIgnore: true */ 'node:fs'));
    return fs.readFileSync(u, 'utf8');
  }
  const response = await fetch(u);
  if (!response.ok) throw new TalentMatchError(`cannot load catalogue ${u.href}: HTTP ${response.status}`);
  return response.text();
}

// A catalogue given as: undefined (bundled), a URL or string path, a bundle object
// {key_industries, ...}, a single document object, an array of those, or File/Blob objects.
async function toSources(catalogue) {
  if (catalogue === undefined || catalogue === null) catalogue = new URL('./catalogue.json', import.meta.url);
  if (typeof catalogue === 'string' || catalogue instanceof URL) {
    return [{ name: String(catalogue), text: await readUrl(catalogue) }];
  }
  if (typeof Blob !== 'undefined' && catalogue instanceof Blob) {
    return [{ name: catalogue.name ?? 'upload', text: await catalogue.text() }];
  }
  if (Array.isArray(catalogue)) return (await Promise.all(catalogue.map(toSources))).flat();
  if (typeof catalogue === 'object') {
    if (typeof catalogue.text === 'string' && typeof catalogue.name === 'string') return [catalogue];
    const name = typeof catalogue.catalogue === 'string' ? catalogue.catalogue : 'catalogue';
    return [{ name, text: JSON.stringify(cleanStrings(catalogue)) }];
  }
  throw new TalentMatchError(`catalogue: expected a URL, an object, a File or an array of them, got ${typeof catalogue}`);
}

function checkPosting(posting, where) {
  if (typeof posting === 'string') return { text: posting };
  if (posting && typeof posting === 'object' && !Array.isArray(posting)) return posting;
  throw new TalentMatchError(`${where}: expected a posting string or an object {text} / {title, description, ...}, got ${posting === null ? 'null' : Array.isArray(posting) ? 'an array' : typeof posting}`);
}

function checkText(text, where) {
  if (typeof text !== 'string') throw new TalentMatchError(`${where}: expected a string, got ${text === null ? 'null' : typeof text}`);
  return text;
}

/**
 * Starts the module and loads a catalogue (the bundled one by default).
 * @param {import('./talentmatch').TalentMatchOptions} [options]
 * @returns {Promise<import('./talentmatch').TalentMatch>}
 */
export async function createTalentMatch(options = {}) {
  const moduleOptions = {};
  if (options.wasmBinary) moduleOptions.wasmBinary = options.wasmBinary;
  if (options.locateFile) moduleOptions.locateFile = options.locateFile;
  const core = await createTalentMatchCore(moduleOptions);
  const engine = new core.Engine();
  let disposed = false;

  function call(method, args = {}) {
    if (disposed) throw new TalentMatchError(`${method}: this TalentMatch instance was disposed`);
    const reply = JSON.parse(engine.call(method, JSON.stringify(cleanStrings(args))));
    if ('error' in reply) throw new TalentMatchError(reply.error);
    return reply.ok;
  }

  async function load(catalogue) {
    if (disposed) throw new TalentMatchError('load: this TalentMatch instance was disposed');
    const sources = await toSources(catalogue);
    const errors = JSON.parse(engine.load(JSON.stringify(sources.map((s) => ({ name: s.name, text: wellFormed(s.text) })))));
    if (errors.length) {
      throw new TalentMatchError(`catalogue rejected (${errors.length} error${errors.length > 1 ? 's' : ''}); the previous catalogue stays in force:\n${errors.slice(0, 20).join('\n')}${errors.length > 20 ? `\n… ${errors.length - 20} more` : ''}`, { errors });
    }
  }

  try {
    await load(options.catalogue);
  } catch (e) {
    engine.delete();
    throw e;
  }

  const tm = {
    /** Replaces the catalogue; throws with every error and keeps the old one if invalid. */
    load,
    /** Counts per catalogue level (same keys as `talentmatch stats`). */
    stats: () => call('stats'),
    /** Titles, editions and publication dates. */
    info: () => call('info'),
    /** Any record by id (position, field, occupation, qualification, service …) or null. */
    get: (id) => call('record', { id: checkText(id, 'get') }),
    /** Records by name, abbreviation or alias. */
    find: (text, { limit } = {}) => call('find', { text: checkText(text, 'find'), limit }),
    /** Matches one posting: text (title on the first line) or {title, description, requirements, salary, ...}. */
    match: (posting, { top } = {}) => call('match', { posting: checkPosting(posting, 'match'), top }),
    /**
     * Matches many postings, one boundary crossing per chunk; onProgress(done, total) after each chunk.
     * Results are in input order; a bad posting gets {index, error} in its place.
     */
    matchMany(postings, { top, chunkSize = 1000, onProgress } = {}) {
      if (!Array.isArray(postings)) throw new TalentMatchError(`matchMany: expected an array of postings, got ${typeof postings}`);
      const out = [];
      for (let i = 0; i < postings.length; i += chunkSize) {
        const chunk = postings.slice(i, i + chunkSize).map((p) => (typeof p === 'string' ? { text: p } : p));
        out.push(...call('match_many', { postings: chunk, top, offset: i }));
        onProgress?.(Math.min(i + chunkSize, postings.length), postings.length);
      }
      return out;
    },
    /** Qualifications by name, abbreviation or alias (typo-tolerant); filters {field, region, urgent}. */
    findQualification: (text, filters = {}) => call('find_qualification', { text: checkText(text, 'findQualification'), ...filters }),
    /** The 12 services for a candidate profile {qualifications, nationality, age, high_tech, public_institution}. */
    check: (profile) => call('check', { profile }),
    /** Positions whose professional background (专业背景) lists a major like the given one. */
    positionsForMajor: (text, { limit } = {}) => call('positions_for_major', { text: checkText(text, 'positionsForMajor'), limit }),
    /** Browsing: the industry tree, occupations and qualifications as plain objects. */
    catalogue: {
      tree: () => call('tree'),
      occupations: () => call('occupations'),
      qualifications: () => call('qualifications'),
      services: () => call('services'),
      get: (id) => call('record', { id: checkText(id, 'catalogue.get') }),
    },
    /** Bytes of wasm memory (for leak checks). */
    heapBytes: () => core.HEAP8.length,
    /** Frees the wasm engine; the instance is unusable afterwards. */
    dispose() {
      if (!disposed) {
        disposed = true;
        engine.delete();
      }
    },
  };
  return tm;
}

export default createTalentMatch;
