// Browse the skilled-occupations catalogue (技能人才急需紧缺职业(工种)目录) by category, with
// search, urgency and "new in 2023" filters.
import { fill, h, uid } from './dom.js';
import { language, pick, t } from './i18n.js';
import { money } from './format.js';
import { containsQuery } from './text-search.js';
import { illustrativeBadge, provenanceBadge, urgencyBadge } from './ui-ratings.js';

const filters = { q: '', urgency: '', newOnly: false };
const locale = () => ({ t, lang: language() });

function passes(o) {
  if (filters.urgency && String(o.urgency) !== filters.urgency) return false;
  if (filters.newOnly && !o.new_in_2023) return false;
  return containsQuery(filters.q, o.id, o.name_zh, o.name_en, o.code ?? '', o.aliases_zh ?? [], o.aliases_en ?? []);
}

function table(occupations) {
  return h('table', { class: 'data-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('browse.col_occupation')),
      h('th', { scope: 'col' }, t('browse.col_urgency')),
      h('th', { scope: 'col' }, t('browse.col_code')),
      h('th', { scope: 'col', class: 'num' }, t('browse.col_median')))),
    h('tbody', {}, occupations.map((o) => h('tr', {},
      h('td', {}, h('a', { href: `#/browse/occupation/${encodeURIComponent(o.id)}` }, pick(o, 'name')),
        o.new_in_2023 ? h('span', { class: 'badge badge-new' }, t('badge.new_2023')) : null),
      h('td', {}, urgencyBadge(locale(), o), ' ', provenanceBadge(locale(), o, 'urgency')),
      h('td', {}, o.code ?? '—', ' ', o.code ? provenanceBadge(locale(), o, 'code') : null),
      h('td', { class: 'num' }, money(o.salary_median), ' ', provenanceBadge(locale(), o, 'salary_median'))))));
}

export function renderOccupations(target, data) {
  const levels = data.occupations.urgency_levels ?? [];
  const ids = { q: uid('o-q'), urgency: uid('o-u'), fresh: uid('o-new') };
  const list = h('div');
  const countLine = h('p', { class: 'muted', role: 'status' });
  const update = () => {
    let n = 0;
    fill(list, (data.occupations.categories ?? []).map((category) => {
      const rows = (category.occupations ?? []).filter(passes);
      n += rows.length;
      return rows.length ? h('section', { class: 'category' }, h('h2', { class: 'h3' }, pick(category, 'name')), table(rows)) : null;
    }));
    countLine.textContent = t('browse.showing_occupations', { n });
  };
  fill(target,
    h('form', { class: 'filters card', role: 'search', onsubmit: (e) => e.preventDefault() },
      h('div', { class: 'field wide' }, h('label', { for: ids.q }, t('browse.search')),
        h('input', { id: ids.q, type: 'search', value: filters.q, oninput: (e) => { filters.q = e.target.value; update(); } })),
      h('div', { class: 'field' }, h('label', { for: ids.urgency }, t('browse.col_urgency')),
        h('select', { id: ids.urgency, onchange: (e) => { filters.urgency = e.target.value; update(); } },
          h('option', { value: '' }, t('browse.all')),
          levels.map((l) => h('option', { value: String(l.level), selected: filters.urgency === String(l.level) }, pick(l, 'name'))))),
      h('div', { class: 'field checkbox-field' },
        h('input', { id: ids.fresh, type: 'checkbox', checked: filters.newOnly, onchange: (e) => { filters.newOnly = e.target.checked; update(); } }),
        h('label', { for: ids.fresh }, t('browse.new_only')))),
    h('p', { class: 'muted small' }, illustrativeBadge(locale()), ' ', t('browse.occupation_note')),
    countLine, list);
  update();
}
