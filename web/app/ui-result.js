// One match result, rendered for a recruiter: the best answer first (or an honest "no confident
// match" with the coarser level), then salary, the posting with matched terms highlighted, other
// candidate positions, skilled occupations and qualifications. Used by Assess, Report and the
// widget; tolerant of optional keys the engine may leave out.
import { h, panel, uid } from './dom.js';
import { pickIn } from './i18n.js';
import { money } from './format.js';
import { highlightedText, matchedRanges, matchedTerms, recordExplanation, spanRange } from './highlight.js';
import { salaryPanel } from './ui-salary.js';
import {
  confidenceMeter, dimensionBars, illustrativeBadge, isIllustrative, provenanceBadge, stars, urgencyBadge, urgentListBadge,
} from './ui-ratings.js';

const POSTING_FIELDS = ['title', 'description', 'requirements', 'salary', 'location', 'industry', 'text'];

function translateOr(t, key, fallback) {
  const s = t(key);
  return s === key ? fallback : s;
}

/** The engine's notice (it says illustrative figures are involved), in the UI language. */
function noticeText(t, lang, result) {
  const n = result.notice ?? null;
  if (!n) return '';
  if (typeof n === 'object') return n[lang] ?? pickIn(lang, n, 'text') ?? '';
  return t('result.notice');
}

/** industry › core field › direction, from the full record when we have it. */
function pathOf(lang, position, summary) {
  if (position?.field) {
    return [pickIn(lang, position.field.industry, 'name'), pickIn(lang, position.field, 'name'), pickIn(lang, position.direction, 'name')];
  }
  return [summary?.industry_zh, summary?.field_zh, summary?.direction_zh];
}

function pathLine(parts) {
  const clean = parts.filter(Boolean);
  if (!clean.length) return null;
  return h('p', { class: 'path' }, clean.flatMap((p, i) => (i ? [h('span', { class: 'path-sep', 'aria-hidden': 'true' }, ' › '), p] : [p])));
}

function metric(label, ...value) {
  return h('div', { class: 'metric' }, h('span', { class: 'metric-label' }, label), h('span', { class: 'metric-value' }, ...value));
}

function secondaryName(lang, record, base) {
  const other = record?.[`${base}_${lang === 'zh' ? 'en' : 'zh'}`];
  return other && other !== pickIn(lang, record, base) ? h('span', { class: 'secondary-name', lang: lang === 'zh' ? 'en' : 'zh-CN' }, other) : null;
}

function positionCard(locale, result, position, { compact }) {
  const { t, lang } = locale;
  const best = result.best;
  const summary = (result.positions ?? []).find((p) => p.id === best.id) ?? {};
  const titleRecord = position ?? summary;
  const field = position?.field ?? (summary.dimensions ? { ...summary, provenance: summary.provenance } : null);
  const fieldStars = position?.field?.stars ?? summary.stars;
  const median = position?.salary_median ?? summary.salary_median;
  const medianRecord = position ?? summary;
  const titleId = uid('best-title');
  const card = h('article', { class: 'best-card best-position', 'aria-labelledby': titleId },
    h('p', { class: 'eyebrow' }, t('result.best_position')),
    h('h2', { id: titleId, class: 'best-title' },
      pickIn(lang, titleRecord, 'title') || pickIn(lang, best, 'name'), ' ', secondaryName(lang, titleRecord, 'title')),
    pathLine(pathOf(lang, position, summary)),
    h('div', { class: 'metrics' },
      metric(t('result.confidence'), confidenceMeter(locale, best.confidence)),
      typeof fieldStars === 'number'
        ? metric(t('result.scarcity'), stars(locale, fieldStars), ' ', position?.field ? provenanceBadge(locale, position.field, 'stars') : illustrativeBadge(locale))
        : null,
      typeof median === 'number'
        ? metric(t('result.median'), money(median, locale.lang), ' ', provenanceBadge(locale, medianRecord, 'salary_median'))
        : null));
  if (!compact && field?.dimensions) {
    card.append(h('div', { class: 'dimensions-block' },
      h('p', { class: 'dimensions-title' }, t('result.dimensions'), ' ', position?.field ? provenanceBadge(locale, position.field, 'dimensions') : illustrativeBadge(locale)),
      dimensionBars(locale, field.dimensions)));
  }
  if (!compact && best.id) card.append(h('p', { class: 'more-link' }, h('a', { href: `#/browse/position/${encodeURIComponent(best.id)}` }, t('result.position_details'))));
  return card;
}

