// Text with its findings marked, rendered as text nodes (never as HTML).
import { i18n } from '#i18n';
import type { FindingView } from '../messaging/types';
import { paintedVerdicts, type Settings } from '../messaging/types';
import { verdictWord } from './format';

export interface Piece {
  text: string;
  /** Index of the finding this piece belongs to, or -1. */
  finding: number;
}

/** Splits text into plain and marked pieces; overlapping findings keep the earlier one. */
export function pieces(text: string, findings: { start: number; end: number }[], show: (i: number) => boolean): Piece[] {
  const order = findings
    .map((f, i) => ({ ...f, i }))
    .filter((f) => show(f.i))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  let at = 0;
  for (const f of order) {
    if (f.start < at || f.end > text.length) continue;
    if (f.start > at) out.push({ text: text.slice(at, f.start), finding: -1 });
    out.push({ text: text.slice(f.start, f.end), finding: f.i });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), finding: -1 });
  return out;
}

/**
 * Pieces (by position) painted in the alternate style: the second of two marks of one verdict with
 * only white space between them, so adjacent claims read as separate blocks (as in pages).
 */
export function alternateMarks(ps: Piece[], findings: { verdict: string }[]): Set<number> {
  const alt = new Set<number>();
  let prev = -1;
  ps.forEach((p, k) => {
    if (p.finding < 0) {
      if (p.text.trim()) prev = -1;
      return;
    }
    if (prev >= 0 && !alt.has(prev) && findings[ps[prev]!.finding]!.verdict === findings[p.finding]!.verdict) alt.add(k);
    prev = k;
  });
  return alt;
}

export function AnnotatedText({
  text,
  findings,
  settings,
  selected,
  hidden,
  onPick,
}: {
  text: string;
  findings: FindingView[];
  settings: Settings;
  /** Findings the user said are wrong: not marked. */
  hidden?: Set<number>;
  selected?: number;
  onPick: (i: number) => void;
}) {
  const verdicts = new Set(paintedVerdicts(settings));
  const ps = pieces(text, findings, (i) => verdicts.has(findings[i]!.verdict) && !hidden?.has(i));
  const alt = alternateMarks(ps, findings);
  // Each piece is keyed by where it starts in the text (stable while the text is unchanged).
  const starts: number[] = [];
  ps.reduce((at, p) => (starts.push(at), at + p.text.length), 0);
  return (
    // A scrollable region must be focusable so keyboards can scroll it (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/useSemanticElements: see above; a <section> would add nothing but the same role.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
    <div className="annotated" role="region" aria-label={i18n.t('checker.checkedText')} tabIndex={0}>
      {ps.map((p, k) =>
        p.finding < 0 ? (
          <span key={starts[k]}>{p.text}</span>
        ) : (
          <mark
            key={starts[k]}
            className={`hl hl-${findings[p.finding]!.verdict}${alt.has(k) ? ' alt' : ''}${p.finding === selected ? ' selected' : ''}`}
            data-verdict={findings[p.finding]!.verdict}
            title={verdictWord(findings[p.finding]!.verdict)}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a flagged sentence is focusable and opens its card on Enter (it must wrap like text, which a <button> cannot).
            tabIndex={0}
            onClick={() => onPick(p.finding)}
            onKeyDown={(e) => e.key === 'Enter' && onPick(p.finding)}
          >
            {p.text}
          </mark>
        ),
      )}
    </div>
  );
}
