// Browse: tabs for the key-industry tree, skilled occupations, overseas qualifications and
// "by major"; #/browse/<kind>/<id> shows one record.
import { byId, fill, h } from './dom.js';
import { t } from './i18n.js';
import { catalogueData } from './engine.js';
import { errorMessage } from './view-assess.js';
import { renderPositions } from './browse-positions.js';
import { renderOccupations } from './browse-occupations.js';
import { renderQualifications } from './browse-qualifications.js';
import { renderMajor } from './browse-major.js';
import { renderRecord } from './record-page.js';

const TABS = { positions: renderPositions, occupations: renderOccupations, qualifications: renderQualifications, major: renderMajor };
const RECORD_KINDS = { position: 'positions', occupation: 'occupations', qualification: 'qualifications' };
let params = [];

function markTab(tab) {
  for (const link of document.querySelectorAll('#view-browse .tabs a')) {
    if (link.dataset.tab === tab) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function render() {
  const body = byId('browse-body');
  const [first, id] = params;
  const tab = RECORD_KINDS[first] ?? (TABS[first] ? first : 'positions');
  markTab(tab);
  if (!body.firstChild) fill(body, h('p', { class: 'muted' }, t('app.loading')));
  try {
    const data = await catalogueData();
    if (RECORD_KINDS[first] && id) await renderRecord(body, id, data);
    else TABS[tab](body, data);
  } catch (error) {
    fill(body, h('p', { class: 'status status-error' }, errorMessage(error)));
  }
}

export default {
  init() {},
  show(p) {
    params = p;
    render();
  },
  refresh(visible) {
    if (visible) render();
    else fill(byId('browse-body'));
  },
};
