// Report: a print-friendly view of the current or a saved assessment (browser print → PDF),
// with the list of saved assessments (IndexedDB) beside it.
import { announce, byId, fill, h } from './dom.js';
import { language, pick, t } from './i18n.js';
import { dateTime } from './format.js';
import { resultView } from './ui-result.js';
import { deleteAssessment, getAssessment, listAssessments } from './store.js';
import { assessmentTitle, getCurrent } from './current-assessment.js';
import { illustrativeBadge } from './ui-ratings.js';

let params = [];
const locale = () => ({ t, lang: language() });

async function renderSavedList() {
  const list = byId('saved-items');
  let items = [];
  try {
    items = await listAssessments();
  } catch (error) {
    fill(list, h('li', { class: 'status-error' }, t('report.store_failed', { message: error?.message ?? String(error) })));
    return;
  }
  if (!items.length) {
    fill(list, h('li', { class: 'muted' }, t('report.none_saved')));
    return;
  }
  fill(list, items.map((item) => {
    const title = assessmentTitle(item, pick);
    return h('li', { class: 'saved-item', 'data-id': item.id },
      h('a', { href: `#/report/${encodeURIComponent(item.id)}`, 'aria-current': params[0] === item.id ? 'page' : null },
        h('span', { class: 'saved-title' }, title), h('span', { class: 'saved-date' }, dateTime(item.savedAt))),
      h('button', {
        type: 'button', class: 'link-button danger', 'aria-label': t('report.delete_named', { name: title }),
        onclick: async () => {
          await deleteAssessment(item.id);
          announce(t('report.deleted'));
          if (params[0] === item.id) location.hash = '#/report';
          else renderSavedList();
        },
      }, t('report.delete')));
  }));
}

function reportBody(assessment) {
  return h('article', { class: 'report' },
    h('p', { class: 'report-meta' },
      t('report.generated', { date: dateTime(assessment.savedAt ?? Date.now()) }),
      assessment.savedId || assessment.id ? ` · ${t('report.saved_label')}` : ''),
    resultView(locale(), assessment),
    h('footer', { class: 'report-footer' },
      h('p', {}, illustrativeBadge(locale()), ' ', t('report.disclaimer')),
      h('p', { class: 'muted small' }, t('report.source'))));
}

async function render() {
  const body = byId('report-body');
  renderSavedList();
  const id = params[0];
  let assessment = null;
  if (id) {
    try {
      assessment = await getAssessment(id);
    } catch {
      assessment = null;
    }
    if (!assessment) {
      fill(body, h('p', { class: 'status status-error' }, t('report.not_found')));
      return;
    }
  } else {
    assessment = getCurrent();
  }
  if (!assessment) {
    fill(body, h('p', { class: 'muted' }, t('report.empty'), ' ', h('a', { href: '#/assess' }, t('report.go_assess'))));
    byId('report-print').disabled = true;
    return;
  }
  byId('report-print').disabled = false;
  fill(body, reportBody(assessment));
}

export default {
  init() {
    byId('report-print').addEventListener('click', () => window.print());
    window.addEventListener('assessments-changed', () => {
      if (!byId('view-report').hidden) renderSavedList();
    });
  },
  show(p) {
    params = p;
    render();
  },
  refresh(visible) {
    if (visible) render();
  },
};