function occupationCard(locale, result, occupation) {
  const { t, lang } = locale;
  const best = result.best;
  const summary = (result.occupations ?? []).find((o) => o.id === best.id) ?? {};
  const record = occupation ?? summary;
  const titleId = uid('best-title');
  return h('article', { class: 'best-card best-occupation', 'aria-labelledby': titleId },
    h('p', { class: 'eyebrow' }, t('result.best_occupation')),
    h('h2', { id: titleId, class: 'best-title' }, pickIn(lang, record, 'name') || pickIn(lang, best, 'name'), ' ', secondaryName(lang, record, 'name')),
    occupation?.category ? pathLine([pickIn(lang, occupation.category, 'name')]) : null,
    h('div', { class: 'metrics' },
      metric(t('result.confidence'), confidenceMeter(locale, best.confidence)),
      typeof record.urgency === 'number' ? metric(t('result.urgency'), urgencyBadge(locale, record), ' ', provenanceBadge(locale, record, 'urgency')) : null,
      typeof occupation?.salary_median === 'number'
        ? metric(t('result.median'), money(occupation.salary_median, locale.lang), ' ', provenanceBadge(locale, occupation, 'salary_median'))
        : null));
}

function fallbackLine(locale, result) {
  const { t, lang } = locale;
  const fallback = result.fallback;
  // A general role (a chip firm's sales manager) is not a lack of evidence: say what it is.
  if (!fallback && result.explanation?.normalisations?.includes('title_general_role'))
    return h('p', { class: 'fallback general-role' }, t('result.general_role'));
  if (!fallback) return h('p', { class: 'fallback' }, t('result.no_fallback'));
  const level = t(`level.${fallback.level}`);
  return h('p', { class: 'fallback' }, t('result.fallback', { level }), ' ', h('strong', {}, pickIn(lang, fallback, 'name')));
}

function noMatchCard(locale, result) {
  const { t } = locale;
  const titleId = uid('best-title');
  return h('article', { class: 'best-card best-none', 'aria-labelledby': titleId },
    h('p', { class: 'eyebrow' }, t('result.no_match_eyebrow')),
    h('h2', { id: titleId, class: 'best-title' }, t('result.no_match')),
    fallbackLine(locale, result),
    occupationHint(locale, result),
    h('p', { class: 'muted' }, t('result.no_match_explain')));
}

/** After an abstention, a skilled occupation with some evidence is worth naming. */
function occupationHint(locale, result) {
  const { t, lang } = locale;
  const top = (result.occupations ?? [])[0];
  if (!top || (top.confidence ?? 0) < MIN_OCCUPATION_CONFIDENCE) return null;
  return h('p', { class: 'fallback' }, t('result.maybe_occupation'), ' ', h('strong', {}, pickIn(lang, top, 'name')), ' ',
    urgencyBadge(locale, top), ' ', h('span', { class: 'muted' }, `(${t('result.confidence')} ${Math.round((top.confidence ?? 0) * 100)}%)`));
}

/** The first thing to read: the best answer or the honest abstention. */
export function bestCard(locale, result, details = {}, options = {}) {
  const kind = result?.best?.kind;
  if (kind === 'position') return positionCard(locale, result, details.position, options);
  if (kind === 'occupation') return occupationCard(locale, result, details.occupation);
  return noMatchCard(locale, result ?? {});
}

function postingFieldsOf(posting) {
  if (typeof posting === 'string') return [['text', posting]];
  if (!posting || typeof posting !== 'object') return [];
  return POSTING_FIELDS.filter((f) => typeof posting[f] === 'string' && posting[f].trim()).map((f) => [f, posting[f]]);
}

