// By major (专业背景, new in the 2023 edition): a job seeker or a training institution types a
// major and sees every position that lists it, with stars and salary median.
import { announce, fill, h, uid } from './dom.js';
import { language, pick, t } from './i18n.js';
import { money } from './format.js';
import { engine, isUnsupported } from './engine.js';
import { containsQuery } from './text-search.js';
import { illustrativeBadge, stars } from './ui-ratings.js';
import { errorMessage } from './view-assess.js';

let query = '';
let hits = null;
const locale = () => ({ t, lang: language() });

/** The same question answered from the tree, when the engine has no positions_for_major. */
function searchTree(tree, text) {
  const out = [];
  for (const industry of tree) for (const field of industry.fields ?? []) for (const direction of field.directions ?? []) {
    for (const p of direction.positions ?? []) {
      const majors = [...(p.majors_zh ?? []), ...(p.majors_en ?? [])];
      const matched = majors.find((m) => containsQuery(text, m));
      if (matched) {
        out.push({ position_id: p.id, title_zh: p.title_zh, title_en: p.title_en, matched_major: matched,
          field: { id: field.id, name_zh: field.name_zh, name_en: field.name_en, stars: field.stars },
          salary_median: p.salary_median, salary_provenance: p.provenance });
      }
    }
  }
  return out.sort((a, b) => b.field.stars - a.field.stars || b.salary_median - a.salary_median);
}

async function search(text, data) {
  const tm = await engine();
  try {
    return await tm.positionsForMajor(text, { limit: 300 });
  } catch (error) {
    if (!isUnsupported(error)) throw error;
    return searchTree(data.tree, text);
  }
}

function resultsTable(rows) {
  if (!rows.length) return h('p', { class: 'muted' }, t('major.none', { q: query }));
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data-table' },
    h('caption', {}, t('major.caption', { n: rows.length, q: query })),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('browse.col_position')),
      h('th', { scope: 'col' }, t('browse.col_field')),
      h('th', { scope: 'col' }, t('browse.col_stars')),
      h('th', { scope: 'col', class: 'num' }, t('browse.col_median'), ' ', illustrativeBadge(locale())),
      h('th', { scope: 'col' }, t('major.col_major')))),
    h('tbody', {}, rows.map((r) => h('tr', {},
      h('td', {}, h('a', { href: `#/browse/position/${encodeURIComponent(r.position_id ?? r.id)}` }, pick(r, 'title'))),
      h('td', {}, pick(r.field, 'name')),
      h('td', {}, typeof r.field?.stars === 'number' ? stars(locale(), r.field.stars) : '—'),
      h('td', { class: 'num' }, money(r.salary_median)),
      h('td', {}, r.matched_major ?? ''))))));
}

export function renderMajor(target, data) {
  const id = uid('major');
  const results = h('div', { class: 'major-results' });
  const input = h('input', { id, type: 'search', value: query, placeholder: t('major.placeholder'), autocomplete: 'off' });
  const run = async () => {
    query = input.value.trim();
    if (!query) return;
    try {
      hits = await search(query, data);
      fill(results, resultsTable(hits));
      announce(t('major.caption', { n: hits.length, q: query }));
    } catch (error) {
      fill(results, h('p', { class: 'status status-error' }, errorMessage(error)));
    }
  };
  fill(target,
    h('p', { class: 'lead' }, t('major.lead')),
    h('form', { class: 'filters card', role: 'search', onsubmit: (e) => { e.preventDefault(); run(); } },
      h('div', { class: 'field wide' }, h('label', { for: id }, t('major.label')), input),
      h('div', { class: 'field filters-reset' }, h('button', { type: 'submit', class: 'primary' }, t('major.search')))),
    h('p', { class: 'muted small' }, t('major.examples'), ' ',
      ['微电子', '金融工程', 'computer science', '临床医学'].map((example) => h('button', {
        type: 'button', class: 'link-button',
        onclick: () => {
          input.value = example;
          run();
        },
      }, example))),
    results);
  if (hits && query) fill(results, resultsTable(hits));
}
