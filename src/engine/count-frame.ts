// How many drugs a clause says are approved, read from parts rather than whole phrases: a number that counts drugs
// ("three disease-modifying drugs", "two approved medicines") or a drug told as the only one ("the only licensed
// treatment"), and, anywhere in the same clause, that they are approved, licensed or on the market. "Three
// disease-modifying drugs are currently FDA-approved for ALS", "In this country we have two approved drugs" and
// "The FDA has approved three drugs for ALS: …" are then one assertion, however the sentence is built.
// The fixed phrasings status-frame.ts lists come first; this reads what they do not.
// Pure text analysis: no study, drug or regulator record lives here.

/** Number words and digits as counts of drugs (status-frame.ts reads its fixed phrasings' counts with it too). */
export const NUMBER: Record<string, number> = {
  one: 1,
  'a single': 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
};
const DRUGS = String.raw`(?:drugs?|medicines?|medications?|treatments?|therapies|therapy|options?)`;

/** A number counting drugs, with up to two words between ("three disease-modifying drugs", "two FDA-approved medicines"). */
const COUNTED = new RegExp(String.raw`\b(one|a single|two|three|four|five|six|seven|[1-7]) (?:[\w-]+ ){0,2}?${DRUGS}\b`, 'i');

/** A drug told as the only one: "the only licensed treatment", "the only drug made specifically to treat ALS". */
const ONLY_ONE = new RegExp(String.raw`\bthe (?:only|sole) (?:[\w-]+ ){0,2}?(?:${DRUGS}|thing|one)\b`, 'i');

/** That the drugs are approved or sold (not merely studied, used, or hoped for). */
const APPROVED =
  /\b(?:approved|licen[cs]ed|authori[sz]ed|indicated|registered|recogni[sz]es|on the market|marketed|made (?:specifically )?to treat|available|(?:they|doctors|we|you|neurologists) can (?:give|prescribe|offer|get)(?: you)?)\b/i;

/** What makes the number count something else: the parts of one combination, drugs in development, under study or for symptoms,
 * drugs approved for other uses, a trial's arms. */
const NOT_A_COUNT =
  /\b(?:combin\w*|mix\w*|pair(?:ed)?|made up of|consists? of|contains?|development|experimental|investigational|candidates?|pipeline|under (?:study|investigation|review)|stud(?:y|ied|ies)|test(?:ed|ing)?|trial(?:s|led)?|research|symptom\w*|other (?:conditions|diseases|uses|indications)|arms?|doses?|placebo|off[- ]label|(?:so far|yet) (?:to|been)|since|after|before|until|first|last|newest|latest|other)\b/i;

/** The disease as what the drugs are for, or the drugs' own context ("for ALS", "the disease", "in this country"). */
const FOR_THE_DISEASE =
  /\b(?:ALS|MND|amyotrophic|motor neurone? disease|Lou Gehrig|the disease|the condition|this disease|this condition|it|in (?:this|our|the) country|here)\b/i;

/** The count of approved drugs a clause gives, or undefined. */
export function countInClause(clause: string): number | undefined {
  if (!APPROVED.test(clause) || NOT_A_COUNT.test(clause) || !FOR_THE_DISEASE.test(clause)) return undefined;
  const counted = COUNTED.exec(clause);
  if (counted) return NUMBER[counted[1]!.toLowerCase()];
  return ONLY_ONE.test(clause) ? 1 : undefined;
}
