// The pipeline from candidate passages to findings:
// sentences → what each is about → rules of the matched claims → one finding per sentence.
import { sourceIdentifiers } from '../claims/db';
import type { ClaimsDb, SourceFile, WrongReading } from '../claims/schema';
import { carryCellTypes } from './anaphora';
import { analyzeSentence, type AnalyzedSentence } from './analyze';
import { ATTRIBUTED_CLAIM, REPORTED_CLAIM_UNDER_SCRUTINY } from './cues/claims-language';
import { RULES } from './rules';
import { namesStudyByName, sameMainTreatment } from './rules/study-names';
import { aboutOtherDisease } from './disease-focus';
import type { DocumentView } from './rules/types';
import { splitSentences } from './segment';
import { linkSources, SourceIndex, type SourceLink, type Via } from './sources';
import type { Finding, Passage, Reason } from './types';
import { buildDocumentModel, todayIso } from './document';
import { documentView } from './document-view';
import { buildMarket } from './market';
import { journalsOf } from './rules/journal-facts';
import { useDatabaseVocabulary } from './vocabulary';
import { assertedEnd, asserts } from './frame';
import type { DatedEvent } from './timeline';
import type { ReasonCode } from './verdicts';
import { REASON_VERDICT, VERDICT_SEVERITY, worstVerdict, type Verdict } from './verdicts';
import { fingerprintEvidence } from './fingerprints';

interface Assessment {
  link: SourceLink;
  reasons: Reason[];
  /** The dated event behind an outdated reason. */
  event?: DatedEvent;
  /** The suggested accurate wording of the first fired wrong reading, where the database has one. */
  suggestion?: string;
  /** Other studies the fired reasons rest on (source ids). */
  alsoCites: string[];
  /** Set when every fired reason names the clause it is about. */
  span?: { start: number; end: number };
  confirmed: string[];
  verdict: Verdict;
}

const VIA_RANK: Record<Via, number> = { named: 2, context: 1, standalone: 0 };

/** The sentence reports someone else's claim and says it is wrong or overstated. */
function quotedToCorrect(s: AnalyzedSentence): boolean {
  return REPORTED_CLAIM_UNDER_SCRUTINY.test(s.text) && ATTRIBUTED_CLAIM.test(s.text);
}

function assess(
  s: AnalyzedSentence,
  link: SourceLink,
  doc: DocumentView,
  related: readonly SourceFile[],
  siblings: readonly SourceFile[],
): Assessment {
  const reasons: Reason[] = [];
  const confirmed: string[] = [];
  let span: Assessment['span'];
  let unspanned = false;
  let event: DatedEvent | undefined;
  let suggestion: string | undefined;
  const alsoCites: string[] = [];
  // A link for the study's record runs only the record's checks (the wrong-fact rule's), whatever its
  // carrier claim lists.
  // The record's dated status (a trial told as still running or still to start, a paper as still to come) is part of
  // it too: the superseded rule runs its record checks only (superseded.ts).
  const readings: readonly Pick<WrongReading, 'reason' | 'suggestion'>[] = link.record
    ? [
        { reason: 'wrong-fact', suggestion: undefined },
        { reason: 'superseded', suggestion: undefined },
      ]
    : link.claim.wrongReadings;
  for (const wrong of readings) {
    if (reasons.some((r) => r.code === wrong.reason)) continue;
    const outcome = RULES[wrong.reason].check({
      s,
      source: link.source,
      claim: link.claim,
      doc,
      via: link.via,
      related,
      siblings,
      recordOnly: link.record,
    });
    if (!outcome) continue;
    if ('fired' in outcome) {
      // A status sentence that was already wrong when it was written misreports rather than dates.
      const code: ReasonCode = outcome.as ?? wrong.reason;
      if (reasons.some((r) => r.code === code)) continue;
      reasons.push({ code, message: outcome.fired });
      const also = outcome.alsoAs;
      if (also && !reasons.some((r) => r.code === also.code)) reasons.push({ code: also.code, message: also.message });
      event ??= outcome.event;
      alsoCites.push(...(outcome.alsoCites ?? []));
      suggestion ??= wrong.suggestion;
      if (!outcome.span) unspanned = true;
      else
        span = span
          ? { start: Math.min(span.start, outcome.span.start), end: Math.max(span.end, outcome.span.end) }
          : outcome.span;
    } else confirmed.push(outcome.confirmed);
  }
  const verdict = reasons.length ? worstVerdict(reasons.map((r) => REASON_VERDICT[r.code])) : 'supported';
  return { link, reasons, confirmed, verdict, span: unspanned ? undefined : span, event, suggestion, alsoCites };
}

