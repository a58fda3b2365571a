// App shell: language, views, router, the engine worker and the service worker.
// Data flow for one posting: view-assess.js (form) → engine.js (worker bridge) → lib/talentmatch
// (wasm) → ui-result.js (rendering, with highlight.js, ui-salary.js, ui-ratings.js).
import { applyDocumentLanguage, language, setLanguage, t } from './i18n.js';
import { byId } from './dom.js';
import { startRouter } from './router.js';
import { engine, loadCatalogue, onCatalogueChange } from './engine.js';
import { deleteSetting, getSetting } from './store.js';
import { registerServiceWorker } from './sw-register.js';
import assess from './view-assess.js';
import check from './view-check.js';
import browse from './view-browse.js';
import batch from './view-batch.js';
import report from './view-report.js';
import about, { CATALOGUE_SETTING } from './view-about.js';

const views = { assess, check, browse, batch, report, about };

function engineStatus(message, kind = 'info') {
  const el = byId('engine-status');
  el.className = message ? `engine-status status-${kind}` : 'engine-status';
  el.textContent = message;
}

/** Starts the engine and re-applies a catalogue the user imported earlier. */
async function startEngine() {
  engineStatus(t('app.loading_engine'));
  try {
    await engine();
    const saved = await getSetting(CATALOGUE_SETTING).catch(() => null);
    if (saved?.files?.length) {
      try {
        await loadCatalogue(saved.files);
      } catch (error) {
        await deleteSetting(CATALOGUE_SETTING).catch(() => {});
        engineStatus(t('app.saved_catalogue_invalid', { message: error?.message ?? String(error) }), 'error');
        document.documentElement.dataset.engine = 'ready';
        return;
      }
    }
    engineStatus('');
    document.documentElement.dataset.engine = 'ready';
  } catch (error) {
    engineStatus(t('app.engine_failed', { message: error?.message ?? String(error) }), 'error');
    document.documentElement.dataset.engine = 'failed';
  }
}

function startLanguageSwitch() {
  const select = byId('lang-select');
  select.value = language();
  select.addEventListener('change', () => setLanguage(select.value));
}

applyDocumentLanguage();
startLanguageSwitch();
for (const view of Object.values(views)) view.init();
const router = startRouter(views);
onCatalogueChange(router.refresh);
startEngine();
registerServiceWorker();
