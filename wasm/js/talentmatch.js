// talentmatch — JavaScript API over the WebAssembly core.
//
//   import { createTalentMatch } from './talentmatch.js';
//   const tm = await createTalentMatch();            // bundled catalogue
//   const result = tm.match('数字IC设计工程师\n负责RTL设计…');
//   tm.dispose();
//
// Every call sends one JSON request to the core and gets one JSON reply back, so results are
// plain objects and the only wasm handle (the engine) is owned here and freed by dispose().
import createTalentMatchCore from './talentmatch_core.mjs';

/** Thrown for bad input, an invalid catalogue, a call after dispose() or a failed engine. */
export class TalentMatchError extends Error {
  constructor(message, details) {
    super(message);
    this.name = 'TalentMatchError';
    if (details) this.details = details;
  }
}

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

// Literal `new URL('./file', import.meta.url)` so bundlers (webpack 5, Vite, esbuild) copy the files.
const WASM_URL = new URL('./talentmatch_core.wasm', import.meta.url);
const CATALOGUE_URL = new URL('./catalogue.json', import.meta.url);

// Requests above this are refused before they reach the wasm heap (which never shrinks).
const MAX_REQUEST_CHARS = 64 * 1024 * 1024;
// matchMany sends at most this much text per crossing, whatever chunkSize says. Results are about
// 10 KB per posting, so the default 250 postings keep each reply near 2.5 MB.
const MAX_CHUNK_CHARS = 2 * 1024 * 1024;
const MAX_DEPTH = 64;
const utf8 = new TextDecoder();
const utf8Encoder = new TextEncoder();

// Engine method names as the JavaScript API calls them, for messages.
const API_NAMES = {
  record: 'get', find_qualification: 'findQualification', positions_for_major: 'positionsForMajor',
  match_many: 'matchMany', tree: 'catalogue.tree', occupations: 'catalogue.occupations',
  qualifications: 'catalogue.qualifications', services: 'catalogue.services',
};

// --- turning JavaScript values into JSON, or saying what is wrong with them -------------------

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return value.constructor?.name && value.constructor !== Object ? `a ${value.constructor.name}` : 'an object';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

function isWellFormed(s) {
  return typeof s.isWellFormed === 'function' ? s.isWellFormed() : !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

function loneSurrogateAt(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else if (c >= 0xd800 && c <= 0xdfff) return `U+${c.toString(16).toUpperCase()} at index ${i}`;
  }
  return 'none';
}

function isPlainObject(value) {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// The first problem that would make `value` unfaithful as JSON, as "<path> <problem>", or null.
function problemIn(value, path, depth = 0, parents = []) {
  switch (typeof value) {
    case 'string':
      return isWellFormed(value) ? null : `${path} contains a lone surrogate (${loneSurrogateAt(value)}); text must be well-formed Unicode`;
    case 'number':
      return Number.isFinite(value) ? null : `${path} must be a finite number, got ${value}`;
    case 'boolean':
      return null;
    case 'object': {
      if (value === null) return null;
      if (depth >= MAX_DEPTH) return `${path} is nested more than ${MAX_DEPTH} levels deep`;
      if (parents.includes(value)) return `${path} refers to itself`;
      const inner = [...parents, value];
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (value[i] === undefined) return `${path}[${i}] is undefined`;
          const problem = problemIn(value[i], `${path}[${i}]`, depth + 1, inner);
          if (problem) return problem;
        }
        return null;
      }
      if (!isPlainObject(value)) return `${path} must be plain data (string, number, boolean, null, array or object), got ${describe(value)}`;
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined) continue;  // an absent option
        const problem = problemIn(v, path ? `${path}.${k}` : k, depth + 1, inner);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return `${path} must be plain data (string, number, boolean, null, array or object), got ${describe(value)}`;
  }
}

// JSON text for `value`; throws TalentMatchError("<where>: <path> <problem>") when it cannot be faithful.
function toJson(value, where, path) {
  const problem = problemIn(value, path);
  if (problem) throw new TalentMatchError(`${where}: ${problem}`);
  return JSON.stringify(value);
}

