// Breaks the CSP on purpose (eval in the page, new Function in a module worker) so the browser
// test can show that its violation detector works in both places.
try {
  // eslint-disable-next-line no-eval
  (0, eval)('1');
} catch {}
const worker = new Worker(new URL('./control-worker.js', import.meta.url), { type: 'module' });
worker.onmessage = () => {
  document.body.dataset.done = 'true';
};
