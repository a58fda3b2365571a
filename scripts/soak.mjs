#!/usr/bin/env node
// Steady memory in one wasm instance: many matches and many catalogue replacements must leave
// exactly as many blocks allocated as after a warm-up (liveAllocations(): exact, so one block
// leaked per round shows), and the wasm heap must stop growing. (Wasm memory never shrinks.)
//
//   node scripts/soak.mjs [--matches 1000000] [--replacements 1000] [--mixed 1000] [--lib web/lib]
//
// Matches come in batches (matchMany, 1 000 postings per boundary crossing) plus single match(),
// findQualification() and check() calls. A replacement loads a renamed copy or the bundled
// catalogue in turn, then an invalid one that must be refused and leave the previous catalogue
// in force. A mixed round does both. Prints the heap every 10 % and whenever it grows; exits 1 if
// a round ends with other than its reference count of live blocks (the count after the warm-up;
// for rounds that replace the catalogue, the count two rounds before, as they alternate two
// catalogues), or if a phase grows the heap more than once. The heap is a weaker check than the
// block count: while emmalloc's free lists settle over the first hundred or so replacements it
// may take one more memory step, and where depends on the whole history (after 6 replacements on
// one machine, 45 on another).
// tests/js/soak.test.mjs runs a short version in CI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BATCH = 1000;
const TITLES = ['数字IC设计工程师', '药物制剂工', 'Java开发工程师', '算法工程师', '电池工艺工程师', '临床研究员',
  'CFA 投资经理', '机器人控制工程师', 'Senior Data Scientist', '<b>前端开发</b> &amp; UI'];

// Postings that differ in title, body and salary, so every round exercises the same code paths.
function postings(round) {
  return Array.from({ length: BATCH }, (_, i) => {
    const n = round * BATCH + i;
    return {
      id: n,
      text: `${TITLES[n % TITLES.length]}\n负责${TITLES[(n * 7) % TITLES.length]}相关工作，持有FCCA者优先，` +
        `薪资${10 + (n % 30)}-${20 + (n % 40)}K·${12 + (n % 4)}薪 ${'熟悉Python/SQL；'.repeat(n % 5)}`,
    };
  });
}

// Three catalogues to rotate through: the bundled one, a copy with a renamed qualification and
// other salaries (same size, different strings), and one the loader must refuse.
function catalogues(lib) {
  const bundled = JSON.parse(readFileSync(path.join(lib, 'catalogue.json'), 'utf8'));
  const renamed = structuredClone(bundled);
  renamed.qualifications.qualifications[0].name_en = 'Renamed by the soak';
  for (const p of renamed.key_industries.positions) p.salary_median += 1000;
  const broken = structuredClone(bundled);
  broken.key_industries.positions[0].direction_id = 'D999';
  return { bundled, renamed, broken, probe: bundled.qualifications.qualifications[0].id };
}

// The heap in MB, for the log.
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

/**
 * Runs the phases in one instance and returns, per phase, {warmHeap, finalHeap, maxHeap,
 * growths, firstGrowth, lastGrowth, blockChanges, firstBlockChange, rounds, count, seconds}:
 * growths counts the rounds after the warm-up in which the heap grew, first/lastGrowth are the
 * first and last of them (-1 if none); blockChanges counts the rounds that ended with other than
 * their reference count of live blocks, firstBlockChange is the first ({round, expected, actual})
 * or null.
 *   matches       N matches (batches of 1 000 plus single calls) with one catalogue
 *   replacements  M catalogue replacements, each followed by a refused invalid catalogue
 *   mixed         (if mixedRounds > 0) rounds of 1 000 matches and one replacement, as an app
 *                 that imports catalogues while matching would do
 * @param {{matches: number, replacements: number, mixedRounds?: number, lib?: string, log?: (line: string) => void}} options
 */
