// Building DOM without parsing HTML: every string becomes a text node or an attribute value,
// so posting text and catalogue text can never turn into markup. Nothing in the app uses
// innerHTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

// Properties that must be set as properties, not attributes, to reflect live state.
const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled', 'hidden', 'indeterminate', 'open']);

function applyProps(el, props) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    } else if (key === 'style' && typeof value === 'object') {
      // CSSOM, not a style attribute string: allowed under style-src 'self'.
      for (const [prop, v] of Object.entries(value)) el.style.setProperty(prop, v);
    } else if (PROPERTIES.has(key)) {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

function appendChildren(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendChildren(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** h('p', {class: 'x'}, 'text', h('b', {}, name)) — an HTML element; strings become text nodes. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  applyProps(el, props);
  appendChildren(el, children);
  return el;
}

/** The same for SVG elements. */
export function s(tag, props, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  applyProps(el, props);
  appendChildren(el, children);
  return el;
}

/** Replaces an element's content with the given children. */
export function fill(el, ...children) {
  el.replaceChildren();
  appendChildren(el, children);
  return el;
}

export const byId = (id, root = document) => root.getElementById(id);

/** Announces a message to screen readers through the page's polite live region. */
export function announce(message) {
  const region = document.getElementById('live-region');
  if (!region) return;
  region.textContent = '';
  // A separate task so repeated identical messages are read again.
  setTimeout(() => {
    region.textContent = message;
  }, 30);
}

/** Offers a Blob as a file download (a blob: URL never leaves the page). */
export function download(filename, blob) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let nextUid = 0;
/** A document-unique id for aria-labelledby / label-for pairs built in code. */
export function uid(prefix = 'id') {
  nextUid += 1;
  return `${prefix}-${nextUid}`;
}

/** <section class=…> headed by an <h3>, labelled by it. */
export function panel(className, heading, ...children) {
  return panelAt(3, className, heading, ...children);
}

/** The same with the heading level the surrounding outline needs (h2 right under a view's h1). */
export function panelAt(level, className, heading, ...children) {
  const id = uid('heading');
  return h('section', { class: className, 'aria-labelledby': id }, h(`h${level}`, { id, class: 'h3' }, heading), ...children);
}
