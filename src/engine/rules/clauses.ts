// Clause boundaries inside one sentence, for rules that judge one clause and not the whole sentence
// ("Because mice lived longer, the same treatment will add years to patients' lives": the second
// clause is about people, the first about mice).

/** Punctuation and connectives that start a new clause. */
const BOUNDARY = /[,;:—–()]|\s(?:but|while|whereas|although|though|so|therefore|and so|which means|meaning)\s/gi;

export interface Clause {
  start: number;
  end: number;
  text: string;
}

/** The clause of `text` that contains offset `at`; `boundary` says where clauses break (by default punctuation and the
 * connectives above). */
export function clauseAt(text: string, at: number, boundary: RegExp = BOUNDARY): Clause {
  let start = 0;
  let end = text.length;
  const re = new RegExp(boundary.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const b = m.index;
    if (b < at) start = b + m[0].length;
    else {
      end = b;
      break;
    }
  }
  return { start, end, text: text.slice(start, end) };
}