/** The posting as pasted, matched terms highlighted, plus the list of matched terms. */
export function postingPanel(locale, posting, result) {
  const { t } = locale;
  const labelFor = (labels) => labels.map((l) => translateOr(t, `matchfield.${l}`, l)).join(', ');
  const box = panel('panel posting-panel', t('result.posting_heading'));
  const explanation = recordExplanation(result);
  const allTerms = [];
  for (const [field, text] of postingFieldsOf(posting)) {
    const ranges = matchedRanges(explanation, text, field);
    const extras = [];
    const salary = spanRange(result.salary?.offsets ?? result.salary, text, field);
    if (salary) extras.push({ ...salary, className: 'mark-salary', title: t('result.salary_mark') });
    for (const q of result.qualifications ?? []) {
      for (const span of [].concat(q.offsets ?? [])) {
        const range = spanRange(span, text, field);
        if (range) extras.push({ ...range, className: 'mark-qualification', title: t('matchfield.qualification') });
      }
    }
    if (field !== 'text') box.append(h('h4', { class: 'field-label' }, t(`posting.${field}`)));
    box.append(highlightedText(text, ranges, { labelFor, extras }));
    allTerms.push(...matchedTerms(text, ranges));
  }
  if (allTerms.length) {
    box.append(h('p', { class: 'terms-heading' }, t('result.matched_terms')),
      h('ul', { class: 'chips' }, dedupeTerms(allTerms).slice(0, 40).map(({ term, labels }) =>
        h('li', { class: 'chip', title: labels.length ? labelFor(labels) : null }, term,
          labels.length ? h('span', { class: 'chip-note' }, ` · ${labelFor(labels.slice(0, 2))}${labels.length > 2 ? '…' : ''}`) : null))));
  } else {
    box.append(h('p', { class: 'muted' }, t('result.no_terms')));
  }
  const x = result.explanation ?? {};
  const notes = x.normalisations ?? x.normalizations ?? x.rewrites;
  if (Array.isArray(notes) && notes.length) {
    box.append(h('p', { class: 'muted small' }, t('result.normalizations'), ' ',
      notes.map((n) => translateOr(t, `normalization.${n}`, String(n).replace(/_/g, ' '))).join(' · ')));
  }
  return box;
}

function dedupeTerms(terms) {
  const seen = new Map();
  for (const term of terms) {
    const entry = seen.get(term.term);
    if (!entry) {
      seen.set(term.term, { term: term.term, labels: [...term.labels] });
      continue;
    }
    for (const l of term.labels) if (!entry.labels.includes(l)) entry.labels.push(l);
  }
  return [...seen.values()];
}

/**
 * The top-k candidate positions with confidence. After an abstention they stay folded away:
 * they are the nearest records, not answers.
 */
export function candidatesPanel(locale, result) {
  const { t, lang } = locale;
  const positions = result.positions ?? [];
  if (!positions.length) return null;
  const list = h('ol', { class: 'candidate-list' }, positions.map((p) =>
      h('li', { class: 'candidate' },
        h('div', { class: 'candidate-main' },
          h('a', { href: `#/browse/position/${encodeURIComponent(p.id)}` }, pickIn(lang, p, 'title')),
          ' ', provenanceBadge(locale, p),
          pathLine([p.industry_zh, p.field_zh, p.direction_zh].map((x, i) => (lang === 'en' ? p[['industry_en', 'field_en', 'direction_en'][i]] ?? x : x)))),
        h('div', { class: 'candidate-side' },
          typeof p.stars === 'number' ? stars(locale, p.stars) : null,
          confidenceMeter(locale, p.confidence)))));
  if (result.best?.kind === 'position') return panel('panel', t('result.candidates'), list);
  return panel('panel', t('result.candidates'), h('details', { class: 'nearest' }, h('summary', {}, t('result.nearest', { n: positions.length })), list));
}

// Occupations below this confidence are noise next to a position match: not shown.
const MIN_OCCUPATION_CONFIDENCE = 0.15;

/** Skilled occupations (技能人才急需紧缺职业) named by the posting. */
export function occupationsPanel(locale, result) {
  const { t, lang } = locale;
  const occupations = (result.occupations ?? []).filter((o) => o.id === result.best?.id || (o.confidence ?? 0) >= MIN_OCCUPATION_CONFIDENCE);
  if (!occupations.length) return null;
  return panel('panel', t('result.occupations'),
    h('ul', { class: 'plain-list' }, occupations.map((o) =>
      h('li', {}, h('strong', {}, pickIn(lang, o, 'name')), ' ', urgencyBadge(locale, o), ' ',
        typeof o.confidence === 'number' ? confidenceMeter(locale, o.confidence) : null))));
}

