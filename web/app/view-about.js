// About the data: what is official and what is illustrative, the catalogue in use, and importing
// official tables (validated in the engine; on any error every error is listed and the previous
// catalogue stays in force).
import { announce, byId, fill, h, panelAt } from './dom.js';
import { language, pick, t } from './i18n.js';
import { dateTime } from './format.js';
import { catalogueData, loadCatalogue } from './engine.js';
import { deleteSetting, getSetting, setSetting } from './store.js';
import { errorMessage } from './view-assess.js';
import { illustrativeBadge, officialBadge } from './ui-ratings.js';

const CATALOGUES = ['key_industries', 'skilled_occupations', 'qualifications', 'services'];
const locale = () => ({ t, lang: language() });
export const CATALOGUE_SETTING = 'catalogue';

function listOf(keys) {
  return h('ul', {}, keys.map((k) => h('li', {}, t(k))));
}

function provenanceTable(stats) {
  const prov = stats?.provenance ?? {};
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data-table' },
    h('caption', {}, t('about.provenance_caption')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('about.col_catalogue')),
      h('th', { scope: 'col', class: 'num' }, t('about.col_publication')),
      h('th', { scope: 'col', class: 'num' }, t('about.col_illustrative')))),
    h('tbody', {}, CATALOGUES.map((c) => h('tr', {},
      h('th', { scope: 'row' }, t(`catalogue.${c}`)),
      h('td', { class: 'num' }, String(prov[c]?.publication ?? '—')),
      h('td', { class: 'num' }, String(prov[c]?.illustrative ?? '—')))))));
}

function editions(info) {
  return h('ul', { class: 'plain-list editions' }, CATALOGUES.filter((c) => info?.[c]).map((c) => {
    const i = info[c];
    return h('li', {}, h('strong', {}, pick(i, 'title') || t(`catalogue.${c}`)), ' ',
      h('span', { class: 'muted' }, [i.edition && t('about.edition', { edition: i.edition }), i.published, pick(i, 'publisher')].filter(Boolean).join(' · ')));
  }));
}

async function inUseLine() {
  const saved = await getSetting(CATALOGUE_SETTING).catch(() => null);
  if (!saved) return h('p', {}, t('about.in_use_bundled'));
  return h('p', {}, t('about.in_use_imported', { files: saved.files.map((f) => f.name).join(', '), date: dateTime(saved.importedAt) }));
}

async function render() {
  const body = byId('about-body');
  try {
    const data = await catalogueData();
    fill(body,
      h('p', { class: 'lead' }, t('about.lead')),
      h('div', { class: 'result-grid' },
        panelAt(2, 'panel', [officialBadge(locale()), ' ', t('about.official_title')], listOf([
          'about.official_1', 'about.official_2', 'about.official_3', 'about.official_4', 'about.official_5', 'about.official_6',
        ])),
        panelAt(2, 'panel', [illustrativeBadge(locale()), ' ', t('about.illustrative_title')], listOf([
          'about.illustrative_1', 'about.illustrative_2', 'about.illustrative_3', 'about.illustrative_4',
        ]), h('p', { class: 'muted small' }, t('about.illustrative_note')))),
      panelAt(2, 'panel', t('about.in_use'), await inUseLine(), editions(data.info), provenanceTable(data.stats)),
      panelAt(2, 'panel', t('about.privacy_title'), h('p', {}, t('about.privacy_text')), h('p', {}, t('about.offline_text'))));
  } catch (error) {
    fill(body, h('p', { class: 'status status-error' }, errorMessage(error)));
  }
}

function importStatus(message, kind) {
  const el = byId('import-status');
  el.className = `status status-${kind}`;
  el.textContent = message;
}

async function importFiles(files) {
  const errorsBox = byId('import-errors');
  fill(errorsBox);
  importStatus(t('about.validating'), 'info');
  try {
    const sources = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    await loadCatalogue(sources);
    await setSetting(CATALOGUE_SETTING, { files: sources, importedAt: Date.now() });
    importStatus(t('about.imported', { files: sources.map((s) => s.name).join(', ') }), 'ok');
    announce(t('about.imported', { files: sources.map((s) => s.name).join(', ') }));
  } catch (error) {
    const errors = error?.details?.errors ?? [];
    importStatus(errors.length ? t('about.rejected', { n: errors.length }) : errorMessage(error), 'error');
    if (errors.length) {
      fill(errorsBox, h('ol', { class: 'error-list' }, errors.slice(0, 500).map((e) => h('li', {}, e))),
        errors.length > 500 ? h('p', { class: 'muted' }, t('about.more_errors', { n: errors.length - 500 })) : null);
    }
  }
  render();
}

async function resetCatalogue() {
  fill(byId('import-errors'));
  try {
    await loadCatalogue(undefined);
    await deleteSetting(CATALOGUE_SETTING);
    importStatus(t('about.reset_done'), 'ok');
  } catch (error) {
    importStatus(errorMessage(error), 'error');
  }
  render();
}

export default {
  init() {
    const input = byId('catalogue-file');
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.value = '';
      if (files.length) importFiles(files);
    });
    byId('catalogue-reset').addEventListener('click', resetCatalogue);
  },
  show() {
    render();
  },
  refresh(visible) {
    if (visible) render();
  },
};
