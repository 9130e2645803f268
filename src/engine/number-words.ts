// Numbers written as words ("two hundred and twenty people", "thirty-six patients", "seventy per cent")
// turned into digits, so the fact checks that compare counts and shares read spoken and written-out
// copy too. compromise can do this, but only in its full build, which the engine does not ship.

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000 };

const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join('|')})`;
/** A run of number words, joined by spaces, hyphens or "and" ("two hundred and twenty", "thirty-six");
 * "a" belongs to the run only as "a hundred" / "a thousand". */
const RUN = new RegExp(`\\b(?:a\\s+(?=dozen|hundred|thousand))?${WORD}(?:(?:\\s+and\\s+|[\\s-]+)${WORD})*\\b`, 'gi');

/** The value of one run of number words, or undefined when it does not read as a number. */
export function parseNumberWords(run: string): number | undefined {
  const words = run
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and');
  if (words[0] === 'a') words[0] = 'one'; // "a hundred", "a dozen"
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

/** The text with every run of number words replaced by its digits ("thirty-six patients" → "36 patients"). */
export function numberWordsToDigits(text: string): string {
  return text.replace(RUN, (run) => String(parseNumberWords(run) ?? run));
}
