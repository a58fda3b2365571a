// Numbers as a recruiter reads them: annual salaries in 万 (zh) or k (en), confidences as percent.
import { language } from './i18n.js';

/** 480000 → "48万" (zh) or "¥480k" (en). */
export function money(cny, lang = language()) {
  if (typeof cny !== 'number' || !Number.isFinite(cny)) return '—';
  if (lang === 'zh') {
    const wan = cny / 10000;
    return `${wan.toLocaleString('zh-CN', { maximumFractionDigits: wan < 10 ? 1 : 0 })}万`;
  }
  const k = cny / 1000;
  return `¥${k.toLocaleString('en-US', { maximumFractionDigits: k < 100 ? 1 : 0 })}k`;
}

/** [300000, 480000] → "30万–48万"; a single figure when both ends agree. */
export function moneyRange(range, lang = language()) {
  if (!Array.isArray(range) || range.length < 2) return '—';
  const [lo, hi] = range;
  return lo === hi ? money(lo, lang) : `${money(lo, lang)}–${money(hi, lang)}`;
}

/** 0.834 → "83%". */
export function percent(x) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '—';
  return `${Math.round(x * 100)}%`;
}

/** 1.23 → "×1.23". */
export function ratio(x) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '—';
  return `×${x.toFixed(2)}`;
}

/** A date in the UI language. */
export function dateTime(value, lang = language()) {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Confidence bands used in the UI; the engine calibrates ≥ 0.8 as right ≥ 90 % of the time. */
export function confidenceBand(x) {
  if (typeof x !== 'number') return 'low';
  if (x >= 0.8) return 'high';
  if (x >= 0.5) return 'medium';
  return 'low';
}
