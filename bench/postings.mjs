// The benchmark's postings: the labelled eval set (tests/eval/postings_*.jsonl) first, then
// seeded variations of it until there are N. A variation keeps what a posting is about and
// changes what real postings vary in: salary wording, district, body-line order, a dropped
// duty, boilerplate benefits, title decorations, full/half-width punctuation. Same seed, same
// postings, on every machine.
//
//   import { evalSet, benchPostings } from './bench/postings.mjs';
//   node bench/postings.mjs [--postings N] [--seed S] [--out FILE]   # JSONL {"id","text"} lines
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EVAL_DIR = path.join(ROOT, 'tests/eval');
export const DEFAULT_POSTINGS = 10000;
export const DEFAULT_SEED = 20230904;

/** The labelled postings {id, text, expect, expect_occupation?} in file order. */
export function evalSet(dir = EVAL_DIR) {
  return fs.readdirSync(dir)
    .filter((f) => /^postings_.*\.jsonl$/.test(f))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line)));
}

// mulberry32: a small, fast, well-mixed 32-bit generator; enough for picking variations.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

const SALARIES = ['15-25K·13薪', '20-35K·14薪', '30-50K·15薪', '年薪25-40万', '8000-12000元/月', '薪资面议', '1.5万-2.5万/月', '25-45K', 'Salary: 30-50K/month', '40-70K·16薪'];
const SALARY = /(\d+(\.\d+)?\s*[-~–]\s*\d+(\.\d+)?\s*(K|k|万|元)[^\s|｜,，；;]*)|薪资[:：]?\s*面议|面议/;
const DISTRICTS = ['海淀', '朝阳', '亦庄', '昌平', '顺义', '大兴', '丰台', '东城', '西城', '通州'];
const DISTRICT = new RegExp(DISTRICTS.join('|'));
const BOILERPLATE = [
  '福利：五险一金、带薪年假、年度体检、节日福利',
  '我们提供：弹性工作、免费三餐、MacBook、团队建设',
  '公司地址：地铁站步行5分钟，交通便利',
  '欢迎优秀应届毕业生投递简历',
  'We offer: flexible hours, annual health check, 15 days paid leave.',
  '有意者请将简历发送至招聘邮箱，注明应聘岗位',
  '六险一金，补充医疗，年终奖2-6个月',
];
const TITLE_PREFIXES = ['【急招】', '【北京】', '[社招] ', '高薪诚聘 ', ''];
const TITLE_SUFFIXES = ['（校招）', '(2025届)', ' - 北京', '（可远程）', '（双休）', ''];

function shuffleBody(lines, rand) {
  const body = lines.slice(1);
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [body[i], body[j]] = [body[j], body[i]];
  }
  return [lines[0], ...body];
}

// Each transformation takes the lines and returns new lines; vary() applies a random subset.
const TRANSFORMS = [
  (lines, rand) => lines.map((l) => l.replace(SALARY, pick(rand, SALARIES))),
  (lines, rand) => lines.map((l) => l.replace(DISTRICT, pick(rand, DISTRICTS))),
  (lines, rand) => shuffleBody(lines, rand),
  (lines, rand) => (lines.length > 4 ? lines.filter((_, i) => i !== 1 + Math.floor(rand() * (lines.length - 1))) : lines),
  (lines, rand) => [...lines, pick(rand, BOILERPLATE)],
  (lines, rand) => [pick(rand, TITLE_PREFIXES) + lines[0] + pick(rand, TITLE_SUFFIXES), ...lines.slice(1)],
  (lines) => lines.map((l) => l.replaceAll('：', ':').replaceAll('；', ';').replaceAll('，', ', ')),
];

function vary(posting, rand) {
  let lines = posting.text.split('\n');
  for (const transform of TRANSFORMS) if (rand() < 0.5) lines = transform(lines, rand);
  return lines.join('\n');
}

/**
 * `count` postings {id, text, expect, variation}: the eval set in order, then variations of
 * randomly chosen eval postings (labels carried over, though only the originals are scored).
 */
export function benchPostings(count = DEFAULT_POSTINGS, { seed = DEFAULT_SEED, labelled = evalSet() } = {}) {
  const out = labelled.slice(0, count).map((p) => ({ id: p.id, text: p.text, expect: p.expect, variation: false }));
  const rand = random(seed);
  for (let k = 1; out.length < count; k++) {
    const base = pick(rand, labelled);
    out.push({ id: `${base.id}~${k}`, text: vary(base, rand), expect: base.expect, variation: true });
  }
  return out;
}

/** Writes postings as JSONL {"id","text"} (the CLI's `match --jsonl` input). */
export function writeJsonl(file, postings) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, postings.map((p) => JSON.stringify({ id: p.id, text: p.text })).join('\n') + '\n');
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const count = Number(option(args, '--postings', DEFAULT_POSTINGS));
  const seed = Number(option(args, '--seed', DEFAULT_SEED));
  if (!Number.isInteger(count) || count < 1) {
    console.error(`postings: --postings needs a positive integer, got ${option(args, '--postings')}`);
    process.exit(2);
  }
  const postings = benchPostings(count, { seed });
  const out = option(args, '--out', null);
  if (out) writeJsonl(out, postings);
  else process.stdout.write(postings.map((p) => JSON.stringify({ id: p.id, text: p.text })).join('\n') + '\n');
}
