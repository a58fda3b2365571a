// Registers the service worker (offline after the first visit) and runs the update flow: a new
// version installs in the background and waits; a banner offers it; on click the page asks the
// waiting worker to skip waiting and reloads once it has taken control.

function offerUpdate(worker) {
  const banner = document.getElementById('update-banner');
  const button = document.getElementById('update-button');
  if (!banner || !button) return;
  banner.hidden = false;
  document.documentElement.dataset.update = 'available';
  button.onclick = () => {
    button.disabled = true;
    sessionStorage.setItem('talentmatch.updating', '1');
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
}

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only the update the user asked for reloads; the first install just starts controlling.
    if (sessionStorage.getItem('talentmatch.updating') !== '1') return;
    sessionStorage.removeItem('talentmatch.updating');
    location.reload();
  });
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url), { updateViaCache: 'none' })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
        });
      });
      return navigator.serviceWorker.ready;
    })
    .then(() => {
      document.documentElement.dataset.sw = 'ready';
    })
    .catch((error) => {
      document.documentElement.dataset.sw = 'failed';
      console.warn('service worker registration failed:', error?.message ?? error);
    });
}