/** What the rules judge: the sentence, or only its asserted first clause when a hope or a condition follows it. */
function assertedPart(s: AnalyzedSentence, doc: DocumentView): AnalyzedSentence {
  const end = assertedEnd(doc.frameOf(s), s.text);
  return end < s.text.length ? analyzeSentence(s.raw.slice(0, end), s.start) : s;
}

/** No rule judges a hope, a condition on the evidence or a question: they assert nothing. */
function mayJudge(s: AnalyzedSentence, doc: DocumentView): boolean {
  return asserts(doc.frameOf(s), s.text);
}

function better(a: Assessment, b: Assessment): boolean {
  if (VERDICT_SEVERITY[a.verdict] !== VERDICT_SEVERITY[b.verdict])
    return VERDICT_SEVERITY[a.verdict] > VERDICT_SEVERITY[b.verdict];
  if (a.reasons.length !== b.reasons.length) return a.reasons.length > b.reasons.length;
  return VIA_RANK[a.link.via] > VIA_RANK[b.link.via];
}

/** A sentence can assert several wrong things ("the proven drug, which is still on sale, …"): the other
 * claims of the same study add their reasons to the finding; another study's wrong reading is its own
 * finding, unless it only repeats a reason already given. */
function severalAssertions(best: Assessment, fired: readonly Assessment[]): Assessment[] {
  if (best.verdict === 'supported') return [best];
  const merged: Assessment = { ...best, reasons: [...best.reasons] };
  const out: Assessment[] = [merged];
  for (const a of fired) {
    if (a === best) continue;
    if (a.link.source === best.link.source) {
      for (const r of a.reasons) if (!merged.reasons.some((m) => m.code === r.code)) merged.reasons.push(r);
      continue;
    }
    const given = new Set(out.flatMap((o) => o.reasons.map((r) => r.code)));
    if (a.reasons.some((r) => !given.has(r.code)) && !out.some((o) => o.link.source === a.link.source)) out.push(a);
  }
  merged.verdict = worstVerdict(merged.reasons.map((r) => REASON_VERDICT[r.code]));
  return out;
}

function toFinding(
  s: AnalyzedSentence,
  a: Assessment,
  related: ReadonlyMap<string, string[]>,
  recordedIn: (e: DatedEvent | undefined) => string[],
  cited: (ids: readonly string[]) => string[],
): Finding {
  const { source, claim } = a.link;
  let from = 0;
  let to = s.raw.length;
  if (a.span && a.span.end > a.span.start) {
    from = a.span.start + (/^\s*/.exec(s.raw.slice(a.span.start))?.[0].length ?? 0);
    to = a.span.end;
  }
  return {
    start: s.start + from,
    end: s.start + to,
    text: s.raw.slice(from, to),
    claim: claim.id,
    source: source.id,
    verdict: a.verdict,
    sources: [
      ...new Set([
        ...sourceIdentifiers(source),
        ...(related.get(source.id) ?? []),
        ...recordedIn(a.event),
        ...cited(a.alsoCites),
      ]),
    ],
    reasons: a.reasons,
    evidence: claim.finding,
    explain: claim.explain,
    ...(a.event ? { event: { date: a.event.date, what: a.event.what } } : {}),
    ...(a.suggestion ? { suggestion: a.suggestion } : {}),
  };
}

/** What the engine is told about the document besides its text. */
export interface CheckContext {
  /** The page's publication date (metadata such as article:published_time, or the CLI's --date). */
  published?: string;
  /** Today (ISO); defaults to the clock. */
  today?: string;
  /** The top of the document, where a dateline may stand (defaults to the first passage). */
  head?: string;
  /** Told, for each sentence, how it was read (for the evaluation's counts of where misses arise). */
  trace?: (t: SentenceTrace) => void;
}

/** How one sentence was read: whether a rule may judge it, the studies it was linked to, what fired. */
export interface SentenceTrace {
  start: number;
  end: number;
  judged: boolean;
  links: { source: string; claim: string; via: Via; record: boolean; fired: ReasonCode[] }[];
}

