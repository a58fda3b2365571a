// The tokenizer every library gets when it has no Chinese mode of its own: Han runs become
// overlapping character bigrams (a lone Han character stays a unigram), Latin/digit runs become
// lower-case words (keeping the + # . of C++, C#, Node.js inside a word). NFKC first, so
// full-width letters and digits (ＡＩ, ３年) read like their ASCII forms.
//
//   tokenize('数字IC设计工程师 (C++)')  →  ['数字', 'ic', '设计', '计工', '工程', '程师', 'c++']
//
// Written as a char-code loop: the libraries call it on every posting, so a slow tokenizer
// would be measured as a slow library.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isHan(cp) {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3134f);
}

function isWordChar(cp, ch) {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39);  // input is lower-cased
  return LETTER_OR_DIGIT.test(ch);
}

// '+', '#', '.' belong to a word only right after a word character (C++, C#, node.js);
// a trailing '.' is sentence punctuation.
const JOINERS = new Set([0x2b, 0x23, 0x2e]);

function pushWord(tokens, word) {
  let end = word.length;
  while (end > 0 && word.charCodeAt(end - 1) === 0x2e) end--;
  if (end > 0) tokens.push(end === word.length ? word : word.slice(0, end));
}

function pushHanRun(tokens, run) {
  if (run.length === 1) tokens.push(run[0]);
  for (let i = 0; i + 1 < run.length; i++) tokens.push(run[i] + run[i + 1]);
}

/** Tokens in text order, duplicates kept (index-time term frequency needs them). */
export function tokenize(text) {
  const s = String(text).normalize('NFKC').toLowerCase();
  const tokens = [];
  let han = [];
  let word = '';
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i);
    const ch = cp > 0xffff ? s.slice(i, i++ + 2) : s[i];
    if (isHan(cp)) {
      if (word) pushWord(tokens, word), (word = '');
      han.push(ch);
    } else if (isWordChar(cp, ch) || (word && JOINERS.has(cp))) {
      if (han.length) pushHanRun(tokens, han), (han = []);
      word += ch;
    } else {
      if (han.length) pushHanRun(tokens, han), (han = []);
      if (word) pushWord(tokens, word), (word = '');
    }
  }
  if (han.length) pushHanRun(tokens, han);
  if (word) pushWord(tokens, word);
  return tokens;
}

/** Distinct tokens in first-seen order (what a query needs). */
export function uniqueTokens(text) {
  return [...new Set(tokenize(text))];
}
