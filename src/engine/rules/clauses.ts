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

/** A relative clause set off by commas ("Edaravone, which the EMA approved in 2019, was mentioned …") that holds
 * offset `at`: it asserts its own fact, whatever the main clause around it hopes, plans or supposes. */
export function relativeClauseAt(text: string, at: number): Clause | undefined {
  const before = text.slice(0, at);
  const open = /,\s+(?:which|who)\s[^,;:()]*$/i.exec(before);
  if (!open) return undefined;
  const close = /[,;:()]/.exec(text.slice(at));
  if (!close) return undefined;
  const start = open.index + 1;
  const end = at + close.index;
  return { start, end, text: text.slice(start, end) };
}
