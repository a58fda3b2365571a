// The salary a posting offers against the reference median, as a CSS bar chart plus the verdict
// in words. Positions are set through CSSOM (element.style), which the CSP allows.
import { h, panel } from './dom.js';
import { money, moneyRange, ratio } from './format.js';
import { illustrativeBadge } from './ui-ratings.js';

function medianOf(salary, reference) {
  for (const key of ['median', 'median_cny', 'reference_median', 'salary_median']) {
    if (typeof salary?.[key] === 'number') return salary[key];
  }
  return typeof reference?.salary_median === 'number' ? reference.salary_median : null;
}

function verdictOf(salary, median) {
  if (salary?.verdict) return salary.verdict;
  const r = ratioOf(salary, median);
  if (r === null) return null;
  return r < 0.9 ? 'below' : r > 1.1 ? 'above' : 'around';
}

function ratioOf(salary, median) {
  if (typeof salary?.ratio_to_median === 'number') return salary.ratio_to_median;
  const [lo, hi] = salary?.annual_cny ?? [];
  if (!median || typeof lo !== 'number' || typeof hi !== 'number') return null;
  return (lo + hi) / 2 / median;
}

const pct = (x, max) => `${Math.max(0, Math.min(100, (x / max) * 100)).toFixed(2)}%`;

function chart(locale, [lo, hi], median, verdict) {
  const { t } = locale;
  const max = Math.max(hi, median ?? 0) * 1.2 || 1;
  const label = median
    ? t('salary.chart_label', { offer: moneyRange([lo, hi], locale.lang), median: money(median, locale.lang) })
    : t('salary.chart_label_no_median', { offer: moneyRange([lo, hi], locale.lang) });
  const track = h('div', { class: 'salary-track' },
    h('div', {
      class: `salary-offer verdict-${verdict ?? 'none'}`,
      style: { left: pct(lo, max), width: `max(6px, ${pct(hi - lo, max)})` },
    }));
  if (median) {
    track.append(h('div', { class: 'salary-median', style: { left: pct(median, max) } },
      h('span', { class: 'salary-median-label' }, t('salary.median_short', { median: money(median, locale.lang) }))));
  }
  return h('div', { class: 'salary-chart', role: 'img', 'aria-label': label },
    track,
    h('div', { class: 'salary-scale', 'aria-hidden': 'true' }, h('span', {}, money(0, locale.lang)), h('span', {}, money(max, locale.lang))));
}

/**
 * salary: the match result's salary (null when the posting states none). reference: the matched
 * record holding salary_median and salary_provenance.
 */
export function salaryPanel(locale, salary, reference, { negotiable = false } = {}) {
  const { t } = locale;
  const box = panel('panel salary-panel', t('salary.heading'));
  if (!salary) {
    box.append(h('p', { class: 'muted' }, negotiable ? t('salary.negotiable', { text: '面议' }) : t('salary.none')));
    return box;
  }
  const [lo, hi] = Array.isArray(salary.annual_cny) ? salary.annual_cny : [0, 0];
  if (salary.negotiable || !(hi > 0)) {
    box.append(h('p', { class: 'muted' }, t('salary.negotiable', { text: salary.text ?? '面议' })));
    return box;
  }
  const median = medianOf(salary, reference);
  const verdict = verdictOf(salary, median);
  const illustrativeMedian = salary.median_provenance
    ? salary.median_provenance === 'illustrative'
    : reference?.salary_provenance === 'illustrative';
  box.append(
    chart(locale, salary.annual_cny, median, verdict),
    h('dl', { class: 'salary-facts' },
      h('div', {}, h('dt', {}, t('salary.offered')),
        h('dd', {}, moneyRange(salary.annual_cny, locale.lang), ' ', t('salary.per_year'),
          salary.text ? h('span', { class: 'muted' }, ` (${t('salary.as_written', { text: salary.text })})`) : null)),
      median ? h('div', {}, h('dt', {}, t('salary.median')),
        h('dd', {}, money(median, locale.lang), ' ', t('salary.per_year'), ' ', illustrativeMedian ? illustrativeBadge(locale) : null)) : null),
    verdict
      ? h('p', { class: `verdict verdict-${verdict}` },
        h('strong', {}, t(`salary.verdict_${verdict}`)), ' ',
        ratioOf(salary, median) !== null ? t('salary.ratio', { ratio: ratio(ratioOf(salary, median)) }) : '')
      : h('p', { class: 'muted' }, t('salary.no_reference')));
  return box;
}
