// Assess: a posting (free text or fields) → the match result, rendered by ui-result.js.
import { byId, download, fill, h, announce } from './dom.js';
import { t, pick, language } from './i18n.js';
import { engine, catalogueData, isUnsupported } from './engine.js';
import { resultDetails, resultView } from './ui-result.js';
import { SAMPLES } from './samples.js';
import { saveAssessment } from './store.js';
import { getCurrent, setCurrent } from './current-assessment.js';

const locale = () => ({ t, lang: language() });

/** Explains a failed call in the UI language. */
export function errorMessage(error) {
  if (isUnsupported(error)) return t('error.unsupported');
  return t('error.generic', { message: error?.message ?? String(error) });
}

function mode() {
  return document.querySelector('#assess-form input[name="mode"]:checked')?.value ?? 'text';
}

function setMode(value) {
  for (const radio of document.querySelectorAll('#assess-form input[name="mode"]')) radio.checked = radio.value === value;
  byId('assess-free').hidden = value !== 'text';
  byId('assess-fields').hidden = value !== 'fields';
}

/** The posting as the engine takes it, or null when nothing was entered. */
function readPosting() {
  if (mode() === 'text') {
    const text = byId('posting').value;
    return text.trim() ? text : null;
  }
  const posting = {};
  for (const key of ['title', 'description', 'requirements', 'salary']) {
    const value = byId(`posting-${key}`).value;
    if (value.trim()) posting[key] = value;
  }
  return Object.keys(posting).length ? posting : null;
}

function status(message, kind = 'info') {
  const el = byId('assess-status');
  el.className = `status status-${kind}`;
  el.textContent = message;
}

function renderCurrent() {
  const assessment = getCurrent();
  const target = byId('assess-result');
  if (!assessment) {
    fill(target);
    byId('assess-actions').hidden = true;
    return;
  }
  fill(target, resultView(locale(), assessment));
  byId('assess-actions').hidden = false;
}

function summary(result) {
  const best = result.best ?? {};
  if (best.kind === 'none' || !best.kind) {
    const fallback = result.fallback;
    return fallback ? t('assess.announce_fallback', { level: t(`level.${fallback.level}`), name: pick(fallback, 'name') }) : t('assess.announce_none');
  }
  return t(best.kind === 'occupation' ? 'assess.announce_occupation' : 'assess.announce', { name: pick(best, 'name') });
}

async function runMatch() {
  const posting = readPosting();
  if (!posting) {
    status(t('assess.empty'), 'error');
    byId(mode() === 'text' ? 'posting' : 'posting-title').focus();
    return;
  }
  const button = byId('match-button');
  button.disabled = true;
  byId('assess-result').setAttribute('aria-busy', 'true');
  status(t('assess.matching'));
  try {
    const tm = await engine();
    const result = await tm.match(posting, { top: 5 });
    const services = await catalogueData().then((d) => d.services).catch(() => []);
    const details = await resultDetails(tm, result, services);
    setCurrent({ posting, result, details, savedId: null });
    renderCurrent();
    const message = summary(result);
    status(message, 'ok');
    announce(message);
    const motion = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    byId('assess-status').scrollIntoView({ behavior: motion, block: 'start' });
    document.documentElement.dataset.assessed = String(Date.now());
  } catch (error) {
    status(errorMessage(error), 'error');
  } finally {
    button.disabled = false;
    byId('assess-result').removeAttribute('aria-busy');
  }
}

function renderSamples() {
  fill(byId('sample-list'), SAMPLES.map((sample) =>
    h('li', {}, h('button', {
      type: 'button',
      class: 'sample',
      'data-sample': sample.id,
      onclick: () => {
        setMode('text');
        byId('posting').value = sample.text;
        runMatch();
      },
    }, pick(sample, 'label')))));
}

async function save() {
  const assessment = getCurrent();
  if (!assessment) return;
  try {
    const record = await saveAssessment({
      posting: assessment.posting, result: assessment.result, details: assessment.details, lang: language(), id: assessment.savedId ?? undefined,
    });
    assessment.savedId = record.id;
    status(t('assess.saved'), 'ok');
    announce(t('assess.saved'));
    window.dispatchEvent(new CustomEvent('assessments-changed'));
  } catch (error) {
    status(t('assess.save_failed', { message: error?.message ?? String(error) }), 'error');
  }
}

function downloadJson() {
  const assessment = getCurrent();
  if (!assessment) return;
  const body = JSON.stringify({ posting: assessment.posting, result: assessment.result }, null, 2);
  download('talentmatch-assessment.json', new Blob([body], { type: 'application/json' }));
}

export default {
  init() {
    byId('assess-form').addEventListener('submit', (event) => {
      event.preventDefault();
      runMatch();
    });
    for (const radio of document.querySelectorAll('#assess-form input[name="mode"]')) {
      radio.addEventListener('change', () => setMode(radio.value));
    }
    byId('assess-clear').addEventListener('click', () => {
      for (const id of ['posting', 'posting-title', 'posting-salary', 'posting-description', 'posting-requirements']) byId(id).value = '';
      setCurrent(null);
      renderCurrent();
      status('');
      byId(mode() === 'text' ? 'posting' : 'posting-title').focus();
    });
    // Ctrl/Cmd+Enter in the text area matches, as in most chat and search boxes.
    byId('posting').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        runMatch();
      }
    });
    byId('assess-save').addEventListener('click', save);
    byId('assess-json').addEventListener('click', downloadJson);
    renderSamples();
  },
  show() {},
  refresh() {
    renderSamples();
    renderCurrent();
  },
};
