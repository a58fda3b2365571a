// The floor of the cold start: the same page shape as bench/page/ with one module script and no
// engine, so navigation → text painted measures what the browser and machine cost by themselves
// (scripts/bench-browser.mjs reports it beside the cold start; the engine's share is the rest).
const scriptMs = performance.now();
document.getElementById('result').textContent = '—';
const resultMs = performance.now();
requestAnimationFrame(() => setTimeout(() => {
  window.coldStart = { script_ms: scriptMs, ready_ms: scriptMs, result_ms: resultMs, painted_ms: performance.now(), best: null };
}, 0));
