// MiniSearch 7 (BM25+ over a radix tree). It has no Chinese mode: it gets the shared
// CJK-bigram tokenizer for documents and distinct bigrams for queries (repeated query terms
// would otherwise be scored once per repetition), exact terms (no prefix/fuzzy: on bigrams
// they only add noise and time), OR across terms, and our field weights as boosts.
import MiniSearch from 'minisearch';
import { BOOST, FIELDS } from './documents.mjs';
import { tokenize, uniqueTokens } from './tokenize.mjs';
import { resolvePackageFiles } from './package_files.mjs';

export const name = 'minisearch';
export const library = 'minisearch@7';
export const tokenization = 'shared CJK-bigram + Latin-word tokenizer (no built-in Chinese mode)';

/** Library files a page would ship (the ES build the package exports). */
export const bundleFiles = () => resolvePackageFiles('minisearch');

export function create() {
  let index = null;
  return {
    build(documents) {
      index = new MiniSearch({
        fields: FIELDS,
        idField: 'id',
        tokenize,
        processTerm: (term) => term,  // already lower-cased and NFKC-folded
        searchOptions: { boost: BOOST, combineWith: 'OR', prefix: false, fuzzy: false, tokenize: uniqueTokens },
      });
      index.addAll(documents);
      return index;
    },
    search(text, { top = 5 } = {}) {
      const hits = index.search(text);
      const ids = new Array(Math.min(top, hits.length));
      for (let i = 0; i < ids.length; i++) ids[i] = hits[i].id;
      return ids;
    },
    /** The best hit with its BM25+ score (for the threshold a site would need to say "none"). */
    best(text) {
      const [hit] = index.search(text);
      return hit ? { id: hit.id, score: hit.score } : null;
    },
  };
}
