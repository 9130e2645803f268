// npm run bench: engine time (checkText) against compromise's own time on the same text, per
// 1,000 words and for ~1 MB of mixed news text, plus the prefilter alone on 1 MB of non-topic text.
// Medians of repeated runs. Options: --reps N (repeats for the 1 MB runs, default 3), --quick
// (skip compromise on 1 MB). Also the 1 MB → 4 MB ratio on relevant text and the inputs that used
// to be quadratic, and the learned status reader's own cost. TRIALTRACE_SHARED points at ../shared from elsewhere. Writes nothing.
import nlp from 'compromise';
import { candidatePassages, checkText, mentionsTopic } from '../engine/index';
import { learnedStatus, type StatusModel, useStatusModel } from '../engine/learned/status-reader';
import shippedStatusModel from '../engine/learned/status-model.json';
import { countWords, formatMs, formatRatio, median, timeMedian } from './bench/timing';
import { firstWords, hostileTexts, loadSources, mixedText, nonTopicText, relevantText } from './bench/corpus';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function main(): void {
  const reps = arg('--reps', 3);
  const quick = process.argv.includes('--quick');
  const src = loadSources();
  if (!src.seeds.length && !src.filler.length) {
    console.log('bench: ../shared/seeds and ../shared/benchmarks not found; nothing to measure.');
    return;
  }
  console.log(
    `sources: ${src.seeds.length} seed articles, ${src.filler.length} non-topic filler sentences (from ../shared, built at run time)`,
  );

  const compromise = (t: string) => nlp(t).json();
  const MB = 1_000_000;
  const mixed = mixedText(src, MB);
  const sample = firstWords(mixed, 1000);
  const sampleWords = countWords(sample);
  const mixedWords = countWords(mixed);

  // ---- 1,000 words
  const e1k = timeMedian(() => checkText(sample), 15, 2);
  const c1k = timeMedian(() => compromise(sample), 15, 2);
  console.log(`\n1,000 words of mixed news text (${sampleWords} words, ${sample.length} chars), median of 15:`);
  console.log(
    `  engine checkText:        ${formatMs(e1k)}  (${checkText(sample).length} findings, ${candidatePassages(sample).length} candidate passages)`,
  );
  console.log(`  compromise nlp().json(): ${formatMs(c1k)}`);
  console.log(`  ratio engine/compromise: ${formatRatio(e1k, c1k)}`);

  // ---- ~1 MB mixed
  const eMB = timeMedian(() => checkText(mixed), reps, 1);
  console.log(`\n~1 MB of mixed news text (${mixed.length} chars, ${mixedWords} words), median of ${reps}:`);
  console.log(
    `  engine checkText:        ${formatMs(eMB)}  = ${formatMs((eMB / mixedWords) * 1000)} per 1,000 words (${checkText(mixed).length} findings, ${candidatePassages(mixed).length} candidate passages)`,
  );
  if (quick) console.log('  compromise:              skipped (--quick)');
  else {
    const cMB = timeMedian(() => compromise(mixed), reps, 0);
    console.log(`  compromise nlp().json(): ${formatMs(cMB)}  = ${formatMs((cMB / mixedWords) * 1000)} per 1,000 words`);
    console.log(`  ratio engine/compromise: ${formatRatio(eMB, cMB)}`);
  }

  // ---- linear scaling: relevant text ×4 must cost at most ×4.5 (issue 9)
  const r1 = relevantText(src, MB);
  const r4 = relevantText(src, 4 * MB);
  if (r1) {
    // Interleaved pairs (1 MB then 4 MB), so a busy machine slows both alike; the ratio is the median of the pairs'.
    checkText(r1);
    const t1s: number[] = [];
    const t4s: number[] = [];
    for (let i = 0; i < reps; i++) {
      t1s.push(timeMedian(() => checkText(r1), 1, 0));
      t4s.push(timeMedian(() => checkText(r4), 1, 0));
    }
    const t1 = median(t1s);
    const t4 = median(t4s);
    console.log(`\nscaling on relevant text (seed articles repeated), median of ${reps} interleaved pairs:`);
    console.log(`  1 MB (${r1.length} chars): ${formatMs(t1)}   4 MB (${r4.length} chars): ${formatMs(t4)}`);
    console.log(`  ratio 4 MB / 1 MB:       ${median(t4s.map((t, i) => t / t1s[i]!)).toFixed(2)}×  (linear = 4×, goal ≤ 4.5×)`);
  }

  // ---- the learned status reader: its own cost, and the engine with it against the engine with an empty model
  {
    const t0 = performance.now();
    useStatusModel(shippedStatusModel as StatusModel);
    const load = performance.now() - t0;
    const sentences = mixed.split(/(?<=[.!?])\s+/).slice(0, 5000);
    const per = timeMedian(() => sentences.map((t) => learnedStatus(t)), 7, 1) / sentences.length;
    // (interleaved, as the machine's speed drifts: each pair is timed back to back)
    const withs: number[] = [];
    const withouts: number[] = [];
    for (let i = 0; i < reps; i++) {
      useStatusModel(shippedStatusModel as StatusModel);
      withs.push(timeMedian(() => checkText(r1), 1, 0));
      useStatusModel({ ...(shippedStatusModel as StatusModel), rows: [] });
      withouts.push(timeMedian(() => checkText(r1), 1, 0));
    }
    useStatusModel(shippedStatusModel as StatusModel);
    const withReader = median(withs);
    const without = median(withouts);
    console.log(`\nlearned status reader (${(shippedStatusModel as StatusModel).rows.length} weighted buckets):`);
    console.log(`  lookup table built:      ${formatMs(load)}`);
    console.log(`  one sentence read:       ${formatMs(per)}  (mean over ${sentences.length} sentences, median of 7)`);
    console.log(
      `  engine on 1 MB relevant: ${formatMs(withReader)} with the reader, ${formatMs(without)} with an empty model (${formatRatio(withReader, without)}), median of ${reps} interleaved pairs`,
    );
  }

  // ---- inputs that were quadratic
  console.log('\nhostile inputs (each was quadratic: 160 KB of titles took 6.5 s, a 1 MB sentence 92 s):');
  for (const { name, text } of [...hostileTexts(800_000).slice(0, 1), ...hostileTexts(MB).slice(1)]) {
    const t = timeMedian(() => checkText(text), 1, 0);
    console.log(`  ${name.padEnd(30)} ${formatMs(t)}`);
  }

  // ---- prefilter alone on 1 MB of non-topic text
  const off = nonTopicText(src, MB);
  if (off) {
    const n = 21;
    const pm = timeMedian(() => mentionsTopic(off), n, 2);
    const pc = timeMedian(() => candidatePassages(off), n, 2);
    console.log(
      `\nprefilter alone on ~1 MB of non-topic text (${off.length} chars, mentionsTopic=${mentionsTopic(off)}), median of ${n}:`,
    );
    console.log(`  mentionsTopic:     ${formatMs(pm)}`);
    console.log(`  candidatePassages: ${formatMs(pc)}  (${candidatePassages(off).length} passages)`);
  }
}

main();
