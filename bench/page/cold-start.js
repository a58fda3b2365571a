// Cold start: from navigation (performance time origin) to the first match result on screen.
// Starts the wasm module with the bundled catalogue, matches one posting, renders the best
// position, and marks the time after the next paint. scripts/bench-browser.mjs reads
// window.coldStart = {script_ms, ready_ms, result_ms, painted_ms} (ms since navigation start)
// with {module_ms, catalogue_ms} (how long the module and the catalogue took inside
// createTalentMatch, from its User Timing measures), or window.coldStartError.
import { createTalentMatch } from '../../web/lib/talentmatch.js';

const POSTING = `数字IC设计工程师
北京·海淀 | 30-50K·15薪 | 3-5年 | 硕士
岗位职责：负责SoC模块的微架构设计与RTL实现，完成Lint、CDC检查与综合，配合验证与后端完成时序收敛。
任职要求：微电子、集成电路相关专业；精通Verilog/SystemVerilog，熟悉AXI总线，有流片经验者优先。`;

function afterNextPaint(callback) {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

// This module's imports are loaded and evaluated: the page, glue and JS API are in.
const scriptMs = performance.now();

async function run() {
  const tm = await createTalentMatch();  // wasm compiled and instantiated, catalogue loaded and indexed
  const readyMs = performance.now();
  const result = tm.match(POSTING, { top: 3 });
  const best = result.best;
  document.getElementById('result').textContent = `${best.name_zh ?? '—'} (${best.id ?? best.kind}) ${Math.round(best.confidence * 100)}%`;
  const resultMs = performance.now();
  performance.mark('first-result');
  afterNextPaint(() => {
    performance.mark('first-result-painted');
    const took = (name) => performance.getEntriesByName(name, 'measure')[0]?.duration ?? null;
    window.coldStart = { script_ms: scriptMs, ready_ms: readyMs, result_ms: resultMs, painted_ms: performance.now(), best: best.id,
      module_ms: took('talentmatch:module'), catalogue_ms: took('talentmatch:catalogue') };
  });
}

run().catch((e) => {
  document.getElementById('result').textContent = `error: ${e.message}`;
  window.coldStartError = e.message;
});
