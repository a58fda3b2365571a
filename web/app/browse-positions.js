// Browse the key-industry catalogue as a tree (industry → core field → direction → position)
// with filters: search, industry, minimum stars, salary range.
import { byId, fill, h, uid } from './dom.js';
import { pick, t, language } from './i18n.js';
import { money } from './format.js';
import { containsQuery } from './text-search.js';
import { illustrativeBadge, isIllustrative, stars } from './ui-ratings.js';

const filters = { q: '', industry: '', minStars: '', salaryMin: '', salaryMax: '' };
const locale = () => ({ t, lang: language() });

function active() {
  return Object.values(filters).some((v) => v !== '');
}

function positionPasses(position, field, direction, industry) {
  if (filters.industry && industry.id !== filters.industry) return false;
  if (filters.minStars && field.stars < Number(filters.minStars)) return false;
  const wan = position.salary_median / 10000;
  if (filters.salaryMin !== '' && !(wan >= Number(filters.salaryMin))) return false;
  if (filters.salaryMax !== '' && !(wan <= Number(filters.salaryMax))) return false;
  return containsQuery(filters.q, position.id, position.title_zh, position.title_en, position.majors_zh ?? [], position.majors_en ?? [],
    direction.name_zh, direction.name_en, field.name_zh, field.name_en);
}

/** The tree pruned to what passes the filters, with counts. */
function filteredTree(tree) {
  const out = [];
  for (const industry of tree) {
    const fields = [];
    for (const field of industry.fields ?? []) {
      const directions = [];
      for (const direction of field.directions ?? []) {
        const positions = (direction.positions ?? []).filter((p) => positionPasses(p, field, direction, industry));
        if (positions.length) directions.push({ ...direction, positions });
      }
      if (directions.length) fields.push({ ...field, directions, count: directions.reduce((n, d) => n + d.positions.length, 0) });
    }
    if (fields.length) out.push({ ...industry, fields, count: fields.reduce((n, f) => n + f.count, 0) });
  }
  return out;
}

function filterForm(tree, onChange) {
  const ids = { q: uid('f-q'), industry: uid('f-ind'), minStars: uid('f-stars'), salaryMin: uid('f-smin'), salaryMax: uid('f-smax') };
  const input = (key, props) => h('input', {
    id: ids[key], value: filters[key], ...props,
    oninput: (e) => {
      filters[key] = e.target.value.trim();
      onChange();
    },
  });
  const select = (key, options) => h('select', {
    id: ids[key],
    onchange: (e) => {
      filters[key] = e.target.value;
      onChange();
    },
  }, options.map(([value, label]) => h('option', { value, selected: filters[key] === value }, label)));
  return h('form', { class: 'filters card', role: 'search', onsubmit: (e) => e.preventDefault() },
    h('div', { class: 'field wide' }, h('label', { for: ids.q }, t('browse.search')), input('q', { type: 'search', placeholder: t('browse.search_placeholder') })),
    h('div', { class: 'field' }, h('label', { for: ids.industry }, t('browse.industry')),
      select('industry', [['', t('browse.all')], ...tree.map((i) => [i.id, pick(i, 'name')])])),
    h('div', { class: 'field' }, h('label', { for: ids.minStars }, t('browse.min_stars')),
      select('minStars', [['', t('browse.all')], ...[5, 4, 3, 2].map((n) => [String(n), t('browse.stars_at_least', { n })])])),
    h('div', { class: 'field' }, h('label', { for: ids.salaryMin }, t('browse.salary_min')), input('salaryMin', { type: 'number', min: 0, step: 1, inputmode: 'numeric' })),
    h('div', { class: 'field' }, h('label', { for: ids.salaryMax }, t('browse.salary_max')), input('salaryMax', { type: 'number', min: 0, step: 1, inputmode: 'numeric' })),
    h('div', { class: 'field filters-reset' }, h('button', {
      type: 'reset',
      onclick: () => {
        for (const key of Object.keys(filters)) filters[key] = '';
        onChange(true);
      },
    }, t('browse.reset'))));
}

function positionItem(position) {
  return h('li', { class: 'tree-position' },
    h('a', { href: `#/browse/position/${encodeURIComponent(position.id)}` }, pick(position, 'title')),
    h('span', { class: 'tree-salary' }, money(position.salary_median)));
}

function treeView(tree) {
  const open = active();
  if (!tree.length) return h('p', { class: 'muted' }, t('browse.nothing'));
  return h('ul', { class: 'tree' }, tree.map((industry) => h('li', {},
    h('details', { class: 'tree-industry', open: open || tree.length === 1 },
      h('summary', {}, h('span', { class: 'tree-name' }, pick(industry, 'name')),
        h('span', { class: 'count' }, t('browse.count_positions', { n: industry.count }))),
      h('ul', { class: 'tree-fields' }, industry.fields.map((field) => h('li', {},
        h('details', { class: 'tree-field', open },
          h('summary', {}, h('span', { class: 'tree-name' }, pick(field, 'name')), ' ', stars(locale(), field.stars),
            isIllustrative(field, 'stars') ? illustrativeBadge(locale()) : null,
            h('span', { class: 'count' }, t('browse.count_positions', { n: field.count }))),
          field.directions.map((direction) => h('div', { class: 'tree-direction' },
            h('p', { class: 'tree-direction-name' }, pick(direction, 'name')),
            h('ul', { class: 'tree-positions' }, direction.positions.map(positionItem))))))))))));
}

/** Renders into `target`; `data` is catalogueData(). Keeps focus in the filter being typed in. */
export function renderPositions(target, data) {
  const treeBox = h('div', { class: 'tree-box' });
  const countLine = h('p', { class: 'muted', role: 'status' });
  const update = () => {
    const tree = filteredTree(data.tree);
    const n = tree.reduce((sum, i) => sum + i.count, 0);
    countLine.textContent = t('browse.showing', { n });
    fill(treeBox, treeView(tree));
  };
  const form = filterForm(data.tree, (reset) => {
    if (reset) setTimeout(update);
    else update();
  });
  fill(target, form,
    h('p', { class: 'muted small' }, illustrativeBadge(locale()), ' ', t('browse.salary_note')),
    countLine, treeBox);
  update();
}
