// Cold start: from navigation (performance time origin) to the first match result on screen.
// Starts the wasm module with the bundled catalogue, matches one posting, renders the best
// position, and marks the time after the next paint. scripts/bench-browser.mjs reads
// window.coldStart = {result_ms, painted_ms} or window.coldStartError.
import { createTalentMatch } from '../../web/lib/talentmatch.js';

const POSTING = `数字IC设计工程师
北京·海淀 | 30-50K·15薪 | 3-5年 | 硕士
岗位职责：负责SoC模块的微架构设计与RTL实现，完成Lint、CDC检查与综合，配合验证与后端完成时序收敛。
任职要求：微电子、集成电路相关专业；精通Verilog/SystemVerilog，熟悉AXI总线，有流片经验者优先。`;

function afterNextPaint(callback) {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

async function run() {
  const tm = await createTalentMatch();
  const result = tm.match(POSTING, { top: 3 });
  const best = result.best;
  document.getElementById('result').textContent = `${best.name_zh ?? '—'} (${best.id ?? best.kind}) ${Math.round(best.confidence * 100)}%`;
  const resultMs = performance.now();
  performance.mark('first-result');
  afterNextPaint(() => {
    performance.mark('first-result-painted');
    window.coldStart = { result_ms: resultMs, painted_ms: performance.now(), best: best.id };
  });
}

run().catch((e) => {
  document.getElementById('result').textContent = `error: ${e.message}`;
  window.coldStartError = e.message;
});
