// Browse the overseas qualification catalogue 3.0 with search, field, region and urgent-list filters.
import { fill, h, uid } from './dom.js';
import { language, pick, t } from './i18n.js';
import { containsQuery } from './text-search.js';
import { provenanceBadge, urgentListBadge } from './ui-ratings.js';

const filters = { q: '', field: '', region: '', urgent: false };
const locale = () => ({ t, lang: language() });

function passes(q) {
  if (filters.urgent && !q.urgent) return false;
  if (filters.field && q.field?.id !== filters.field) return false;
  if (filters.region && q.region?.id !== filters.region) return false;
  return containsQuery(filters.q, q.id, q.abbr, q.name_zh, q.name_en, q.aliases ?? [], q.issuer_zh, q.issuer_en);
}

function select(id, key, options, update) {
  return h('select', { id, onchange: (e) => { filters[key] = e.target.value; update(); } },
    h('option', { value: '' }, t('browse.all')),
    options.map((o) => h('option', { value: o.id, selected: filters[key] === o.id }, pick(o, 'name'))));
}

export function renderQualifications(target, data) {
  const list = data.qualifications;
  const ids = { q: uid('q-q'), field: uid('q-f'), region: uid('q-r'), urgent: uid('q-u') };
  const body = h('tbody');
  const countLine = h('p', { class: 'muted', role: 'status' });
  const update = () => {
    const rows = (list.qualifications ?? []).filter(passes);
    countLine.textContent = t('browse.showing_qualifications', { n: rows.length });
    fill(body, rows.map((q) => h('tr', {},
      h('td', {}, h('a', { href: `#/browse/qualification/${encodeURIComponent(q.id)}` }, q.abbr || q.id)),
      h('td', {}, pick(q, 'name'), ' ', q.urgent ? urgentListBadge(locale()) : null),
      h('td', {}, pick(q, 'issuer')),
      h('td', {}, pick(q.region, 'name')),
      h('td', {}, pick(q.field, 'name'), ' ', provenanceBadge(locale(), q, 'field_id')))));
  };
  fill(target,
    h('form', { class: 'filters card', role: 'search', onsubmit: (e) => e.preventDefault() },
      h('div', { class: 'field wide' }, h('label', { for: ids.q }, t('browse.search')),
        h('input', { id: ids.q, type: 'search', value: filters.q, oninput: (e) => { filters.q = e.target.value; update(); } })),
      h('div', { class: 'field' }, h('label', { for: ids.field }, t('browse.qual_field')), select(ids.field, 'field', list.fields ?? [], update)),
      h('div', { class: 'field' }, h('label', { for: ids.region }, t('browse.qual_region')), select(ids.region, 'region', list.regions ?? [], update)),
      h('div', { class: 'field checkbox-field' },
        h('input', { id: ids.urgent, type: 'checkbox', checked: filters.urgent, onchange: (e) => { filters.urgent = e.target.checked; update(); } }),
        h('label', { for: ids.urgent }, t('browse.urgent_only')))),
    countLine,
    h('div', { class: 'table-scroll' }, h('table', { class: 'data-table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('browse.col_abbr')),
        h('th', { scope: 'col' }, t('browse.col_name')),
        h('th', { scope: 'col' }, t('browse.col_issuer')),
        h('th', { scope: 'col' }, t('browse.qual_region')),
        h('th', { scope: 'col' }, t('browse.qual_field')))),
      body)));
  update();
}
