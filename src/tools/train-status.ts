// Trains the learned status reader (src/engine/learned/): which kind of status a sentence tells as current — a
// regulatory decision still to come, results still to come, a paper still to come, a drug on offer — in the words the
// phrase-based status frame (status-frame.ts) does not know. The examples and the fit: src/tools/learned/status-training.ts.
//
//   npx tsx src/tools/train-status.ts          writes src/engine/learned/status-model.json (npm run train:status)
//   npx tsx src/tools/train-status.ts --eval   the reader alone on the sentences of the sets kept out of training
//   npx tsx src/tools/train-status.ts --kept   the sets kept out of training (NOT_FOR_TRAINING), judged by the whole
//                                              engine with the shipped model beside an empty one
//   npx tsx src/tools/train-status.ts --cv     five folds of the training sets, each judged by the whole engine with a
//                                              reader that never saw it, beside the engine without the reader
//                                              (--changes lists the sentences whose outcome the reader changed)
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import shipped from '../engine/learned/status-model.json';
import { askable, LEARNED_KINDS, type StatusModel, useStatusModel } from '../engine/learned/status-reader';
import { generalisationSets, runGeneralisation, type SetFigures, setFigures } from './eval/generalisation';
import { repoRoot } from './eval/paths';
import {
  CLASSES,
  compact,
  examples,
  modelOf,
  keptOutOfTraining,
  predict,
  train,
  trainingExamples,
} from './learned/status-training';

function evaluate(): void {
  const all = examples();
  const trainSet = all.filter((e) => !e.kept);
  // (the sentences the reader is asked about at run time: the frame reads nothing, and not negated, history or forecast)
  const test = all.filter((e) => e.kept && askable(e.text));
  console.log(`training on ${trainSet.length} sentences; judging ${test.length} unstudied sentences the frame reads no kind in`);
  const { W, rows } = compact(train(trainSet));
  console.log(`${rows.length} weighted buckets`);
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    let hit = 0;
    let pos = 0;
    let fp = 0;
    let neg = 0;
    for (const e of test) {
      const p = predict(W, e.x);
      const k = p.indexOf(Math.max(...p));
      const said = (LEARNED_KINDS as readonly string[]).includes(CLASSES[k]!) && p[k]! >= t ? CLASSES[k] : 'none';
      if (e.superseded) {
        // (only sentences of a kind the reader gives: the others are left to their own judges)
        if (!(LEARNED_KINDS as readonly string[]).includes(e.y)) continue;
        pos++;
        if (said === e.y) hit++;
      } else {
        neg++;
        if (said !== 'none') fp++;
      }
    }
    console.log(`threshold ${t}: superseded read right ${hit}/${pos}; other sentences given a kind ${fp}/${neg}`);
  }
}

function write(): void {
  const m = modelOf(compact(train(trainingExamples())).rows);
  const file = join(repoRoot(), 'src', 'engine', 'learned', 'status-model.json');
  // One row per line: [bucket, weight per class in hundredths].
  const body = m.rows.map((r) => JSON.stringify(r)).join(',\n');
  writeFileSync(
    file,
    `{"classes":${JSON.stringify(m.classes)},"buckets":${m.buckets},"scale":${m.scale},"rows":[\n${body}\n]}\n`,
  );
  console.log(`wrote ${file}: ${m.rows.length} weighted buckets`);
}

/** Figures over sets judged by the whole engine, summed (the counting of `npm run eval` part d). With `changes`, each
 * labelled sentence's outcome is recorded, to list the ones the reader changed. */
function tally(dirs: string[], changes?: Map<string, string>): SetFigures {
  const t = noFigures();
  for (const dir of dirs) {
    const run = runGeneralisation(dir);
    if (!run) continue;
    add(t, setFigures(run));
    if (changes)
      for (const r of run.results) {
        const got = r.finding
          ? ` (${r.finding.verdict} ${r.finding.reasons.map((x) => x.code).join(',')}: ${r.finding.reasons[0]?.message ?? ''})`
          : '';
        changes.set(
          `${basename(dir)} ${r.e.sentence}`,
          `${r.e.kind === 'must-flag' ? `want ${r.e.verdict}` : r.e.kind}: ${r.outcome}${got}`,
        );
      }
  }
  return t;
}

/** Counts at zero, to add sets' counts into. */
function noFigures(): SetFigures {
  return { must: 0, strict: 0, loose: 0, mustNot: 0, falseFlags: 0, eitherFlagged: 0, flagged: 0, dated: 0, datedRight: 0 };
}

/** Adds b's counts into a. */
function add(a: SetFigures, b: SetFigures): void {
  for (const k of Object.keys(a) as (keyof SetFigures)[]) a[k] += b[k];
}

const line = (t: SetFigures) => {
  const right = t.loose + t.eitherFlagged;
  return `P ${(right / t.flagged).toFixed(3)} (${t.flagged - right} wrong of ${t.flagged})  strict ${t.strict}/${t.must}  outdated ${t.datedRight}/${t.dated}`;
};

/** Five folds of the training sets, by set number: each fold judged by the whole engine with a reader trained on the
 * other four, beside the engine without the reader. Prints the sentences whose outcome the reader changed. */
function crossValidate(): void {
  const all = trainingExamples();
  const dirs = generalisationSets().filter((d) => !keptOutOfTraining(d));
  const none = modelOf([]);
  const listChanges = process.argv.includes('--changes');
  const before = noFigures();
  const after = noFigures();
  for (let fold = 0; fold < 5; fold++) {
    const inFold = dirs.filter((d) => Number(basename(d).replace(/^set-/, '')) % 5 === fold);
    const { rows } = compact(train(all.filter((e) => e.set % 5 !== fold)));
    const was = listChanges ? new Map<string, string>() : undefined;
    const now = listChanges ? new Map<string, string>() : undefined;
    useStatusModel(none);
    add(before, tally(inFold, was));
    useStatusModel(modelOf(rows));
    add(after, tally(inFold, now));
    for (const [k, v] of now ?? []) if (was!.get(k) !== v) console.log(`  ${was!.get(k)} -> ${v}  ${k.slice(0, 160)}`);
  }
  console.log(`without the reader: ${line(before)}`);
  console.log(`with the reader:    ${line(after)}`);
}

/** The sets kept out of training, judged by the whole engine with the shipped model beside an empty one: how much the
 * reader adds on text it never saw. */
function keptOut(): void {
  const dirs = generalisationSets().filter((d) => !existsSync(join(d, 'HELD_OUT')) && keptOutOfTraining(d));
  useStatusModel(modelOf([]));
  const before = tally(dirs);
  useStatusModel(shipped as StatusModel);
  const after = tally(dirs);
  console.log(`${dirs.length} sets kept out of training`);
  console.log(`without the reader: ${line(before)}`);
  console.log(`with the reader:    ${line(after)}`);
}

if (process.argv.includes('--eval')) evaluate();
else if (process.argv.includes('--kept')) keptOut();
else if (process.argv.includes('--cv')) crossValidate();
else write();
