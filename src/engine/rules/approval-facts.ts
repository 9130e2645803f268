// Approval facts that contradict the source's verified regulatory record: a drug said to be approved
// in a region where it never was ("edaravone is approved in Europe"), or an accelerated approval told
// as a full one. Part of the wrong-fact rule.
//
// Deliberately narrow: the sentence must plainly assert approval. Any negation, contrast, plan,
// application or hedge in the sentence ("not yet approved in Europe", "unlike in the EU", "has
// applied to the EMA", "could be approved") leaves it alone — a wrong flag is worse than none.
import { isNegatedAt } from '../cues/negation';
import { clauseAt, relativeClauseAt } from './clauses';
import type { Approval, SourceFile } from '../../claims/schema';
import { REGION_NAME, regionsIn } from './regions';
import type { RuleInput, RuleOutcome } from './types';

const APPROVED = /\b(?:approv(?:ed|al)|licen[cs]ed|authori[sz]ed|cleared|green[- ]lit|green light|marketing authori[sz]ation)\b/i;
/** Not a plain assertion of this drug's approval: a denial, a hope, a condition, an approval still to come ("before it can
 * move to full approval"), or what a kind of approval means ("Conditional approval means a therapy can be marketed…"). */
const NOT_PLAIN_ASSERTION =
  /\b(?:not|never|no|nor|yet|pending|awaiting|await|seek\w*|sought|appl(?:y|ied|ies|ication)|submit\w*|filed|filing|withdr[ae]w\w*|reject\w*|refus\w*|declined to|unlike|except|whereas|while|outside|rather than|instead|hope\w*|expect\w*|plan\w*|may|might|could|would|will|should|if|whether|considering|under review|recommend\w*)\b|n't\b|\?|\b(?:before|until|once|when)\s+(?:[\w-]+\s+){0,3}?(?:(?:is|are|gets?|can be)\s+(?:\w+\s+)?approved|(?:can|could|will)\s+(?:move to|receive|get|gain|be granted|be given)\s+(?:full |formal |standard |conditional )?(?:approval|authori[sz]ation))\b|\bmatter of (?:weeks|months|time)\b|\b(?:has|have|had|needs?|would need|must|will have) to be (?:\w+ (?:and|or) )?(?:approved|licen[cs]ed|authori[sz]ed)\b|\bunlicensed\b|\b(?:approval|authori[sz]ation)\s+(?:means|is when|refers to|allows)\b/i;
/** What the reader is told to know before the claim: "should know that", "may want to note that". */
const READER_ADVISED =
  /\b(?:should|must|may want to|might want to|need to|will want to)\s+(?:know|note|be aware|remember|understand|bear in mind)(?:\s+of)?\s+that\b/gi;