function checkText(text, where) {
  if (typeof text !== 'string') throw new TalentMatchError(`${where}: expected a string, got ${describe(text)}`);
  return text;
}

function checkOptions(options, where) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new TalentMatchError(`${where}: options must be an object, got ${describe(options)}`);
  return options;
}

function checkPosting(posting, where) {
  if (typeof posting === 'string' || (posting && typeof posting === 'object' && !Array.isArray(posting))) return posting;
  throw new TalentMatchError(`${where}: expected a posting string or an object {text} / {title, description, ...}, got ${describe(posting)}`);
}

// --- match results: candidates from their record templates -----------------------------------

// Templates as parsed, each with the keys whose values are objects or arrays: a copy of a template
// copies those too, so no two results share an object (a caller may change one).
function withNested(list) {
  return list.map((t) => ({ t, nested: Object.keys(t).filter((k) => t[k] !== null && typeof t[k] === 'object') }));
}

function copyJson(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const out = {};
  for (const k of Object.keys(value)) out[k] = copyJson(value[k]);
  return out;
}

// {confidence, ref, score} → the record's full object with those two numbers (keys stay in the
// template's order, which is the CLI's).
function fromTemplate(list, entry) {
  const template = list[entry.ref];
  if (!template) throw new TalentMatchError(`match: the engine referred to record ${entry.ref}, which the catalogue does not have`);
  const o = { ...template.t };
  o.confidence = entry.confidence;
  o.score = entry.score;
  for (const k of template.nested) o[k] = copyJson(template.t[k]);
  return o;
}

// --- catalogue sources ------------------------------------------------------------------------

