// Everything we hold about one catalogue record (position, skilled occupation or overseas
// qualification), including where each figure comes from.
import { fill, h, panel } from './dom.js';
import { language, pick, t } from './i18n.js';
import { money } from './format.js';
import { engine } from './engine.js';
import { errorMessage } from './view-assess.js';
import { holderGains } from './ui-result.js';
import {
  dimensionBars, illustrativeBadge, officialBadge, provenanceBadge, stars, urgencyBadge, urgentListBadge,
} from './ui-ratings.js';

const locale = () => ({ t, lang: language() });

function row(label, ...value) {
  const content = value.filter((v) => v !== null && v !== undefined && v !== '');
  return content.length ? h('div', { class: 'fact' }, h('dt', {}, label), h('dd', {}, ...content)) : null;
}

function list(items) {
  return items?.length ? h('ul', { class: 'inline-list' }, items.map((x) => h('li', {}, x))) : null;
}

function provenanceBlock(record) {
  const fields = record.illustrative_fields ?? [];
  return panel('panel provenance', t('record.provenance'),
    h('p', {}, record.provenance === 'publication' ? officialBadge(locale()) : illustrativeBadge(locale()), ' ',
      t(record.provenance === 'publication' ? 'record.from_publication' : 'record.authored')),
    fields.length ? h('p', { class: 'muted small' }, t('record.illustrative_fields'), ' ', fields.map((f) => (t(`fieldname.${f}`) === `fieldname.${f}` ? f : t(`fieldname.${f}`))).join(t('list.sep'))) : null);
}

function positionPage(p) {
  const { lang } = locale();
  const field = p.field ?? {};
  return [
    h('p', { class: 'path' }, [pick(field.industry, 'name'), pick(field, 'name'), pick(p.direction, 'name')].filter(Boolean).join(' › ')),
    h('h2', { class: 'record-title' }, pick(p, 'title'), ' ', h('span', { class: 'secondary-name' }, p[`title_${lang === 'zh' ? 'en' : 'zh'}`] ?? '')),
    h('div', { class: 'result-grid' },
      panel('panel', t('record.scarcity'),
        h('p', {}, stars(locale(), field.stars), ' ', provenanceBadge(locale(), field, 'stars'), ' ',
          h('span', { class: 'muted' }, t('record.stars_of', { field: pick(field, 'name') }))),
        field.dimensions ? h('div', {}, provenanceBadge(locale(), field, 'dimensions'), dimensionBars(locale(), field.dimensions)) : null),
      panel('panel', t('record.details'),
        h('dl', { class: 'facts' },
          row(t('result.median'), money(p.salary_median), ' ', provenanceBadge(locale(), p, 'salary_median')),
          row(t('record.aliases'), list(lang === 'zh' ? [...(p.aliases_zh ?? []), ...(p.aliases_en ?? [])] : [...(p.aliases_en ?? []), ...(p.aliases_zh ?? [])])),
          row(t('record.majors'), list(lang === 'zh' ? p.majors_zh : p.majors_en)),
          row(t('record.id'), p.id)))),
    panel('panel', t('record.competencies'), h('p', { class: 'prose' }, pick(p, 'competencies') || '—')),
    provenanceBlock(p),
  ];
}

function occupationPage(o) {
  return [
    o.category ? h('p', { class: 'path' }, pick(o.category, 'name')) : null,
    h('h2', { class: 'record-title' }, pick(o, 'name')),
    panel('panel', t('record.details'), h('dl', { class: 'facts' },
      row(t('result.urgency'), urgencyBadge(locale(), o), ' ', provenanceBadge(locale(), o, 'urgency')),
      row(t('browse.col_code'), o.code ?? '—', ' ', o.code ? provenanceBadge(locale(), o, 'code') : null),
      row(t('result.median'), money(o.salary_median), ' ', provenanceBadge(locale(), o, 'salary_median')),
      row(t('record.aliases'), list([...(o.aliases_zh ?? []), ...(o.aliases_en ?? [])])),
      row(t('badge.new_2023'), o.new_in_2023 ? t('check.yes') : t('check.no')),
      row(t('record.id'), o.id))),
    o.tasks_zh || o.tasks_en ? panel('panel', t('record.tasks'), h('p', { class: 'prose' }, pick(o, 'tasks'))) : null,
    provenanceBlock(o),
  ];
}

function qualificationPage(q, services) {
  const gains = holderGains(q, services);
  return [
    q.field ? h('p', { class: 'path' }, pick(q.field, 'name')) : null,
    h('h2', { class: 'record-title' }, q.abbr ? `${q.abbr} · ` : '', pick(q, 'name'), ' ', q.urgent ? urgentListBadge(locale()) : null),
    panel('panel', t('record.details'), h('dl', { class: 'facts' },
      row(t('browse.col_issuer'), pick(q, 'issuer')),
      row(t('browse.qual_region'), pick(q.region, 'name')),
      row(t('record.aliases'), list(q.aliases)),
      row(t('record.title_equivalent'), q.title_equivalent === 'intermediate' ? t('record.intermediate') : t('check.no'),
        ' ', provenanceBadge(locale(), q, 'title_equivalent')),
      q.urgent ? row(t('record.urgent_since'), q.urgent_since) : null,
      row(t('record.id'), q.id))),
    gains.length ? panel('panel', t('record.holder_gains'),
      h('ul', {}, gains.map((s) => h('li', {}, h('strong', {}, pick(s, 'name')), ' — ', pick(s, 'text'))))) : null,
    provenanceBlock(q),
  ];
}

export async function renderRecord(target, id, data) {
  fill(target, h('p', { class: 'muted' }, t('app.loading')));
  try {
    const tm = await engine();
    const record = await tm.get(id);
    const back = h('p', { class: 'no-print' }, h('a', { href: record?.kind === 'qualification' ? '#/browse/qualifications' : record?.kind === 'occupation' ? '#/browse/occupations' : '#/browse' }, `← ${t('record.back')}`));
    if (!record) {
      fill(target, back, h('p', { class: 'status status-error' }, t('record.unknown', { id })));
      return;
    }
    const body = record.kind === 'position' ? positionPage(record)
      : record.kind === 'occupation' ? occupationPage(record)
        : record.kind === 'qualification' ? qualificationPage(record, data.services)
          : [h('h2', {}, pick(record, 'name') || record.id), provenanceBlock(record)];
    fill(target, back, h('article', { class: 'record' }, body));
  } catch (error) {
    fill(target, h('p', { class: 'status status-error' }, errorMessage(error)));
  }
}