export async function soak({ matches, replacements, mixedRounds = 0, lib = path.join(ROOT, 'web/lib'), log = () => {} }) {
  const { createTalentMatch } = await import(pathToFileURL(path.join(lib, 'talentmatch.js')).href);
  const cats = catalogues(lib);
  const tm = await createTalentMatch();
  let replaced = 0;

  async function replace() {
    const next = replaced % 2 === 0 ? cats.renamed : cats.bundled;
    await tm.load(next);
    const expected = next === cats.renamed ? 'Renamed by the soak' : cats.bundled.qualifications.qualifications[0].name_en;
    if (tm.get(cats.probe).name_en !== expected) throw new Error(`replacement ${replaced}: the new catalogue is not in force`);
    let refused = false;
    try {
      await tm.load(cats.broken);
    } catch {
      refused = true;
    }
    if (!refused || tm.get(cats.probe).name_en !== expected) throw new Error(`replacement ${replaced}: an invalid catalogue was not refused cleanly`);
    replaced++;
  }

  function matchBatch(r, size) {
    const batch = postings(r % 50).slice(0, size);
    const results = tm.matchMany(batch, { top: 3 });
    if (results.some((x) => 'error' in x)) throw new Error(`round ${r}: a posting was refused`);
    tm.match(batch[r % batch.length].text);
    tm.findQualification('CISPP');
    tm.check({ qualifications: ['FCCA'], nationality: 'foreign', age: 40 });
    return results.length;
  }

  // Runs `rounds` rounds after `warmup` rounds; the heap after the warm-up is the reference, and
  // so is the live block count after the warm-up round `period` rounds back (1: every round does
  // the same work; 2: rounds alternate two catalogues).
  async function phase(name, rounds, warmup, period, step) {
    const started = performance.now();
    const blocks = [];  // live blocks after each round, warm-up included
    for (let r = 0; r < warmup; r++) {
      await step(r);
      blocks.push(tm.liveAllocations());
    }
    const warmHeap = tm.heapBytes();
    let maxHeap = warmHeap, growths = 0, firstGrowth = -1, lastGrowth = -1, count = 0, nextReport = 0.1;
    let blockChanges = 0, firstBlockChange = null;
    for (let r = 0; r < rounds; r++) {
      count += await step(warmup + r);
      const live = tm.liveAllocations();
      const expected = blocks[warmup + r - period];
      blocks.push(live);
      if (live !== expected) {
        if (!firstBlockChange) {
          firstBlockChange = { round: r, expected, actual: live };
          log(`${name}: ${live} live blocks after round ${r + 1} of ${rounds}, ${expected} ${period} round(s) before`);
        }
        blockChanges++;
      }
      const heap = tm.heapBytes();
      if (heap > maxHeap) {
        if (firstGrowth < 0) firstGrowth = r;
        lastGrowth = r;
        growths++;
        log(`${name}: heap grew to ${mb(heap)} in round ${r + 1} of ${rounds}`);
        maxHeap = heap;
      }
      if ((r + 1) / rounds >= nextReport - 1e-9) {
        log(`${name} ${String(Math.round(((r + 1) / rounds) * 100)).padStart(3)} %  heap ${mb(heap)} (after warm-up ${mb(warmHeap)}), ` +
          `${((performance.now() - started) / 1000).toFixed(0)} s`);
        nextReport += 0.1;
      }
    }
    return { warmHeap, finalHeap: tm.heapBytes(), maxHeap, growths, firstGrowth, lastGrowth, blockChanges, firstBlockChange,
      rounds, count, seconds: (performance.now() - started) / 1000 };
  }

  try {
    const out = {};
    const full = Math.floor(matches / BATCH), rest = matches % BATCH;
    out.matches = await phase('matches', full + (rest ? 1 : 0), 1, 1, (r) => matchBatch(r, r > full ? rest : BATCH));
    // Six warm-up replacements; the rounds alternate two catalogues (period 2).
    out.replacements = await phase('replacements', replacements, 6, 2, async () => {
      await replace();
      return 1;
    });
    if (mixedRounds > 0) {
      out.mixed = await phase('mixed', mixedRounds, 2, 2, async (r) => {
        const n = matchBatch(r, BATCH);
        await replace();
        return n;
      });
    }
    return out;
  } finally {
    tm.dispose();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      matches: { type: 'string', default: '1000000' },
      replacements: { type: 'string', default: '1000' },
      mixed: { type: 'string', default: '1000' },
      lib: { type: 'string', default: path.join(ROOT, 'web/lib') },
    },
  });
  const r = await soak({ matches: Number(values.matches), replacements: Number(values.replacements),
    mixedRounds: Number(values.mixed), lib: path.resolve(values.lib), log: (line) => console.log(line) });
  let ok = true;
  for (const [name, p] of Object.entries(r)) {
    // Every round must end with its reference count of live blocks. The heap may take one memory
    // step per phase while the free lists settle (a leak would keep stepping); matching has
    // never taken one after its warm-up, and the log says so when it is flat.
    const blocks = p.blockChanges === 0 ? 'live blocks steady' :
      `LIVE BLOCKS CHANGED in ${p.blockChanges} rounds (first in round ${p.firstBlockChange.round + 1}: ${p.firstBlockChange.actual}, expected ${p.firstBlockChange.expected})`;
    const heap = p.growths === 0 ? 'flat' : p.growths === 1 ? `one step in round ${p.lastGrowth + 1}, then flat` : `GREW ${p.growths} times`;
    if (p.blockChanges || p.growths > 1) ok = false;
    console.log(`${name}: ${p.count} in ${p.seconds.toFixed(0)} s; ${blocks}; heap ${mb(p.warmHeap)} after warm-up, ` +
      `${mb(p.maxHeap)} at most, ${mb(p.finalHeap)} at the end — ${heap}`);
  }
  process.exit(ok ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
