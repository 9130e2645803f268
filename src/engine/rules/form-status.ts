// A form of a drug told as not existing, in a document written before it was approved: "there is currently no
// version you can take by mouth", "it is an intravenous medicine that has to be given by a professional". Judged
// against the claim's verified `formApproval` and its date. Part of the superseded rule.
import { compiled } from '../regexp';
import { perDocument } from './document';
import { datedOutcome } from './pending-status';
import type { RuleInput, RuleOutcome } from './types';

/** The form denied as now: "no version you can take by mouth", "not available as a liquid", "no oral form yet", "an
 * oral version is being studied". */
const NO_SUCH_FORM =
  /\b(?:(?:there is|there's|there are)? ?(?:currently |still |as yet )?no (?:[\w-]+ ){0,2}?(?:versions?|forms?|formulations?|pills?|tablets?|alternatives?)\b|(?:is|are)n['’]t (?:yet )?(?:available|approved)\b|(?:is|are) not (?:yet )?(?:available|approved)\b|cannot be taken\b|can['’]t be taken\b|(?:is|are) (?:still |currently )?(?:being (?:studied|tested|developed)|in development)|(?:is|are) (?:still |currently |now )?(?:studying|developing|testing|working on) (?:the development of )?(?:an? |its )?(?:[\w-]+ )?(?:versions?|forms?|formulations?)\b|(?:versions?|forms?|formulations?)\b[^.;]{0,30}?\b(?:does not|doesn['’]t|do not|don['’]t) (?:yet )?exist)/i;
/** Only the infused form told as the way it is given now: "has to be given by a medical professional", "is only
 * given as an infusion". */
const ONLY_INFUSED =
  /\b(?:exists? only as (?:an? )?(?:infusion|intravenous|IV|drip)|(?:has|have|must|needs?) to be (?:given|administered|infused|delivered)|must (?:still )?be (?:given|administered|infused|delivered)|(?:is|are) only (?:given|available|administered)|(?:is|are) (?:given|administered|available) only|can only be (?:given|administered|taken))\b[^.;]{0,60}?\b(?:infusions?|intravenous\w*|IV|drips?|vein|professional|nurse|clinic|hospital|infusion cent(?:er|re))\b/i;
/** "Edaravone is given as an infusion into a vein, and at present this is the only form available". */
const ONLY_FORM =
  /\b(?:is|are) (?:currently |still |now )?the only (?:form|version|formulation|way)s? (?:available|approved|on offer)\b/i;
const INFUSED = /\b(?:infus\w*|intravenous\w*|IV|drips?|into a vein)\b/i;
/** Told as the past: "until 2022 there was no oral form", "at first it had to be given by drip". */
const LOOKS_BACK = /\b(?:was|were|had|until|at first|originally|initially|used to|before 20\d\d)\b/i;

/** Who develops or tests the form: "is being developed by the Dutch biotechnology company Treeway". */
const DEVELOPED_BY =
  /\b(?:developed|studied|tested|made|produced|formulated)\s+by\s+((?:the\s+)?(?:[\w-]+\s+){0,4}?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/;

/** The sentence names a developer of the form that is not the maker of the approved one: another company's product
 * (an oral formulation TW001 of the same drug). Without a recorded maker, any named developer leaves it unjudged. */
function anotherMaker(text: string, maker: string | undefined): boolean {
  const by = DEVELOPED_BY.exec(text);
  return by !== null && !(maker && compiled(maker).test(by[1]!));
}

/** Per document and claim: does any sentence tell of the form as approved or available? Then the document knows it. */
const toldInDocument = perDocument<boolean>();
function formToldElsewhere(input: RuleInput, form: RegExp[]): boolean {
  const { doc, claim } = input;
  return toldInDocument(doc, claim.id, () =>
    doc.sentences.some(
      (o) =>
        form.some((f) => f.test(o.text)) &&
        /\b(?:approv\w*|licen[cs]\w*|clear(?:ed|ance)|authori[sz]\w*|available|launch\w*)\b/i.test(o.text) &&
        !NO_SUCH_FORM.test(o.text),
    ),
  );
}

export function formToldAsUnavailable(input: RuleInput): RuleOutcome {
  const { s, claim } = input;
  const fact = claim.formApproval;
  if (!fact?.verified || !fact.date || LOOKS_BACK.test(s.text)) return null;
  const form = fact.form.map((f) => compiled(f, 'i'));
  const named = form.some((f) => f.test(s.text));
  // The form named and denied, or the infused way told as the only one without naming the form at all.
  const denied = named
    ? NO_SUCH_FORM.test(s.text)
    : ONLY_INFUSED.test(s.text) || (ONLY_FORM.test(s.text) && INFUSED.test(s.text));
  if (!denied || formToldElsewhere(input, form) || anotherMaker(s.text, fact.maker)) return null;
  const told = `Told as having no ${fact.name.replace(/\s*\(.*$/, '')}, but one was approved on ${fact.date}.`;
  return datedOutcome(input, { date: fact.date, what: `the ${fact.name} was approved` }, told);
}
