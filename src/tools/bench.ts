// npm run bench: engine time (checkText) against compromise's own time on the same text, per
// 1,000 words and for ~1 MB of mixed news text, plus the prefilter alone on 1 MB of non-topic text.
// Medians of repeated runs. Options: --reps N (repeats for the 1 MB runs, default 3), --quick
// (skip compromise on 1 MB). Writes nothing.
import nlp from 'compromise';
import { candidatePassages, checkText, mentionsTopic } from '../engine/index';
import { countWords, formatMs, formatRatio, timeMedian } from './bench/timing';
import { firstWords, loadSources, mixedText, nonTopicText } from './bench/corpus';

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
  console.log(`sources: ${src.seeds.length} seed articles, ${src.filler.length} non-topic filler sentences (from ../shared, built at run time)`);

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
  console.log(`  engine checkText:        ${formatMs(e1k)}  (${checkText(sample).length} findings, ${candidatePassages(sample).length} candidate passages)`);
  console.log(`  compromise nlp().json(): ${formatMs(c1k)}`);
  console.log(`  ratio engine/compromise: ${formatRatio(e1k, c1k)}`);

  // ---- ~1 MB mixed
  const eMB = timeMedian(() => checkText(mixed), reps, 1);
  console.log(`\n~1 MB of mixed news text (${mixed.length} chars, ${mixedWords} words), median of ${reps}:`);
  console.log(`  engine checkText:        ${formatMs(eMB)}  = ${formatMs((eMB / mixedWords) * 1000)} per 1,000 words (${checkText(mixed).length} findings, ${candidatePassages(mixed).length} candidate passages)`);
  if (quick) console.log('  compromise:              skipped (--quick)');
  else {
    const cMB = timeMedian(() => compromise(mixed), reps, 0);
    console.log(`  compromise nlp().json(): ${formatMs(cMB)}  = ${formatMs((cMB / mixedWords) * 1000)} per 1,000 words`);
    console.log(`  ratio engine/compromise: ${formatRatio(eMB, cMB)}`);
  }

  // ---- prefilter alone on 1 MB of non-topic text
  const off = nonTopicText(src, MB);
  if (off) {
    const n = 21;
    const pm = timeMedian(() => mentionsTopic(off), n, 2);
    const pc = timeMedian(() => candidatePassages(off), n, 2);
    console.log(`\nprefilter alone on ~1 MB of non-topic text (${off.length} chars, mentionsTopic=${mentionsTopic(off)}), median of ${n}:`);
    console.log(`  mentionsTopic:     ${formatMs(pm)}`);
    console.log(`  candidatePassages: ${formatMs(pc)}  (${candidatePassages(off).length} passages)`);
  }
}

main();
