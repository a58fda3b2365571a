// Hash routes (#/view/arg…): one <section data-view> visible at a time, the nav link marked
// aria-current, focus moved to the view's heading so keyboard and screen-reader users land there.

function parseHash(hash) {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { name: parts[0] ?? '', params: parts.slice(1) };
}

export function currentRoute() {
  return parseHash(location.hash);
}

export function navigate(path) {
  location.hash = `#/${path}`;
}

/** views: {name: {show(params), refresh(visible)}}. Returns {refresh}. */
export function startRouter(views, fallback = 'assess') {
  let first = true;
  let active = null;

  function route() {
    let { name, params } = currentRoute();
    if (!views[name]) {
      name = fallback;
      params = [];
    }
    for (const section of document.querySelectorAll('section.view')) section.hidden = section.dataset.view !== name;
    for (const link of document.querySelectorAll('.main-nav a[data-route]')) {
      if (link.dataset.route === name) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    active = name;
    document.documentElement.dataset.view = name;
    views[name].show?.(params);
    if (!first) {
      const heading = document.querySelector(`section[data-view="${name}"] h1`);
      heading?.focus({ preventScroll: false });
    }
    first = false;
  }

  /** Re-renders every view's dynamic content (language or catalogue changed). */
  function refresh() {
    for (const view of Object.values(views)) view.refresh?.(view === views[active]);
  }

  window.addEventListener('hashchange', route);
  window.addEventListener('langchange', refresh);
  route();
  return { refresh };
}