// The file's bytes: the engine reads UTF-8 itself (as the native CLI does), so the text is
// neither decoded into a JavaScript string nor encoded back (a few ms of a cold start).
async function readUrl(url) {
  const base = isNode ? `file://${process.cwd()}/` : globalThis.location?.href;
  let u;
  try {
    u = url instanceof URL ? url : new URL(url, base);
  } catch {
    throw new TalentMatchError(`load: ${describe(url)} is not a URL or path`);
  }
  if (u.protocol === 'file:') {
    const fs = globalThis.process?.getBuiltinModule?.('fs') ?? (await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs'));
    try {
      return fs.readFileSync(u);
    } catch (e) {
      throw new TalentMatchError(`load: cannot read ${u.pathname}: ${e.code ?? e.message}`);
    }
  }
  let response;
  try {
    response = await fetch(u);
  } catch (e) {
    throw new TalentMatchError(`load: cannot fetch ${u.href}: ${e.message}`);
  }
  if (!response.ok) throw new TalentMatchError(`load: cannot fetch ${u.href}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// A catalogue given as: undefined/null (bundled), a URL or path, a bundle object
// {key_industries, ...}, a single document object, {name, text}, File/Blob, or an array of those.
// Each source is {name, text} or, read from a URL or path, {name, bytes} (UTF-8).
async function toSources(catalogue, path = 'catalogue') {
  if (catalogue === undefined || catalogue === null) catalogue = CATALOGUE_URL;
  if (typeof catalogue === 'string' || catalogue instanceof URL) {
    return [{ name: String(catalogue), bytes: await readUrl(catalogue) }];
  }
  if (typeof Blob !== 'undefined' && catalogue instanceof Blob) {
    return [{ name: catalogue.name ?? 'upload', text: await catalogue.text() }];
  }
  if (Array.isArray(catalogue)) return (await Promise.all(catalogue.map((c, i) => toSources(c, `${path}[${i}]`)))).flat();
  if (typeof catalogue === 'object' && isPlainObject(catalogue)) {
    if (typeof catalogue.text === 'string' && typeof catalogue.name === 'string' && Object.keys(catalogue).length === 2) {
      const problem = problemIn(catalogue.text, `${path}.text`);
      if (problem) throw new TalentMatchError(`load: ${problem}`);
      return [catalogue];
    }
    const name = typeof catalogue.catalogue === 'string' ? catalogue.catalogue : 'catalogue';
    return [{ name, text: toJson(catalogue, 'load', path) }];
  }
  throw new TalentMatchError(`load: ${path} must be a URL, a path, a catalogue object, a File or an array of them, got ${describe(catalogue)}`);
}

async function nodeWasmBinary() {
  const fs = globalThis.process?.getBuiltinModule?.('fs') ?? (await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs'));
  return fs.readFileSync(WASM_URL);
}

// --- start-up timing ---------------------------------------------------------------------------

// createTalentMatch() leaves two User Timing measures, for DevTools' performance panel and for
// scripts/bench-browser.mjs: 'talentmatch:module' (the module fetched, compiled and instantiated,
// from the call) and 'talentmatch:catalogue' (the catalogue parsed, checked and indexed in wasm,
// once its bytes were in). One pair per instance; load() adds none, so a page that replaces its
// catalogue many times does not fill the timeline.
const now = () => globalThis.performance?.now?.() ?? Date.now();
function measure(name, start, end) {
  try {
    globalThis.performance?.measure?.(name, { start, end });
  } catch {
    // a runtime without User Timing Level 3: the figures are a convenience, not a contract
  }
}

// --- the instance -----------------------------------------------------------------------------

const OPTION_KEYS = ['catalogue', 'wasmBinary', 'locateFile'];

/**
 * Starts the module and loads a catalogue (the bundled one by default).
 * @param {import('./talentmatch').TalentMatchOptions} [options]
 * @returns {Promise<import('./talentmatch').TalentMatch>}
 */
export async function createTalentMatch(options = {}) {
  const started = now();
  options = checkOptions(options, 'createTalentMatch');
  const unknown = Object.keys(options).filter((k) => !OPTION_KEYS.includes(k));
  if (unknown.length) throw new TalentMatchError(`createTalentMatch: unknown option '${unknown[0]}' (expected ${OPTION_KEYS.join(', ')})`);
  const moduleOptions = {};
  if (options.wasmBinary) moduleOptions.wasmBinary = options.wasmBinary;
  if (options.locateFile) moduleOptions.locateFile = options.locateFile;
  if (!moduleOptions.wasmBinary && !moduleOptions.locateFile) {
    // Node's fetch() cannot read file: URLs: read the .wasm beside this file instead.
    if (isNode) moduleOptions.wasmBinary = await nodeWasmBinary();
    else moduleOptions.locateFile = (file) => (file.endsWith('.wasm') ? WASM_URL.href : file);
  }
  // The catalogue is fetched while the module compiles (a failure is reported once both settle).
  const sourcesPromise = toSources(options.catalogue);
  sourcesPromise.catch(() => {});
  const core = await createTalentMatchCore(moduleOptions);
  const moduleReady = now();
  // The one Embind handle: deleted by dispose(), or here if the first load fails.
  const engine = new core.Engine();
  let disposed = false;
  let failure = null;  // set when the wasm instance trapped; it cannot be trusted afterwards

  function usable(where) {
    if (disposed) throw new TalentMatchError(`${where}: this TalentMatch instance was disposed`);
    if (failure) throw new TalentMatchError(`${where}: the engine failed earlier (${failure}); create a new instance`);
  }

  // Runs one engine entry point; a trap (out of memory, a bug) is reported and ends the instance.
  function guarded(where, run) {
    try {
      return run();
    } catch (e) {
      failure = `${e?.name ?? 'Error'}: ${e?.message ?? e}`;
      throw new TalentMatchError(`${where}: the engine failed (${failure}); create a new instance`);
    }
  }

  // One crossing: `argsJson` is the JSON text of the arguments object.
  function callJson(method, argsJson) {
    const where = API_NAMES[method] ?? method;
    usable(where);
    if (argsJson.length > MAX_REQUEST_CHARS) {
      throw new TalentMatchError(`${where}: request too large (${argsJson.length} characters, at most ${MAX_REQUEST_CHARS})`);
    }
    // The arguments' UTF-8 goes straight into the engine's request buffer (TextEncoder, not
    // Embind's string copy); the engine lends a view of its reply buffer, decoded before anything
    // else runs in the module.
    const text = guarded(where, () => {
      const args = utf8Encoder.encode(argsJson);
      engine.args(args.length).set(args);
      const view = engine.call(method);
      return view.length ? utf8.decode(view) : null;
    });
    if (text === null) {
      const message = JSON.parse(engine.error());
      throw new TalentMatchError(message.startsWith(`${method}:`) ? where + message.slice(method.length) : message);
    }
    return JSON.parse(text);
  }

  // `args` is an object, so every problem's path starts with an argument name ('profile.age').
  const call = (method, args = {}) => callJson(method, toJson(args, API_NAMES[method] ?? method, ''));

  // Match results cross with each position and occupation as {confidence, ref, score}
  // (record_refs): the ~20 fixed members of each, ~4 KB of a result, are parsed once per catalogue
  // from record_templates and copied in here rather than encoded, decoded and parsed per result.
  // The objects are the ones the CLI prints, key order included (tests/js/wasm_eval).
  let templates = null;  // for the catalogue in force; load() clears it
  function recordTemplates() {
    if (!templates) {
      const t = callJson('record_templates', '{}');
      templates = { positions: withNested(t.positions), occupations: withNested(t.occupations) };
    }
    return templates;
  }
  // The caller's match options; record_refs is the API's own.
  const matchOptions = (options, where) => {
    options = checkOptions(options, where);
    if ('record_refs' in options) throw new TalentMatchError(`${where}: unknown option 'record_refs'`);
    return options;
  };
  function filledIn(result) {
    if (!result || 'error' in result) return result;
    const t = recordTemplates();
    result.positions = result.positions.map((e) => fromTemplate(t.positions, e));
    result.occupations = result.occupations.map((e) => fromTemplate(t.occupations, e));
    return result;
  }

  async function load(catalogue) {
    usable('load');
    loadSources(await toSources(catalogue));
  }

  function loadSources(sources) {
    usable('load');
    templates = null;
    // Each source's UTF-8 is written straight into the string the engine keeps (no JSON wrapper,
    // no transient copy in the wasm heap): addSource lends a view of it, filled at once. Sources
    // read from a URL or path are bytes already; the others are strings.
    const errors = JSON.parse(guarded('load', () => {
      for (const s of sources) {
        const text = s.bytes ?? utf8Encoder.encode(s.text);
        engine.addSource(s.name, text.length).set(text);
      }
      return engine.load();
    }));
    if (errors.length) {
      const shown = errors.slice(0, 20).join('\n') + (errors.length > 20 ? `\n… ${errors.length - 20} more` : '');
      throw new TalentMatchError(`load: catalogue rejected (${errors.length} error${errors.length > 1 ? 's' : ''}); the previous catalogue stays in force:\n${shown}`, { errors });
    }
  }

  // Postings of one matchMany call in chunks of at most `chunkSize` postings and MAX_CHUNK_CHARS
  // characters; a posting JavaScript cannot send faithfully gets its {index, error} here.
  function matchMany(postings, options) {
    const { top, explain, chunkSize = 250, onProgress } = matchOptions(options, 'matchMany');
    if (!Array.isArray(postings)) throw new TalentMatchError(`matchMany: expected an array of postings, got ${describe(postings)}`);
    if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new TalentMatchError(`matchMany: option 'chunkSize' must be a positive integer, got ${describe(chunkSize)}`);
    if (onProgress !== undefined && typeof onProgress !== 'function') throw new TalentMatchError(`matchMany: option 'onProgress' must be a function, got ${describe(onProgress)}`);
    const topJson = (top === undefined ? '' : `,"top":${toJson(top, 'matchMany', 'top')}`) +
      (explain === undefined ? '' : `,"explain":${toJson(explain, 'matchMany', 'explain')}`) + ',"record_refs":true';
    const out = new Array(postings.length);
    let pending = [];  // [index, json]
    let pendingChars = 0;
    const flush = () => {
      if (!pending.length) return;
      const results = callJson('match_many', `{"postings":[${pending.map((p) => p[1]).join(',')}]${topJson}}`);
      results.forEach((r, j) => {
        if ('error' in r) r.index = pending[j][0];
        out[pending[j][0]] = filledIn(r);
      });
      onProgress?.(pending[pending.length - 1][0] + 1, postings.length);
      pending = [];
      pendingChars = 0;
    };
    postings.forEach((posting, index) => {
      let json;
      try {
        json = toJson(typeof posting === 'string' ? { text: posting } : posting, 'matchMany', `postings[${index}]`);
      } catch (e) {
        const id = ['string', 'number'].includes(typeof posting?.id) ? { id: posting.id } : {};
        out[index] = { index, ...id, error: e.message.replace(/^matchMany: /, '') };
        return;
      }
      if (pending.length && (pending.length >= chunkSize || pendingChars + json.length > MAX_CHUNK_CHARS)) flush();
      pending.push([index, json]);
      pendingChars += json.length;
    });
    flush();
    if (!postings.length) onProgress?.(0, 0);
    return out;
  }

  let catalogueStarted;
  try {
    const sources = await sourcesPromise;
    catalogueStarted = now();
    loadSources(sources);
  } catch (e) {
    engine.delete();
    throw e;
  }
  measure('talentmatch:module', started, moduleReady);
  measure('talentmatch:catalogue', catalogueStarted, now());

  return {
    /** Replaces the catalogue; throws with every error and keeps the old one if invalid. */
    load,
    /** Counts per catalogue level (same keys as `talentmatch stats`). */
    stats: () => call('stats'),
    /** Titles, editions and publication dates. */
    info: () => call('info'),
    /** Any record by id (position, field, occupation, qualification, service …) or null. */
    get: (id) => call('record', { id: checkText(id, 'get') }),
    /** Records by name, abbreviation or alias. */
    find: (text, options) => call('find', { text: checkText(text, 'find'), ...checkOptions(options, 'find') }),
    /** Matches one posting: text (title on the first line) or {id, text} / {title, description, requirements, salary, ...}. */
    match: (posting, options) => filledIn(call('match', { posting: checkPosting(posting, 'match'), ...matchOptions(options, 'match'), record_refs: true })),
    /**
     * Matches many postings, crossing into wasm once per chunk; onProgress(done, total) after each.
     * Results are in input order; a posting that cannot be matched gets {index, id?, error} in its place.
     */
    matchMany,
    /** Qualifications by name, abbreviation or alias (typo-tolerant); filters {field, region, urgent, limit}. */
    findQualification: (text, filters) => call('find_qualification', { text: checkText(text, 'findQualification'), ...checkOptions(filters, 'findQualification') }),
    /** The 12 services for a candidate profile {qualifications, nationality, age, high_tech, public_institution}. */
    check: (profile) => call('check', { profile }),
    /** Positions whose professional background (专业背景) lists a major like the given one. */
    positionsForMajor: (text, options) => call('positions_for_major', { text: checkText(text, 'positionsForMajor'), ...checkOptions(options, 'positionsForMajor') }),
    /** Browsing: the industry tree, occupations and qualifications as plain objects. */
    catalogue: {
      tree: () => call('tree'),
      occupations: () => call('occupations'),
      qualifications: () => call('qualifications'),
      services: () => call('services'),
      get: (id) => call('record', { id: checkText(id, 'catalogue.get') }),
    },
    /** Bytes of wasm linear memory (grows, never shrinks: a leak shows as growth). */
    heapBytes: () => core.HEAP8.length,
    /** Blocks the engine has allocated and not freed: the same after the same work (a leak shows exactly). */
    liveAllocations: () => {
      usable('liveAllocations');
      return engine.liveAllocations();
    },
    /** Frees the wasm engine; every later call throws. Safe to call twice. */
    dispose() {
      if (!disposed) {
        disposed = true;
        engine.delete();
      }
    },
  };
}

export default createTalentMatch;
