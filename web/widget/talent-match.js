// <talent-match>: the matcher as a custom element a recruitment site adds with one script tag.
//
//   <script type="module" src="/talentmatch/widget/talent-match.js"></script>
//   <talent-match lang="zh" view="assess"></talent-match>
//
// Attributes: lang ("zh" | "en", default: the page's language), view ("assess": a text box and
// a Match button; "result": only the result of el.match(posting) called by the host page),
// compact (present: only the headline answer and the salary verdict).
// Method: el.match(posting) → Promise<result>; posting is text or {title, description, salary, …}.
// Event: "talentmatch-result" (bubbles, composed) with detail {posting, result}.
// Matching runs in a Web Worker on the host's own origin; the posting never leaves the page.
import { createTalentMatchWorker } from '../lib/talentmatch-worker.js';
import { translator } from '../app/i18n.js';
import { fill, h, uid } from '../app/dom.js';
import { bestCard, qualificationsPanel, resultDetails } from '../app/ui-result.js';
import { salaryPanel } from '../app/ui-salary.js';

let engineStarting = null;
let servicesLoading = null;

/** One engine worker for every widget on the page. */
function engine() {
  engineStarting ??= createTalentMatchWorker().catch((e) => {
    engineStarting = null;
    throw e;
  });
  return engineStarting;
}

function services(tm) {
  servicesLoading ??= tm.catalogue.services().catch(() => []);
  return servicesLoading;
}

const STYLESHEETS = [new URL('../styles.css', import.meta.url), new URL('./talent-match.css', import.meta.url)];

export class TalentMatchElement extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'view', 'compact'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.last = null; // {posting, result, details}
    this.busy = false;
  }

  get language() {
    const lang = (this.getAttribute('lang') || document.documentElement.lang || 'zh').toLowerCase();
    return lang.startsWith('en') ? 'en' : 'zh';
  }

  get view() {
    return this.getAttribute('view') === 'result' ? 'result' : 'assess';
  }

  get compact() {
    return this.hasAttribute('compact');
  }

  connectedCallback() {
    this.render();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.render();
  }

  locale() {
    return { t: translator(this.language), lang: this.language };
  }

  render() {
    const { t } = this.locale();
    const root = this.shadowRoot;
    const keep = root.querySelector('textarea')?.value ?? '';
    const parts = STYLESHEETS.map((href) => h('link', { rel: 'stylesheet', href: href.href }));
    const body = h('div', { class: `tm-widget${this.compact ? ' tm-compact' : ''}`, part: 'container' });
    if (this.view === 'assess') {
      const id = uid('tm-posting');
      const form = h('form', {
        class: 'tm-form',
        onsubmit: (event) => {
          event.preventDefault();
          const text = form.querySelector('textarea').value;
          if (text.trim()) this.match(text).catch(() => {});
        },
      },
      h('label', { for: id }, t('widget.label')),
      h('textarea', { id, rows: this.compact ? 4 : 7, placeholder: t('widget.placeholder'), value: keep }),
      h('div', { class: 'tm-actions' }, h('button', { type: 'submit', class: 'primary' }, t('assess.match'))));
      body.append(form);
    }
    body.append(h('div', { class: 'tm-status', role: 'status' }), h('div', { class: 'tm-result' }),
      h('p', { class: 'tm-powered' }, t('widget.powered')));
    fill(root, parts, body);
    if (this.last) this.renderResult();
  }

  status(message, kind = 'info') {
    const el = this.shadowRoot.querySelector('.tm-status');
    if (!el) return;
    el.className = `tm-status status status-${kind}`;
    el.textContent = message;
  }

  renderResult() {
    const locale = this.locale();
    const { result, details } = this.last;
    const target = this.shadowRoot.querySelector('.tm-result');
    if (!target) return;
    const salary = salaryPanel(locale, result.salary, details.position ?? details.occupation);
    if (this.compact) {
      const verdict = salary.querySelector('.verdict');
      fill(target, bestCard(locale, result, details, { compact: true }), verdict ? verdict.cloneNode(true) : null);
    } else {
      fill(target, bestCard(locale, result, details, { compact: true }), salary, qualificationsPanel(locale, result, details));
    }
  }

  /** Matches a posting (text or fields), shows the result and dispatches talentmatch-result. */
  async match(posting) {
    const { t } = this.locale();
    this.status(t('assess.matching'));
    this.busy = true;
    try {
      const tm = await engine();
      const result = await tm.match(posting, { top: 5 });
      const details = await resultDetails(tm, result, await services(tm));
      this.last = { posting, result, details };
      this.status('');
      this.renderResult();
      this.dispatchEvent(new CustomEvent('talentmatch-result', { detail: { posting, result }, bubbles: true, composed: true }));
      return result;
    } catch (error) {
      this.status(t('error.generic', { message: error?.message ?? String(error) }), 'error');
      throw error;
    } finally {
      this.busy = false;
    }
  }
}

if (!customElements.get('talent-match')) customElements.define('talent-match', TalentMatchElement);