/** Approval of a study rather than of a drug: "approved by the ethics committee", "the trial was approved". */
const STUDY_APPROVAL =
  /\b(?:ethic\w*|review boards?|IRBs?|committees?|protocols?|(?:trial|study)\s+(?:was|were|had been|has been)\s+approved|approved\s+the\s+(?:trial|study|protocol)|(?:cleared|approved|allowed|authori[sz]ed)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:begin|start|proceed|launch|run|test|enrol\w*|dose|move)|(?:approved|cleared)\s+(?:[\w'’-]+\s+){0,3}?(?:plans?|application|IND)\s+(?:for|to)\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:trial|study)|IND)\b/i;
/** A combination's parts told as approved on their own: "both components are already approved as separate therapies". */
const PARTS_APPROVED =
  /\b(?:components?|ingredients?|constituents?|parts|both (?:drugs|medicines|agents))\b[^.;]{0,60}?\b(?:approved|licen[cs]ed|authori[sz]ed)\b|\b(?:approved|licen[cs]ed)\s+(?:as\s+)?(?:separate(?:ly)?|individual(?:ly)?|on their own)\b/i;
/** The drug told as prescribed or obtainable now: "can already get it on prescription", "is already prescribed on the
 * NHS", "can ask their neurologist for the injections", "it's already available on the NHS". */
const ON_PRESCRIPTION =
  /\b(?:(?:is|are)\s+(?:already\s+|now\s+)?(?:available\s+)?on\s+prescription|(?:is|are|it['’]s)\s+(?:already\s+|now\s+)?available\s+(?:on\s+the\s+NHS|through\s+the\s+NHS|to\s+(?:patients|people)|for\s+(?:patients|people)\s+like)|(?:is|are)\s+(?:already\s+|now\s+)?(?:being\s+)?prescribed|can\s+(?:already\s+|now\s+)?(?:get|obtain|receive)\b[^.;]{0,40}?\bon\s+prescription|can\s+(?:already\s+|now\s+)?ask\s+(?:their|your|his|her)\s+(?:neurologist|doctor|GP)\s+(?:for|to\s+prescribe))\b/i;
/** Where one clause ends and another, with a verb of its own, begins: "…, so a pharmacy should…", "… and can be
 * prescribed if…", "; it…". A bare comma is no boundary ("Unlike in the EU, it is approved in the US"), nor is "but",
 * whose contrast often carries the denial ("approved in Japan and the US but never in the EU"). */
const CLAUSE_BREAK =
  /;|,\s+(?:so)\b|\s+(?:so that)\s+|\s+and\s+(?=(?:can|could|should|may|might|will|would|must|patients|people|doctors|you|we|they)\b)/gi;

/** The disease, or a trial of it, in the approval's clause: "approved for ALS", "an approved MND treatment", "approved
 * after the trial". */
const ABOUT_THIS_DISEASE = /\b(?:ALS|MND|motor neuron(?:e)?|amyotrophic|Lou Gehrig|trials?|study|studies)\b/i;
const FULL_APPROVAL = /\b(?:full|fully|traditional|standard|regular)\s+(?:FDA\s+)?approv\w*/i;
/** "received accelerated approval", "under the FDA's accelerated approval pathway". */
const ACCELERATED_APPROVAL = /\baccelerated(?:\s+(?:FDA\s+)?approv\w*|\s+(?:approval\s+)?pathway)\b/i;
const NEVER_APPROVED = new Set<Approval['state']>(['application-withdrawn', 'not-approved']);

const describe = (a: Approval) =>
  a.state === 'application-withdrawn'
    ? `the application was withdrawn${a.date ? ` (${a.date})` : ''}`
    : 'it has not been approved there';

/** Every verified regulatory record says not approved (or the application withdrawn): an experimental treatment. */
export function approvedNowhere(source: SourceFile): boolean {
  const records = source.status.approvals.filter((a) => a.verified);
  return records.length > 0 && records.every((a) => NEVER_APPROVED.has(a.state));
}

/** The drug holds a verified marketing approval somewhere (accelerated included). */
export function approvedSomewhere(source: SourceFile): boolean {
  return source.status.approvals.some((a) => a.verified && APPROVED_STATES.has(a.state));
}
const APPROVED_STATES = new Set<Approval['state']>(['approved', 'accelerated-approval']);

export function checkApprovals({ s, source }: RuleInput): RuleOutcome {
  const records = source.status.approvals.filter((a) => a.verified);
  // For a drug approved nowhere on record, a patient getting it on prescription now says the same as "approved".
  const neverApproved = approvedNowhere(source);
  // "more than any approved drug", "other approved treatments": the approval of other drugs, not of this one.
  const approvedWord = APPROVED.exec(s.text);
  const othersApproved =
    approvedWord !== null &&
    /\b(?:than|other|any|existing|all|the only)\s+(?:[\w-]+\s+)?$/i.test(
      s.text.slice(Math.max(0, approvedWord.index - 25), approvedWord.index),
    );
  const says = (approvedWord !== null && !othersApproved) || (neverApproved && ON_PRESCRIPTION.test(s.text));
  // "Travellers should know that it is authorised across the EU": the modal is the reader's, the approval is asserted.
  // Only the approval's own clause counts: in "has been licensed by the EMA and can be prescribed here if your
  // neurologist agrees", the condition is the prescription's.
  let clause = approvedWord ? clauseAt(s.text, approvedWord.index, CLAUSE_BREAK).text : s.text;
  // A relative clause between commas asserts its approval whatever the sentence around it supposes: "Edaravone, which
  // the EMA approved in 2019, was mentioned as an option if his function declines". (Only then: elsewhere the whole
  // clause, with the places the main clause names, is judged.)
  const relative = approvedWord ? relativeClauseAt(s.text, approvedWord.index) : undefined;
  if (relative && NOT_PLAIN_ASSERTION.test(clause) && !NOT_PLAIN_ASSERTION.test(relative.text)) clause = relative.text;
  const asserted = clause.replace(READER_ADVISED, '');
  if (records.length === 0 || !says || NOT_PLAIN_ASSERTION.test(asserted) || STUDY_APPROVAL.test(s.text)) return null;
  // "both components of COYA-302 are already approved as separate therapies": its parts' licences, not the product's.
  if (PARTS_APPROVED.test(clause)) return null;
  // The places of the approval's clause ("approved in Japan, the US and Switzerland, but never in the EU": not the EU).
  const mentioned = regionsIn(clause);
  // Approved nowhere on record for this disease, but licensed for another (aldesleukin, for cancers): a bare "IL-2 is
  // already approved, so it could be repurposed" may mean that licence. Judged only with a place, the disease, a trial
  // or a prescription in the approval's clause.
  const licensedElsewhere = source.status.events.some((e) => e.verified && e.kind === 'approved' && e.indication);
  const bare = mentioned.length === 0 && !ABOUT_THIS_DISEASE.test(clause) && !ON_PRESCRIPTION.test(s.text);
  if (neverApproved && licensedElsewhere && bare) return null;
  // Approved nowhere on record (an experimental drug): "it has been approved for ALS" is wrong wherever.
  if (mentioned.length === 0 && neverApproved) {
    return {
      fired: `${source.name}: not approved in ${records.map((a) => REGION_NAME[a.region]).join(' or ')}; ${describe(records[0]!)}.`,
    };
  }
  for (const a of records) {
    if (NEVER_APPROVED.has(a.state) && mentioned.some((m) => m.region === a.region)) {
      return { fired: `${source.name}: not approved in ${REGION_NAME[a.region]}; ${describe(a)}.` };
    }
  }
  const accelerated = records.find((a) => a.state === 'accelerated-approval');
  if (accelerated && FULL_APPROVAL.test(s.text)) {
    const where = mentioned.length === 0 || mentioned.some((m) => m.region === accelerated.region);
    if (where) {
      return {
        fired: `${source.name} has accelerated, not full, approval in ${REGION_NAME[accelerated.region]}${accelerated.basis ? `, based on ${accelerated.basis}` : ''}.`,
      };
    }
  }
  // A full approval told as accelerated (Relyvrio's 2022 US approval was a full one, on a phase 2 trial).
  const toldAccelerated = ACCELERATED_APPROVAL.exec(s.text);
  // ("Health Canada's counterpart to the FDA's accelerated approval pathway" compares two pathways: no drug's.)
  const pathwayCompared =
    toldAccelerated !== null &&
    /\b(?:counterpart|equivalent|analogue|analog|answer|version|similar|akin|comparable|like)\b[^.;]{0,30}$/i.test(
      s.text.slice(0, toldAccelerated.index),
    );
  if (toldAccelerated && !pathwayCompared && !isNegatedAt(s.text, toldAccelerated.index, 4)) {
    const full = source.status.events.find(
      (e) =>
        e.verified &&
        e.kind === 'approved' &&
        e.pathway === 'full' &&
        (mentioned.length === 0
          ? records.some((a) => a.region === e.region) || e.region === 'US'
          : mentioned.some((m) => m.region === e.region)),
    );
    if (full) return { fired: `${source.name}: ${full.what} (${full.date}); it was not an accelerated approval.` };
  }
  const approvedHere = records.filter((a) => APPROVED_STATES.has(a.state));
  const right = mentioned.filter((m) => approvedHere.some((a) => a.region === m.region));
  if (right.length > 0 && right.length === mentioned.length) {
    return { confirmed: `${source.name} is approved in ${[...new Set(right.map((m) => REGION_NAME[m.region]))].join(' and ')}.` };
  }
  return null;
}
