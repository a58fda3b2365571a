// Small visual pieces: provenance badges, stars, the three scarcity dimensions as bars,
// confidence meters, urgency. Each takes a locale {t, lang} so the widget can use its own.
import { h } from './dom.js';
import { confidenceBand, percent } from './format.js';

/** True when the record's field (or the whole record) is authored by the project. */
export function isIllustrative(record, field) {
  if (!record) return false;
  if (record.provenance === 'illustrative') return true;
  if (field && record[`${field}_provenance`] === 'illustrative') return true;
  return Boolean(field && Array.isArray(record.illustrative_fields) && record.illustrative_fields.includes(field));
}

/** The "illustrative" label shown next to every figure the project authored. */
export function illustrativeBadge({ t }) {
  return h('a', { class: 'badge badge-illustrative', href: '#/about', title: t('badge.illustrative_title') }, t('badge.illustrative'));
}

export function officialBadge({ t }) {
  return h('span', { class: 'badge badge-official', title: t('badge.official_title') }, t('badge.official'));
}

/** The badge for a record (or one field of it), or null when it is from the publication. */
export function provenanceBadge(locale, record, field) {
  return isIllustrative(record, field) ? illustrativeBadge(locale) : null;
}

/** ★★★★☆ with a text alternative; 5 stars = scarcest. */
export function stars({ t }, count) {
  const n = Math.max(0, Math.min(5, Math.round(Number(count) || 0)));
  return h('span', { class: 'stars', role: 'img', 'aria-label': t('rating.stars_label', { n }) },
    h('span', { class: 'stars-on', 'aria-hidden': 'true' }, '★'.repeat(n)),
    h('span', { class: 'stars-off', 'aria-hidden': 'true' }, '★'.repeat(5 - n)));
}

const DIMENSIONS = ['supply_demand', 'training', 'transfer'];

/** The three scarcity dimensions (1–5 each) as small segmented bars. */
export function dimensionBars(locale, dimensions) {
  const { t } = locale;
  if (!dimensions) return null;
  return h('dl', { class: 'dimensions' },
    DIMENSIONS.filter((d) => typeof dimensions[d] === 'number').map((d) => {
      const value = Math.max(0, Math.min(5, dimensions[d]));
      return h('div', { class: 'dimension' },
        h('dt', {}, t(`dimension.${d}`)),
        h('dd', {},
          h('span', { class: 'segments', role: 'img', 'aria-label': t('rating.of_five', { n: value }) },
            [1, 2, 3, 4, 5].map((i) => h('span', { class: i <= value ? 'segment on' : 'segment', 'aria-hidden': 'true' }))),
          h('span', { class: 'dimension-value', 'aria-hidden': 'true' }, `${value}/5`)));
    }));
}

/** A confidence bar with its percentage and band (high / medium / low). */
export function confidenceMeter({ t }, confidence) {
  const band = confidenceBand(confidence);
  const width = `${Math.round(Math.max(0, Math.min(1, Number(confidence) || 0)) * 100)}%`;
  return h('span', { class: `confidence confidence-${band}` },
    h('span', { class: 'confidence-track', 'aria-hidden': 'true' },
      h('span', { class: 'confidence-fill', style: { width } })),
    h('span', { class: 'confidence-text' }, t(`confidence.${band}`, { p: percent(confidence) })));
}

/** 非常急需紧缺 / Very urgently needed, from the occupation or the level number. */
export function urgencyBadge({ t, lang }, occupation) {
  const level = occupation?.urgency;
  const name = occupation?.[`urgency_${lang}`] ?? t(`urgency.${level}`);
  return h('span', { class: `badge urgency urgency-${level ?? 0}` }, name);
}

export function urgentListBadge({ t }) {
  return h('span', { class: 'badge badge-urgent', title: t('badge.urgent_title') }, t('badge.urgent'));
}
