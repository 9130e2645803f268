// The claim frame of a sentence: not which words it contains, but what it does with them.
// Stance — does the author assert something, report someone's claim, voice a hope or an aim, set a
// condition, ask, or deny? — and time — is it told as done, as the state now, or as still to come?
// A verdict is only ever given on an asserted (or quoted-and-repeated) claim: "the team hopes for a
// breakthrough", "should the findings hold up", "could this be a cure?" assert nothing to check.
// Pure text analysis: no study, drug or disease names live here.

export type Stance = 'asserted' | 'quoted' | 'hope' | 'condition' | 'question' | 'denial' | 'refuted';
export type Tense = 'past' | 'present' | 'future';

export interface ClaimFrame {
  stance: Stance;
  /** Where the non-asserting marker stands (hope, condition…), for rules that know their trigger's place. */
  markerAt?: number;
  tense: Tense;
}

/** A hope, wish, aim or plan as what the sentence is about (a plan to report, file or launch is a
 * status with a date, judged like any other; "new hope for patients" is a noun phrase beside a claim,
 * not someone hoping): "hopes for", "aims to", "the goal is",
 * "would be a breakthrough", "one day", "is looking for". The subject of the hope is whoever; what
 * matters is that the hyped or certain word sits inside it. */
const HOPE =
  /\b(?:(?<!\b(?:new|fresh|renewed|real|great|big|false)\s)hope[sd]?\s+(?:for|of|that|to|it|this|the|a|an)|hoping|wish(?:es|ed)?\s+(?:for|that|to)|dream(?:s|ed)?\s+of|aim(?:s|ed|ing)?\s+(?:to|for)|aim(?:s|ing)?\s+at|(?:the|our|their|his|her|its|my) (?:aim|goal|hope|ambition|dream|idea)(?:,\s*(?:[\w'’-]+\s+){1,3}(?:said|says|added|explained|told \w+)\s*,)? (?:is|was|would be)|want(?:s|ed)?\s+to|plan(?:s|ned)?\s+to(?!\s+(?:release|report|publish|present|announce|share|file|submit|launch))|intend(?:s|ed)?\s+to(?!\s+(?:release|report|publish|present|announce|share|file|submit|launch))|seek(?:s|ing)?\s+to|set out to|in (?:search|pursuit) of|(?:search|quest|race|hunt) for|looking for|hopefully|could one day|may one day|might one day|one day (?:lead|become|be|offer)|if (?:it|this|they|that) (?:works?|pans? out|holds? up|succeeds?))\b/i;

/** A condition the claim hangs on: "If confirmed, …", "Should the findings hold up, …", "unless …". */
const CONDITION = new RegExp(
  [
    // "If confirmed, …", "Should the results hold up, …", "Unless larger trials agree, …": a condition on the
    // evidence. A condition on the reader ("If you have ALS, …") leaves the claim after it asserted.
    String.raw`^\s*(?:["“'‘]\s*)?(?:if|should|unless|provided|assuming|only if)\s+(?:(?:the|these|this|those|such|its|their|further|larger|future|more|later|bigger|ongoing)\s+)?(?:[\w-]+\s+){0,2}?(?:results?|findings?|data|trials?|stud(?:y|ies)|research|work|it|they|this|that|confirmed|replicated|successful|approved|borne out)\b`,
    String.raw`\b(?:if|provided that|assuming that|as long as|on condition that) (?:confirmed|replicated|borne out|successful|the (?:results?|findings?|data) (?:hold|are confirmed|are replicated|stand))\b`,
    String.raw`,\s*(?:if|should) (?:the|these|this|it|they) (?:findings?|results?|data|trials?|studies?)?\s*(?:holds?|hold up|are confirmed|pans? out|stands?)\b`,
  ].join('|'),
  'i',
);

/** A yes/no question asks; it asserts nothing: "Could IL-2 be the answer?", "Is ALS autoimmune?", "Fact check: does a new
 * study prove …?" (a label of up to three words before it). A wh-question
 * presupposes its content ("Why is this proven drug not offered to everyone?" asserts that it is proven),
 * so it is judged like a statement. */
const YES_NO_QUESTION =
  /^\s*(?:["“'‘]\s*)?(?:[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*[:—–-]\s*)?(?:(?:so|and|but|then|ok|okay|well|oh|hmm|wait|sorry),?\s+){0,2}(?:can|could|is|are|was|were|does|do|did|will|would|might|may|should|has|have|had|isn['’]t|aren['’]t|doesn['’]t|won['’]t)\b[^.!]*\?\s*["”'’]?\s*$/i;

/** A wh-question put to someone about their own view or plans ("ANALYST: How are you thinking about the readout next
 * year?", "What do you expect from the trial?"): it asks what they think, and asserts nothing of its own. */
const ASKS_YOUR_VIEW =
  /^\s*(?:["“'‘]\s*)?(?:[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*[:—–-]\s*)?(?:(?:so|and|but|then|ok|okay|well),?\s+){0,2}(?:how|what|when|where|which)\b[^.!?]*\byou(?:r)?\b[^.!?]*\?\s*["”'’]?\s*$/i;

/** A statement asked as a question, with no wh-word anywhere: "PRESENTER: So ALS has been shown to be an autoimmune
 * disease?", "And Relyvrio, isn't that still the newest option?" (asking for confirmation, as an interviewer does). A
 * wh-word keeps it judged: "…, so why isn't every neurologist prescribing it?" asserts the part before. */
const DECLARATIVE_QUESTION = /^(?![^?]*\b(?:why|how|what|when|where|which|who|whom|whose)\b)[^?]*\?\s*["”'’]?\s*$/i;

/** A question reported, answered in the same breath or not: "Someone asked whether IL-2 is already a cure, and the answer
 * is definitely no", "A caller wondered if the drug works". What follows "whether" is asked, not told. ("Doctors want
 * to know whether …" is a hope, read as one.) */
const REPORTED_QUESTION =
  /^[^.;]{0,60}?\b(?:asked|asks|asking|wondered|wonders|wondering|question(?:s|ed)?|enquired|inquired)\s+(?:(?:me|us|him|her|them|the (?:panel|doctor|expert|speaker))\s+)?(?:whether|if)\b/i;

/** A statement turned into a question by its tag: "And tofersen works for everyone with ALS now, right?". */
const TAG_QUESTION =
  /,\s*(?:right|correct|true|yes|no|surely|isn['’]t (?:it|that so)|doesn['’]t it|don['’]t they|won['’]t it|aren['’]t they)\s*\?\s*["”'’]?\s*$/i;

/** The claim is denied or dismissed as a whole: "There is no evidence that …", "It is not a cure". */
const DENIAL =
  /^\s*(?:there is|there's|there was)\s+(?:no|little|not (?:yet )?(?:any|enough))\s+(?:\w+\s+){0,2}(?:evidence|proof|sign|data)\b|\b(?:is|was|are) not (?:a|an) (?:cure|breakthrough|miracle|game[- ]changer)\b|\b(?:far|a long way) from (?:a|being a) (?:cure|breakthrough|treatment)\b|\b(?:it is|it's|this is) (?:too early|premature) to\b/i;

/** The words are someone else's, in quotation marks or reported: the page still repeats them, so a
 * quoted claim is judged like an asserted one; the stance only records it. */
const QUOTED = /["“][^"”]{12,}["”]|\b(?:said|says|told|according to|claimed|claims|wrote|added)\b/i;

const FUTURE =
  /\b(?:will|shall|is (?:expected|due|set|going) to|are (?:expected|due|set|going) to|next (?:year|month|spring|summer|autumn|fall|winter)|later this (?:year|month)|in the coming (?:months|weeks|years)|upcoming|soon|yet to)\b/i;
const PAST =
  /\b(?:was|were|had|did|showed|found|reported|published|announced|approved|withdrew|withdrawn|completed|ended|enrolled|recruited|received|tested|\w+ed)\b/i;

/** A hope inside a relative clause ("the trial, which aimed to test it, found …") governs that clause only,
 * not the sentence's claim. */
const RELATIVE = /\b(?:which|that|who|whose)\b[^,;]*$/i;

function governingHope(text: string): number | undefined {
  const re = new RegExp(HOPE.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!RELATIVE.test(text.slice(0, m.index))) return m.index;
  }
  return undefined;
}

/** A claim set up to be knocked down: "Myth: there is now a cure", "Myth one: 'IL-2 cured ALS'", "False: edaravone is
 * approved in the EU". */
const REFUTED =
  /^\s*(?:["“'‘]\s*)?(?:myths?|false|fiction|misconception|wrong|rumou?r|not true|debunked)\s*(?:(?:#|no\.\s*)?\d+\s*|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s*)?[:—–-]\s|[:—–-]\s*(?:setting the record straight|the facts|fact[- ]check(?:ed)?|myth or (?:fact|reality)|separating fact from fiction|a reality check|not so fast|what the evidence (?:really )?says)\s*[.!?]?\s*$/i;

/** A claim reported in order to correct it: "one wire story said 80 per cent of patients benefited, mixing up the share
 * …", "the post wrongly claims …", "Marsh writes that a study proved …, when that result actually came from mice". */
const CORRECTED =
  /\b(?:said|says|claimed|claims|reported|reports|wrote|writes|stated|states|told|headlined|suggested|implied)\b[^.;]*?,\s*(?:mixing up|conflating|mistaking|misreading|misstating|garbling|confusing (?:the|a|an|its|their) (?:[\w-]+ ){0,5}?with|wrongly|mistakenly|incorrectly|falsely|erroneously)\b|\b(?:wrongly|mistakenly|incorrectly|falsely|erroneously)\s+(?:said|says|claimed|claims|reported|reports|stated|states|suggested|suggests|implied|implies|called|calls|described|describes|presented|presents)\b|\b(?:said|says|claimed|claims|reported|stated|wrote|suggested)\b[^.;]*?,\s*(?:which|a claim|an error|a mistake)\s+(?:[\w-]+\s+){0,3}?(?:corrected|disputed|refuted|rejected|challenged|debunked|contradicted|denied|queried|questioned)\b|\b(?:said|says|claimed|claims|reported|reports|stated|states|wrote|writes|suggested|suggests|argued|argues)\b[^.;]*?,\s*(?:when|whereas|while|though|although|but)\s+(?:that|this|it|they|the (?:result|finding|effect|figure|claim|study|data|benefit|evidence)s?)\b[^.;]{0,30}?\b(?:actually|in fact|in reality)\b|\b(?:changed|corrected|amended|edited|replaced|revised|reworded)\s+["“'‘][^"”’]{3,120}["”'’]\s+(?:[\w-]+\s+){0,4}?(?:to|with|by)\s+["“'‘]|\b(?:says|said|claims|claimed|states|stated)\b[^.;]*?,\s*but\s+(?:I|we)\s+(?:cannot|can['’]t|could not|couldn['’]t|can find no|found no)\s+(?:find|verify|confirm|see|source)?/i;

/** Claims whose existence is reported at a distance, not made: "my aunt keeps forwarding articles claiming ALS has been
 * proven autoimmune", "headlines suggesting a cure". (A named source's words, "the study's author said …", stay
 * quoted: the page repeats them.) */
const DISTANCED =
  /\b(?:(?:a|the|one|another|second|first|third|viral|popular|false)\s+)+(?:claim|slogan|notion|narrative),?\s+that\b|\b(?:figure|claim|number|statistic|story|post|message)\s+that\s+(?:went|goes|has gone|was going)\s+(?:round|around|viral)\b|\b(?:enthusiastic|wild|false|bold|exaggerated|misleading|viral|unfounded|premature|sensational)\s+claims?\b|\b(?:articles?|posts?|headlines?|stories|clickbait|rumou?rs?|memes?|videos?|websites?|sites|messages?|threads?|tweets?|influencers?)\s+(?:(?:that|which)\s+)?(?:claiming|claim|saying|suggesting|insisting|alleging|promising|touting|announcing)\b|\b(?:read|reads|reading|misread\w*|take|takes|taken|took|interpret\w*)\s+(?:that|this|it|them|the\s+(?:study|result|paper|finding)s?)\s+as\s+(?:proof|evidence|a sign|showing|meaning)\s+that\b/i;

/** A sentence that says the one before it was wrong: "That was incorrect.", "OUR RATING: False.", "In fact, …". */
const CORRECTION_NEXT =
  /^\s*(?:(?:that|this)\s+(?:was|is)\s+(?:incorrect|wrong|inaccurate|false|untrue|not (?:true|correct|right|accurate))\b|(?:our\s+)?(?:rating|verdict)\s*:\s*(?:false|incorrect|misleading|wrong|mostly false)\b|in fact,|actually,|this is (?:a )?(?:myth|misconception)\b|(?:that|this) claim is (?:false|wrong|misleading)\b)/i;
/** The sentence reports what someone else said (a claim it may go on to correct). */
const REPORTS_A_CLAIM =
  /\b(?:said|says|claimed|claims|claiming|described|describes|stated|states|reported|reports|wrote|writes|called|calls|suggested|suggests|circulated|circulates|insisted|alleged)\b|["“][^"”]{8,}["”]/i;

/** A claim reported and then corrected by the next sentence ("An article said that IL-2 helped 80 per cent of patients
 * survive." "That was incorrect."): the page rejects it. */
export function correctedByNext(text: string, next: string | undefined): boolean {
  return next !== undefined && CORRECTION_NEXT.test(next) && REPORTS_A_CLAIM.test(text);
}

/** A claim attributed to another publication's piece, named by its date or place ("An article on 28 May said…", "A
 * report on 30 May described tofersen as…", "a story in the Mail claimed"): what a correction, a fact-check or media
 * criticism sets out to examine, not the page's own claim. ("A report in The Lancet said…" is a study's report: judged.) */
const ANOTHER_PIECE =
  /\b(?:an?|the|one|another)\s+(?:[\w-]+\s+){0,2}?(?:article|feature|story|headline|post|tweet|video|segment|broadcast|column|piece|(?:news |wire )?report(?=\s+(?:on|dated)\s+\d))\s+(?:on|from|in|published on|dated|last)\b[^.;]{0,40}?\b(?:said|says|claimed|claims|described|describes|stated|states|reported|reports|wrote|called|suggested|implied|headlined)\b/i;

/** Sarcasm that rejects what it repeats: "A cure, yes Chidi, and I'm the Queen of England 🙄", "Yeah right, a miracle
 * drug", "Sure, and pigs fly". */
const SARCASM =
  /🙄|😒|\byeah,? right\b|\band (?:I'm|I am) the (?:Queen|King|Pope)\b|\bpigs (?:might|will|can) fly\b|\band I'm a (?:monkey|unicorn)\b|(?:^|\s)\/s\s*$/i;

export function claimFrame(text: string): ClaimFrame {
  const tense: Tense = FUTURE.test(text) ? 'future' : PAST.test(text) ? 'past' : 'present';
  if (REFUTED.test(text) || CORRECTED.test(text) || DISTANCED.test(text) || ANOTHER_PIECE.test(text) || SARCASM.test(text))
    return { stance: 'refuted', tense };
  if (
    YES_NO_QUESTION.test(text) ||
    TAG_QUESTION.test(text) ||
    ASKS_YOUR_VIEW.test(text) ||
    DECLARATIVE_QUESTION.test(text) ||
    REPORTED_QUESTION.test(text)
  )
    return { stance: 'question', tense };
  const cond = CONDITION.exec(text);
  if (cond) return { stance: 'condition', markerAt: cond.index, tense };
  const hope = governingHope(text);
  if (hope !== undefined) return { stance: 'hope', markerAt: hope, tense };
  if (DENIAL.test(text)) return { stance: 'denial', tense };
  return { stance: QUOTED.test(text) ? 'quoted' : 'asserted', tense };
}

/** A clause boundary: what stands before it is a claim of its own ("IL-2 halted ALS in mice, and the team
 * hopes to test it in people" asserts its first clause). */
// (also a second verb of the same subject that brings the aim: "… is recruiting in the UK and France and aims to randomise …")
const CLAUSE_BREAK =
  /;|\s[—–]\s|,\s*(?:and|but|while|whereas|although|though|yet|\w+ing)\s|\s(?:and|but)\s(?=(?:aims?|aimed|hopes?|hoped|plans?|planned|intends?|intended|wants?|wanted|seeks?|sought)\b)/;

/** Where the asserted part of a sentence ends: at the last clause boundary before a hope or condition that
 * follows a complete first clause ("The trial enrolled 220 patients, and the investigators hope it will extend
 * survival" asserts only up to ", and"); the whole sentence otherwise. Rules judge that part, not the hope. */
export function assertedEnd(f: ClaimFrame, text: string): number {
  if ((f.stance !== 'hope' && f.stance !== 'condition') || !f.markerAt) return text.length;
  let end = text.length;
  for (const m of text.matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))) if (m.index < f.markerAt) end = m.index;
  return end;
}

/** Does the sentence assert (or repeat) a claim that can be checked? A hope or condition after a
 * complete first clause leaves that clause asserted. */
export function asserts(f: ClaimFrame, text: string): boolean {
  // A denial is recorded but judged by the rules themselves: "it is not a cure, but it halts ALS" still asserts.
  if (f.stance === 'asserted' || f.stance === 'quoted' || f.stance === 'denial') return true;
  // A hope or condition asserts the complete clause before it, if there is one (assertedEnd finds it).
  return assertedEnd(f, text) < text.length;
}
