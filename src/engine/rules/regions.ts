// Regulatory regions named in a sentence ("in Europe", "the FDA", "Health Canada"), for checking
// approval facts. Kept apart from countries.ts: a region is a jurisdiction with a regulator
// (the EU and its agency), not a place where a trial recruited.
import type { Approval, EVENT_REGIONS } from '../../claims/schema';

type Region = Approval['region'];

// Not followed by a word character or by ".x" ("U.S" inside "U.S.A."); a sentence-final full stop is fine.
const END = '(?!\\w|\\.\\w)';
const REGION_PATTERNS: Record<Region, RegExp> = {
  US: new RegExp(
    // The FDA's own procedures name it too: "priority review", "PDUFA date", "new drug application".
    String.raw`\b(?:United States|U\.S\.(?:A\.)?|USA|US|America|American|FDA|Food and Drug Administration|priority review|PDUFA|Prescription Drug User Fee Act|new drug application|NDA)` +
      END,
    'g',
  ),
  EU: new RegExp(String.raw`\b(?:Europe|European Union|European|EU|EMA|European Medicines Agency|CHMP)` + END, 'g'),
  Canada: /\b(?:Canada|Canadian|Health Canada)\b/g,
  Japan: /\b(?:Japan|Japanese|PMDA)\b/g,
  UK: /\b(?:United Kingdom|UK|U\.K\.|Britain|British|MHRA|Medicines and Healthcare products Regulatory Agency|England|Scotland|Wales|Northern Ireland)\b/g,
};

/** EU member states and their adjectives: a member state's approvals of these medicines are the EU's (the centralised
 * procedure). */
export const EU_MEMBER_STATES =
  'Italy|Italian|France|French|Germany|German|Spain|Spanish|Denmark|Danish|Belgium|Belgian|Netherlands|Dutch|Portugal|Portuguese|Austria|Ireland|Irish|Sweden|Swedish|Finland|Poland|Greece';

/** A jurisdiction the records hold no decisions for (Australia's TGA, Swissmedic, the UK's MHRA…): a decision told
 * there is neither confirmed nor contradicted by the US, EU, Canadian or Japanese records. */
const OTHER_JURISDICTION =
  /\b(?:Australia|Australian|TGA|Therapeutic Goods Administration|Switzerland|Swiss|Swissmedic|China|Chinese|NMPA|Korea|Korean|Taiwan|Taiwanese|Brazil|Brazilian|ANVISA|Israel|Israeli|India|Indian|Mexico|Mexican|Argentina|Russia|Turkey|Saudi Arabia|Singapore|New Zealand|Medsafe)\b/;

/** Does the text name a jurisdiction whose decisions the records do not hold? */
export function namesOtherJurisdiction(text: string): boolean {
  return OTHER_JURISDICTION.test(text);
}

/** A region mention that names its regulator, not a place: whose decision a sentence tells. */
const REGULATOR =
  /^(?:FDA|Food and Drug Administration|EMA|European Medicines Agency|CHMP|Health Canada|PMDA|MHRA|Medicines and Healthcare products Regulatory Agency)$/;

/** How a region reads in a sentence: "in the EU", "in Canada". */
export const REGION_NAME: Record<Region, string> = {
  US: 'the US',
  EU: 'the EU',
  Canada: 'Canada',
  Japan: 'Japan',
  UK: 'the UK',
};

export interface RegionMention {
  region: Region;
  index: number;
  text: string;
}

/** A nationality describing who, not where a regulator decided: "the Japanese drugmaker", "137 Japanese patients",
 * "American researchers". Patients told as getting the drug ("European patients are likely to get access to it") are
 * where it would be sold: the region. */
const WHO_AFTER_ADJECTIVE =
  /^\s+(?:[\w-]+\s+)?(?:drug-?makers?|compan(?:y|ies)|firms?|pharma\w*|biotech\w*|manufacturers?|makers?|researchers?|scientists?|teams?|(?:patients?|people)\b(?![^.;]{0,40}\b(?:get|gain|have) access\b|[^.;]{0,25}\bbe (?:receiving|getting|offered|prescribed)\b)|participants|subjects|volunteers|doctors|neurologists)\b/i;
const ADJECTIVE = /^(?:Japanese|American|European|Canadian|British)$/;

/** Every region mention in the text, in order of position. */
export function regionsIn(text: string): RegionMention[] {
  const out: RegionMention[] = [];
  for (const [region, re] of Object.entries(REGION_PATTERNS) as [Region, RegExp][]) {
    for (const m of text.matchAll(re)) {
      if (ADJECTIVE.test(m[0]) && WHO_AFTER_ADJECTIVE.test(text.slice(m.index + m[0].length))) continue;
      out.push({ region, index: m.index, text: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The regions whose decision the text tells: those named by their regulator ("the FDA approved it on two trials in
 * Japan": the US), or, with no regulator named, every region named. */
export function decidingRegions(mentions: readonly RegionMention[]): Region[] {
  const regulators = mentions.filter((m) => REGULATOR.test(m.text));
  return [...new Set((regulators.length ? regulators : mentions).map((m) => m.region))];
}

export type EventRegion = (typeof EVENT_REGIONS)[number];

/** The places with a regulator of their own whose decisions are recorded as dated events only. */
const EVENT_ONLY_PLACES: [Exclude<EventRegion, Region>, RegExp][] = [['Switzerland', /\b(?:Switzerland|Swiss|Swissmedic)\b/]];

/** Every place the words name, as the records' regions (the five with approval records, and Switzerland). */
export function placesIn(words: string): Set<EventRegion> {
  const out = new Set<EventRegion>(regionsIn(words).map((m) => m.region));
  for (const [place, re] of EVENT_ONLY_PLACES) if (re.test(words)) out.add(place);
  return out;
}

/** Does the text name a jurisdiction that neither an approval record nor a dated event can speak for (Australia,
 * China…)? Switzerland, which events can, does not count here. */
export function namesPlaceWithoutEvents(text: string): boolean {
  let rest = text;
  for (const [, re] of EVENT_ONLY_PLACES) rest = rest.replace(new RegExp(re.source, 'g'), ' ');
  return OTHER_JURISDICTION.test(rest);
}
