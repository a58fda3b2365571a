// Chinese and English UI strings. The chosen language is remembered in localStorage; catalogue
// content is shown in that language where the catalogue has it (pick), else in the other one.
import zh from './strings-zh.js';
import en from './strings-en.js';

const DICTIONARIES = { zh, en };
const STORAGE_KEY = 'talentmatch.lang';
export const LANGUAGES = ['zh', 'en'];

function storedLanguage() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: fall back to the browser's language
  }
}

function initialLanguage() {
  const stored = storedLanguage();
  if (LANGUAGES.includes(stored)) return stored;
  const browser = (globalThis.navigator?.language ?? 'zh').toLowerCase();
  return browser.startsWith('en') ? 'en' : 'zh';
}

let current = initialLanguage();

/** A translate function for one language: t('key', {n: 3}) replaces {n}. Unknown keys show the key. */
export function translator(lang) {
  const dict = DICTIONARIES[lang] ?? DICTIONARIES.zh;
  const other = DICTIONARIES[lang === 'zh' ? 'en' : 'zh'];
  return (key, params) => {
    const template = dict[key] ?? other[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
  };
}

let translate = translator(current);

/** Translates with the current UI language. */
export const t = (key, params) => translate(key, params);

export const language = () => current;

/** A record's field in the given language, falling back to the other: pick(pos, 'title'). */
export function pickIn(lang, record, base) {
  if (!record) return '';
  const first = record[`${base}_${lang}`];
  if (first) return first;
  return record[`${base}_${lang === 'zh' ? 'en' : 'zh'}`] ?? record[base] ?? '';
}

export const pick = (record, base) => pickIn(current, record, base);

/** Sets text and attributes of elements marked data-i18n="key" / data-i18n-attr="attr:key;…". */
export function translateTree(root, tr = t) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = tr(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':').map((x) => x.trim());
      if (attr && key) el.setAttribute(attr, tr(key));
    }
  }
}

/** Switches the UI language, remembers it, and tells the views (window 'langchange'). */
export function setLanguage(lang) {
  if (!LANGUAGES.includes(lang)) return;
  current = lang;
  translate = translator(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered, still switched
  }
  applyDocumentLanguage();
  window.dispatchEvent(new CustomEvent('langchange', { detail: { lang } }));
}

export function applyDocumentLanguage() {
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  translateTree(document);
  document.title = t('app.title');
}
