// Candidate check: qualifications (search as you type), nationality, age and employer type →
// the 12 services, each applies / does not apply / needs information, with the reason.
import { announce, byId, fill, h, panelAt } from './dom.js';
import { language, pick, t } from './i18n.js';
import { catalogueData, engine, isUnsupported } from './engine.js';
import { errorMessage } from './view-assess.js';
import { urgentListBadge } from './ui-ratings.js';

const locale = () => ({ t, lang: language() });
const selected = new Map(); // id → qualification
let lastCheck = null;
let searchSeq = 0;

function fold(s) {
  return String(s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Local search over the qualification list: used when the engine has no find_qualification. */
function searchLocally(qualifications, text, limit) {
  const q = fold(text);
  const scored = [];
  for (const item of qualifications) {
    const names = [item.id, item.abbr, item.name_zh, item.name_en, ...(item.aliases ?? [])].map(fold).filter(Boolean);
    const score = names.some((n) => n === q) ? 2 : names.some((n) => n.includes(q)) ? 1 : 0;
    if (score) scored.push({ item, score });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.item);
}

async function findQualifications(text) {
  const tm = await engine();
  try {
    return await tm.findQualification(text, { limit: 8 });
  } catch (error) {
    if (!isUnsupported(error)) throw error;
    const data = await catalogueData();
    return searchLocally(data.qualifications.qualifications ?? [], text, 8);
  }
}

function qualificationLabel(q) {
  const name = pick(q, 'name');
  return q.abbr && q.abbr !== name ? `${q.abbr} · ${name}` : name;
}

function renderSelected() {
  fill(byId('qual-selected'), selected.size
    ? [...selected.values()].map((q) => h('li', { class: 'chip chip-removable' },
      qualificationLabel(q), ' ', q.urgent ? urgentListBadge(locale()) : null,
      h('button', {
        type: 'button', class: 'chip-remove', 'aria-label': t('check.remove', { name: qualificationLabel(q) }),
        onclick: () => {
          selected.delete(q.id);
          renderSelected();
          byId('qual-search').focus();
        },
      }, '×')))
    : h('li', { class: 'muted' }, t('check.none_selected')));
}

function renderOptions(options) {
  const list = byId('qual-options');
  fill(list, options.map((q) => h('li', {},
    h('button', {
      type: 'button', class: 'option', 'data-id': q.id, disabled: selected.has(q.id),
      onclick: () => {
        selected.set(q.id, q);
        renderSelected();
        byId('qual-search').value = '';
        fill(list);
        byId('qual-search').focus();
        announce(t('check.added', { name: qualificationLabel(q) }));
      },
    }, h('span', { class: 'option-main' }, t('check.add'), ' ', h('strong', {}, qualificationLabel(q))),
    q.urgent ? urgentListBadge(locale()) : null,
    q.region ? h('span', { class: 'muted' }, ` ${pick(q.region, 'name')}`) : null))));
}

async function onSearch() {
  const text = byId('qual-search').value.trim();
  const seq = ++searchSeq;
  if (!text) {
    renderOptions([]);
    return;
  }
  try {
    const options = await findQualifications(text);
    if (seq !== searchSeq) return; // a newer keystroke already answered
    renderOptions(options);
    announce(options.length ? t('check.options_count', { n: options.length }) : t('check.no_options'));
  } catch (error) {
    if (seq === searchSeq) fill(byId('qual-options'), h('li', { class: 'status-error' }, errorMessage(error)));
  }
}

function readProfile() {
  const form = byId('check-form');
  const profile = { qualifications: [...selected.keys()] };
  const nationality = form.querySelector('input[name="nationality"]:checked')?.value;
  if (nationality) profile.nationality = nationality;
  const age = byId('check-age').value.trim();
  if (age) profile.age = Number(age);
  for (const [id, key] of [['check-hightech', 'high_tech'], ['check-public', 'public_institution']]) {
    const value = byId(id).value;
    if (value) profile[key] = value === 'true';
  }
  return profile;
}

const STATUS_ICON = { applies: '✓', does_not_apply: '✗', needs_information: '?' };

function serviceItem(service) {
  const reason = pick(service, 'reason');
  const notes = pick(service, 'notes');
  return h('li', { class: `service service-${service.status}`, 'data-service': service.id, 'data-status': service.status },
    h('span', { class: `status-badge status-${service.status}` },
      h('span', { 'aria-hidden': 'true' }, STATUS_ICON[service.status] ?? '·'), ' ', t(`status.${service.status}`)),
    h('div', { class: 'service-body' },
      h('strong', { class: 'service-name' }, pick(service, 'name')),
      reason ? h('p', { class: 'service-reason' }, reason) : null,
      Array.isArray(service.missing) && service.missing.length
        ? h('p', { class: 'muted small' }, t('check.missing', { facts: service.missing.map((m) => t(`fact.${m}`)).join(t('list.sep')) }))
        : null,
      notes ? h('p', { class: 'muted small' }, notes) : null));
}

function verificationPanel(verification) {
  if (!verification) return null;
  const needs = verification[`employer_needs_${language()}`] ?? verification.employer_needs_zh ?? [];
  const uses = verification[`uses_${language()}`] ?? [];
  return panelAt(2, 'panel', t('check.verification'),
    h('p', {}, pick(verification, 'statement') || pick(verification, 'platform')),
    uses.length ? h('p', { class: 'muted small' }, t('check.verification_uses'), ' ', uses.join(t('list.sep'))) : null,
    needs.length ? h('ul', {}, needs.map((n) => h('li', {}, n))) : null,
    pick(verification, 'offline') ? h('p', { class: 'muted small' }, pick(verification, 'offline')) : null);
}

function renderCheck() {
  const target = byId('check-result');
  if (!lastCheck) {
    fill(target);
    return;
  }
  const services = lastCheck.services ?? [];
  const count = (status) => services.filter((s) => s.status === status).length;
  const group = (tier) => services.filter((s) => s.tier === tier || (!s.tier && tier === 'convenience'));
  fill(target,
    h('p', { class: 'check-summary' },
      h('span', { class: 'status-badge status-applies' }, t('check.count_applies', { n: count('applies') })), ' ',
      h('span', { class: 'status-badge status-does_not_apply' }, t('check.count_not', { n: count('does_not_apply') })), ' ',
      h('span', { class: 'status-badge status-needs_information' }, t('check.count_info', { n: count('needs_information') }))),
    h('div', { class: 'result-grid' },
      panelAt(2, 'panel', t('tier.convenience_heading'), h('ul', { class: 'service-list' }, group('convenience').map(serviceItem))),
      panelAt(2, 'panel', t('tier.upgraded_heading'), h('ul', { class: 'service-list' }, group('upgraded').map(serviceItem)))),
    verificationPanel(lastCheck.verification));
}

async function runCheck() {
  const statusEl = byId('check-status');
  statusEl.className = 'status';
  statusEl.textContent = t('check.checking');
  try {
    const tm = await engine();
    lastCheck = await tm.check(readProfile());
    renderCheck();
    const applies = (lastCheck.services ?? []).filter((s) => s.status === 'applies').length;
    statusEl.className = 'status status-ok';
    statusEl.textContent = t('check.done', { n: applies });
  } catch (error) {
    lastCheck = null;
    renderCheck();
    statusEl.className = 'status status-error';
    statusEl.textContent = errorMessage(error);
  }
}

export default {
  init() {
    let timer = 0;
    byId('qual-search').addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(onSearch, 120);
    });
    // Enter in the search box adds the first suggestion instead of submitting the form.
    byId('qual-search').addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      byId('qual-options').querySelector('button:not([disabled])')?.click();
    });
    byId('check-form').addEventListener('submit', (event) => {
      event.preventDefault();
      runCheck();
    });
    renderSelected();
  },
  show() {},
  refresh() {
    renderSelected();
    renderCheck();
    if (byId('qual-search').value.trim()) onSearch();
  },
};
