// How the service worker answers: the app is precached as a whole, so every same-origin GET
// is served cache-first (the network only for what the list does not hold), and navigations
// fall back to the app shell. Nothing here knows which files exist: that is sw/precache.js.
self.TalentMatchStrategies = (() => {
  const CACHE_PREFIX = 'talentmatch-';
  const SHELL = 'index.html';

  /** Fetches every file fresh from the network (bypassing the HTTP cache) into a new cache. */
  async function precache(cacheName, files) {
    const cache = await caches.open(cacheName);
    await cache.addAll(files.map((file) => new Request(file, { cache: 'reload' })));
  }

  /** Deletes the caches of older versions, keeping `current`. */
  async function deleteOldCaches(current) {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== current).map((n) => caches.delete(n)));
  }

  async function cacheFirst(request, cacheName) {
    const cache = await caches.open(cacheName);
    const hit = await cache.match(request);
    return hit ?? fetch(request);
  }

  /** A page load: the cached page itself, else the app shell (hash routes live in one page). */
  async function navigation(request, cacheName) {
    const cache = await caches.open(cacheName);
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch (error) {
      const shell = await cache.match(SHELL);
      if (shell) return shell;
      throw error;
    }
  }

  /** A Promise of the response, or null to let the browser handle the request itself. */
  function respond(request, cacheName) {
    if (request.method !== 'GET') return null;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) return null;
    if (request.mode === 'navigate') return navigation(request, cacheName);
    return cacheFirst(request, cacheName);
  }

  return { CACHE_PREFIX, precache, deleteOldCaches, respond };
})();
