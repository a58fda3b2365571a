// FlexSearch 0.8 (contextual inverted index; ranks by where a term sits in a document, not by
// BM25). Configurations tried on the labelled set's 345 position postings (top-1):
//   Charset.CJK (its Chinese mode: one token per character)        0.23
//   Charset.CJK + context (depth 1, bidirectional)                 0.58
//   Document per field + shared bigram encoder, merged             0.73
//   Document + Resolver or-chain with our field boosts             0.63
//   one Index over the fields in weight order + bigram encoder     0.99  ← used
// The last one is also the fastest: field order stands in for field weights, because
// FlexSearch scores earlier terms higher. `suggest` makes a long posting match a position
// that holds only some of its terms (the default is AND).
import { Index } from 'flexsearch';
import { FIELDS } from './documents.mjs';
import { tokenize } from './tokenize.mjs';
import { resolvePackageFiles } from './package_files.mjs';

export const name = 'flexsearch';
export const library = 'flexsearch@0.8';
export const tokenization = 'shared CJK-bigram + Latin-word tokenizer as `encode` (beats its Charset.CJK mode)';

export const bundleFiles = () => resolvePackageFiles('flexsearch');

export function create() {
  let index = null;
  return {
    build(documents) {
      index = new Index({ tokenize: 'strict', encode: tokenize, resolution: 9 });
      for (const doc of documents) index.add(doc.id, FIELDS.map((f) => doc[f]).join(' ; '));
      return index;
    },
    search: (text, { top = 5 } = {}) => index.search(text, { suggest: true, limit: top }),
  };
}
