// Country names and their common aliases, for checking where a trial ran.
const US_STATES = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
];
const ALIASES: Record<string, string[]> = {
  'United Kingdom': [
    'United Kingdom',
    'UK',
    'U\\.K\\.',
    'Britain',
    'Great Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
  ],
  // A US state places a trial site in the United States ("the author's clinic in Ohio was one of the trial sites").
  // (Not New York or Washington, which name cities and newspapers as often.)
  'United States': ['United States', 'USA', 'U\\.S\\.A?\\.?', 'US', 'America', ...US_STATES],
  Ireland: ['(?<!Northern )Ireland', 'Republic of Ireland'],
};
/** Countries named alone, each with whether it is in Europe. */
const SIMPLE: readonly (readonly [name: string, inEurope: boolean])[] = [
  ['France', true],
  ['Italy', true],
  ['Sweden', true],
  ['Germany', true],
  ['Spain', true],
  ['Portugal', true],
  ['Netherlands', true],
  ['Belgium', true],
  ['Switzerland', true],
  ['Austria', true],
  ['Denmark', true],
  ['Norway', true],
  ['Finland', true],
  ['Poland', true],
  ['Greece', true],
  ['Canada', false],
  ['Australia', false],
  ['Japan', false],
  ['China', false],
  ['India', false],
  ['Israel', false],
  ['Brazil', false],
  ['Mexico', false],
  ['South Korea', false],
  ['Korea', false],
  ['Turkey', false],
  ['Czech Republic', true],
  ['Hungary', true],
  ['Romania', true],
  ['Slovenia', true],
  ['Iceland', true],
  ['New Zealand', false],
  ['Argentina', false],
];
/** Countries of Europe the table knows (for "run in Europe" told of a trial that recruited elsewhere). */
export const EUROPEAN: ReadonlySet<string> = new Set([
  'United Kingdom',
  'Ireland',
  ...SIMPLE.filter(([, inEurope]) => inEurope).map(([name]) => name),
]);
const TABLE: [string, RegExp][] = [
  ...Object.entries(ALIASES).map(
    ([name, alts]) => [name, new RegExp(`\\b(?:${alts.join('|')})(?!\\w|\\.\\w)`)] as [string, RegExp],
  ),
  ...SIMPLE.map(([name]) => [name, new RegExp(`\\b${name}\\b`)] as [string, RegExp]),
];

/** The pattern source for one country and its aliases (the name itself when the table does not know it). */
export function countryPatternSource(name: string): string {
  const canonical = canonicalCountry(name);
  return `(?:${(ALIASES[canonical] ?? [canonical.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')]).join('|')})`;
}

/** Where the last country mention ends, or -1. */
export function lastCountryEnd(text: string): number {
  let end = -1;
  for (const [, re] of TABLE) {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(text); m; m = g.exec(text)) end = Math.max(end, m.index + m[0].length);
  }
  return end;
}

/** Canonical names of the countries a text mentions. */
export function countriesIn(text: string): string[] {
  return TABLE.filter(([, re]) => re.test(text)).map(([name]) => name);
}

export function canonicalCountry(name: string): string {
  return countriesIn(name)[0] ?? name;
}