/** Which of the 12 services a holder of this qualification can use, from the services' rules. */
export function holderGains(qualification, services = []) {
  return services.filter((s) => {
    if (s.requires === 'any_qualification') return true;
    if (s.requires === 'urgent_qualification') return Boolean(qualification.urgent);
    if (s.requires === 'title_equivalent_qualification') return qualification.title_equivalent === 'intermediate';
    return false;
  });
}

/** Qualifications named in the posting, urgent-list ones marked, with what holders gain. */
export function qualificationsPanel(locale, result, details = {}) {
  const { t, lang } = locale;
  const qualifications = result.qualifications ?? [];
  if (!qualifications.length) return null;
  return panel('panel', t('result.qualifications'),
    h('ul', { class: 'plain-list' }, qualifications.map((q) => {
      const record = { ...q, ...(details.qualifications?.[q.id] ?? {}) };
      const gains = holderGains(record, details.services);
      const convenience = gains.filter((s) => s.tier === 'convenience').length;
      const upgraded = gains.filter((s) => s.tier === 'upgraded').length;
      return h('li', { class: 'qualification' },
        h('strong', {}, record.abbr || pickIn(lang, record, 'name')), ' ',
        record.abbr ? h('span', {}, pickIn(lang, record, 'name')) : null, ' ',
        record.urgent ? urgentListBadge(locale) : null,
        record.region ? h('span', { class: 'muted' }, ` · ${pickIn(lang, record.region, 'name')}`) : null,
        gains.length
          ? h('details', { class: 'gains' },
            h('summary', {}, t('result.gains', { convenience, upgraded })),
            h('ul', {}, gains.map((s) => h('li', {}, pickIn(lang, s, 'name'), s.tier === 'upgraded' ? h('span', { class: 'muted' }, ` (${t('tier.upgraded')})`) : null))))
          : null);
    })));
}

/** The whole result. `posting` is what was matched (string or fields). */
export function resultView(locale, { posting, result, details = {} }) {
  const notice = noticeText(locale.t, locale.lang, result);
  const hasIllustrative = Boolean(result.notice) || [details.position, details.position?.field, details.occupation].some((r) => r && (isIllustrative(r) || r.illustrative_fields?.length || r.salary_provenance === 'illustrative'));
  return h('div', { class: 'result' },
    notice ? h('p', { class: 'notice', role: 'note' }, notice) : null,
    bestCard(locale, result, details),
    typeof result.explanation?.reason === 'string' && result.explanation.reason
      ? h('details', { class: 'reason' }, h('summary', {}, locale.t('result.why')), h('p', { lang: 'en' }, result.explanation.reason))
      : null,
    hasIllustrative ? h('p', { class: 'muted small' }, illustrativeBadge(locale), ' ', locale.t('result.illustrative_note')) : null,
    h('div', { class: 'result-grid' },
      salaryPanel(locale, result.salary, details.position ?? details.occupation, { negotiable: Boolean(result.explanation?.salary_note) }),
      postingPanel(locale, posting, result)),
    candidatesPanel(locale, result),
    occupationsPanel(locale, result),
    qualificationsPanel(locale, result, details));
}

/** Fetches what the result refers to: the best record, the fallback, the named qualifications. */
export async function resultDetails(tm, result, services = []) {
  const details = { position: null, occupation: null, qualifications: {}, services };
  const jobs = [];
  const best = result?.best;
  if (best?.kind === 'position' && best.id) jobs.push(tm.get(best.id).then((r) => (details.position = r)));
  if (best?.kind === 'occupation' && best.id) jobs.push(tm.get(best.id).then((r) => (details.occupation = r)));
  for (const q of result?.qualifications ?? []) {
    if (q?.id) jobs.push(tm.get(q.id).then((r) => (details.qualifications[q.id] = r)));
  }
  await Promise.allSettled(jobs);
  return details;
}
