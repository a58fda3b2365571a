// Module Web Worker hosting one TalentMatch instance. Protocol (sql.js style):
// request {id, action, args}; reply {id, result} | {id, error} | {id, progress: {done, total}}.
import { createTalentMatch } from './talentmatch.js';

let instance = null;

function ready(action) {
  if (!instance) throw new Error(`${action}: the worker was not initialised`);
  return instance;
}

const actions = {
  async init(options) {
    instance?.dispose();
    instance = await createTalentMatch(options);
    return instance.stats();
  },
  load: (catalogue) => ready('load').load(catalogue),
  matchMany: (postings, options, reply) =>
    ready('matchMany').matchMany(postings, { ...options, onProgress: (done, total) => reply({ progress: { done, total } }) }),
  dispose() {
    instance?.dispose();
    instance = null;
  },
};

const NESTED = { tree: 'tree', occupations: 'occupations', qualifications: 'qualifications', services: 'services' };

self.onmessage = async (event) => {
  const { id, action, args = [] } = event.data ?? {};
  const reply = (message) => self.postMessage({ id, ...message });
  try {
    let result;
    if (typeof action !== 'string') {
      throw new Error(`expected a message {id, action, args}, got action ${typeof action}`);
    } else if (Object.hasOwn(actions, action)) {
      result = await actions[action](...args, reply);
    } else if (action.startsWith('catalogue.') && Object.hasOwn(NESTED, action.slice(10))) {
      result = ready(action).catalogue[NESTED[action.slice(10)]](...args);
    } else if (Object.hasOwn(ready(action), action) && typeof instance[action] === 'function') {
      result = await instance[action](...args);
    } else {
      throw new Error(`unknown action '${action}'`);
    }
    reply({ result });
  } catch (e) {
    reply({ error: e?.message ?? String(e), details: e?.details });
  }
};
