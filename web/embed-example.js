// The host page's side of the embedding: feed the job form to <talent-match view="result"> and
// react to its talentmatch-result event.
const form = document.getElementById('job-form');
const matcher = document.getElementById('matcher');
const hint = document.getElementById('job-hint');

function posting() {
  const data = new FormData(form);
  return { title: data.get('title') ?? '', salary: data.get('salary') ?? '', description: data.get('description') ?? '' };
}

async function check() {
  await customElements.whenDefined('talent-match');
  matcher.match(posting()).catch(() => {});
}

// Only the widget fed by the form: the other one on the page answers its own visitors.
matcher.addEventListener('talentmatch-result', (event) => {
  const { best } = event.detail.result;
  hint.textContent = best?.kind && best.kind !== 'none'
    ? `目录对照：${best.name_zh}（置信度 ${Math.round((best.confidence ?? 0) * 100)}%）`
    : '目录对照：没有可靠匹配';
});

document.getElementById('job-check').addEventListener('click', check);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  hint.textContent = '（示例页面：不会真的发布）';
});
check();
