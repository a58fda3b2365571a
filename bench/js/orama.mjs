// Orama 3 (BM25 over a radix tree). Its own tokenizer splits on non-letters and knows no Chinese
// (a Han run would be one token), and the Mandarin tokenizer is a separate package; so it gets
// the shared CJK-bigram tokenizer as a custom tokenizer component, exact terms (tolerance 0),
// threshold 1 (a position needs only some of the posting's terms), our field weights as boosts.
import { create as createDb, insertMultiple, search as oramaSearch } from '@orama/orama';
import { BOOST, FIELDS } from './documents.mjs';
import { tokenize } from './tokenize.mjs';
import { resolvePackageFiles } from './package_files.mjs';

export const name = 'orama';
export const library = '@orama/orama@3';
export const tokenization = 'shared CJK-bigram + Latin-word tokenizer as a custom tokenizer component (no built-in Chinese; @orama/tokenizers not used)';

export const bundleFiles = () => resolvePackageFiles('@orama/orama');

// Orama's tokenizer contract; distinct tokens like its default tokenizer (allowDuplicates: false).
const bigramTokenizer = {
  language: 'chinese-bigram',
  normalizationCache: new Map(),
  tokenize: (raw) => (typeof raw === 'string' ? [...new Set(tokenize(raw))] : [raw]),
};

// Orama returns a promise only when a component is async; ours are all synchronous.
function settled(value) {
  if (value && typeof value.then === 'function') throw new Error('orama: unexpected asynchronous result');
  return value;
}

export function create() {
  let db = null;
  const hits = (text, top) =>
    settled(oramaSearch(db, { term: text, properties: FIELDS, boost: BOOST, tolerance: 0, threshold: 1, limit: top })).hits;
  return {
    build(documents) {
      db = settled(createDb({
        schema: Object.fromEntries([['pid', 'string'], ...FIELDS.map((f) => [f, 'string'])]),
        components: { tokenizer: bigramTokenizer },
      }));
      settled(insertMultiple(db, documents.map(({ id, ...fields }) => ({ pid: id, ...fields })), 1000));
      return db;
    },
    search(text, { top = 5 } = {}) {
      return hits(text, top).map((hit) => hit.document.pid);
    },
    /** The best hit with its BM25 score (for the threshold a site would need to say "none"). */
    best(text) {
      const [hit] = hits(text, 1);
      return hit ? { id: hit.document.pid, score: hit.score } : null;
    },
  };
}
