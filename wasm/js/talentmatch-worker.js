// The same API as talentmatch.js, running in a module Web Worker so the page never blocks.
// Every method returns a Promise of the result the main-thread API would return.
//
//   import { createTalentMatchWorker } from './talentmatch-worker.js';
//   const tm = await createTalentMatchWorker();
//   const result = await tm.match('数字IC设计工程师 …');
//   tm.dispose();
import { TalentMatchError } from './talentmatch.js';

export { TalentMatchError };

/**
 * @param {import('./talentmatch').TalentMatchOptions & {workerUrl?: string | URL}} [options]
 * @returns {Promise<import('./talentmatch-worker').TalentMatchWorker>}
 */
export async function createTalentMatchWorker(options = {}) {
  const { workerUrl, ...rest } = options;
  // The literal new Worker(new URL(...)) form lets bundlers find and bundle the worker.
  const worker = workerUrl
    ? new Worker(workerUrl, { type: 'module' })
    : new Worker(new URL('./talentmatch.worker.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let nextId = 1;

  worker.onmessage = ({ data }) => {
    const entry = pending.get(data.id);
    if (!entry) return;
    if (data.progress) return entry.onProgress?.(data.progress.done, data.progress.total);
    pending.delete(data.id);
    if ('error' in data) entry.reject(new TalentMatchError(data.error, data.details));
    else entry.resolve(data.result);
  };
  worker.onerror = (event) => {
    const error = new TalentMatchError(`worker failed: ${event.message ?? 'unknown error'}`);
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };

  function send(action, args = [], onProgress) {
    if (!worker) return Promise.reject(new TalentMatchError(`${action}: this worker was disposed`));
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ id, action, args });
    });
  }

  // Blob/File catalogues are structured-cloneable; URLs travel as strings.
  const init = { ...rest, catalogue: rest.catalogue instanceof URL ? rest.catalogue.href : rest.catalogue };
  await send('init', [init]);

  let live = true;
  const api = (action) => (...args) => (live ? send(action, args) : Promise.reject(new TalentMatchError(`${action}: this worker was disposed`)));
  return {
    load: (catalogue) => send('load', [catalogue instanceof URL ? catalogue.href : catalogue]),
    stats: api('stats'),
    info: api('info'),
    get: api('get'),
    find: api('find'),
    match: api('match'),
    matchMany: (postings, { onProgress, ...opts } = {}) => send('matchMany', [postings, opts], onProgress),
    findQualification: api('findQualification'),
    check: api('check'),
    positionsForMajor: api('positionsForMajor'),
    catalogue: {
      tree: api('catalogue.tree'),
      occupations: api('catalogue.occupations'),
      qualifications: api('catalogue.qualifications'),
      services: api('catalogue.services'),
      get: api('get'),
    },
    heapBytes: api('heapBytes'),
    liveAllocations: api('liveAllocations'),
    /** Rejects pending calls' successors, frees the engine and stops the worker. */
    async dispose() {
      if (!live) return;
      live = false;
      await send('dispose').catch(() => {});
      worker.terminate();
    },
  };
}