export function createChecker(db: ClaimsDb) {
  const index = new SourceIndex(db);
  const market = buildMarket(db);
  const journals = journalsOf(db.sources);
  // A finding about a source also cites its related sources (a drug's pivotal and confirmatory trials).
  const relatedSources = new Map(
    db.sources.map((src) => [src.id, src.related.map((id) => index.byId(id)).filter((r): r is SourceFile => r !== undefined)]),
  );
  // Other studies of the same main treatment (MIROCALS beside IMODALS): a fact of theirs told without naming this study
  // may be about them.
  const siblingSources = new Map(db.sources.map((src) => [src.id, db.sources.filter((o) => sameMainTreatment(o, src))]));
  const related = new Map([...relatedSources].map(([id, rs]) => [id, rs.flatMap(sourceIdentifiers)]));
  // Another record's event (a second drug's approval that changed a count) is cited with its own identifiers.
  const recordedIn = (e: DatedEvent | undefined): string[] => {
    const src = e?.recordedIn ? index.byId(e.recordedIn) : undefined;
    const own = src ? [...sourceIdentifiers(src), ...(related.get(src.id) ?? [])] : [];
    return [...own, ...(e?.also ?? []).flatMap(recordedIn)];
  };
  // Other studies a finding rests on, by their identifiers.
  const cited = (ids: readonly string[]): string[] =>
    ids.flatMap((id) => {
      const src = index.byId(id);
      return src ? sourceIdentifiers(src) : [];
    });
  return function check(passages: readonly Passage[], context: CheckContext = {}): Finding[] {
    useDatabaseVocabulary(db);
    const sentences = passages.flatMap((p) => splitSentences(p.text).map((s) => analyzeSentence(s.text, p.start + s.start)));
    carryCellTypes(sentences);
    // Which studies each sentence names or describes: found once, used by the document model and the linking.
    const mentions = sentences.map((s, i) => index.mentionsIn(s, sentences[i - 1]));
    const model = buildDocumentModel(mentions, {
      figures: fingerprintEvidence(index.fingerprints, sentences),
      published: context.published,
      today: context.today ?? todayIso(),
      head: context.head ?? passages[0]?.text,
      lines: passages.flatMap((p) => p.text.split(/\r?\n/)),
    });
    const doc = documentView(sentences, model, market, journals, index.byEvidence(model));
    const links = linkSources(index, sentences, mentions, model);
    // A sentence about another disease (IL-2 in cancer, lupus, the Treg Nobel prize, edaravone in stroke), by its own
    // words or by the disease the page was last speaking of, is not about ALS.
    const offTopic = aboutOtherDisease(sentences, (i) =>
      mentions[i]!.named.some((src) => namesStudyByName(src, sentences[i]!.text)),
    );
    const findings: Finding[] = [];
    sentences.forEach((s, i) => {
      const judged = !offTopic[i] && mayJudge(s, doc);
      // Each link assessed once, for the findings and for the trace alike.
      const part = judged ? assertedPart(s, doc) : s;
      const assessed = judged
        ? links[i]!.map((link) =>
            assess(part, link, doc, relatedSources.get(link.source.id) ?? [], siblingSources.get(link.source.id) ?? []),
          )
        : [];
      if (context.trace) {
        context.trace({
          start: s.start,
          end: s.start + s.raw.length,
          judged,
          links: links[i]!.map((link, k) => ({
            source: link.source.id,
            claim: link.claim.id,
            via: link.via,
            record: link.record ?? false,
            fired: assessed[k]?.reasons.map((r) => r.code) ?? [],
          })),
        });
      }
      let best: Assessment | undefined;
      const fired: Assessment[] = [];
      for (const a of assessed) {
        if (a.reasons.length === 0 && a.confirmed.length === 0) continue;
        if (a.reasons.length > 0) fired.push(a);
        if (!best || better(a, best)) best = a;
      }
      if (!best) return;
      if (best.verdict === 'supported' && !s.isClaimLike()) return;
      // A study's record confirmed in passing ("see the article in The Lancet") is not a claim worth showing.
      if (best.verdict === 'supported' && best.link.record) return;
      // A wrong claim quoted in order to correct it ("One post claimed that '…', which is false").
      if (best.verdict !== 'supported' && quotedToCorrect(s)) return;
      findings.push(...severalAssertions(best, fired).map((a) => toFinding(s, a, related, recordedIn, cited)));
    });
    return findings;
  };
}
