// The page's one link to the matching engine: a module Web Worker (lib/talentmatch-worker.js)
// started once, so matching never blocks the page. Catalogue listings are fetched once per
// loaded catalogue and cached here.
import { createTalentMatchWorker } from '../lib/talentmatch-worker.js';

let starting = null;
let listings = null;
const listeners = new Set();

/** The engine (started on first use); every method returns a Promise. */
export function engine() {
  starting ??= createTalentMatchWorker().catch((e) => {
    starting = null;
    throw e;
  });
  return starting;
}

/** Browsing data of the loaded catalogue: {tree, occupations, qualifications, services, stats, info}. */
export function catalogueData() {
  listings ??= engine()
    .then(async (tm) => {
      const [tree, occupations, qualifications, services, stats, info] = await Promise.all([
        tm.catalogue.tree(), tm.catalogue.occupations(), tm.catalogue.qualifications(),
        tm.catalogue.services(), tm.stats(), tm.info(),
      ]);
      return { tree, occupations, qualifications, services, stats, info };
    })
    .catch((e) => {
      listings = null;
      throw e;
    });
  return listings;
}

/**
 * Replaces the catalogue. Throws TalentMatchError with details.errors when invalid; the engine
 * then keeps the previous catalogue. `sources` is whatever createTalentMatch accepts (Files,
 * objects, URLs, or undefined for the bundled catalogue).
 */
export async function loadCatalogue(sources) {
  const tm = await engine();
  await tm.load(sources);
  listings = null;
  for (const listener of listeners) listener();
}

/** Called after every successful catalogue change. */
export function onCatalogueChange(listener) {
  listeners.add(listener);
}

/** True when the error says the engine build does not have the method yet. */
export function isUnsupported(error) {
  return /unknown (method|action)/i.test(error?.message ?? '');
}
