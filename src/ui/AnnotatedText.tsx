// Text with its findings marked, rendered as text nodes (never as HTML).
import type { FindingView } from '../messaging/types';
import { paintedVerdicts, type Settings } from '../messaging/types';
import { VERDICT_WORD } from './format';

export interface Piece {
  text: string;
  /** Index of the finding this piece belongs to, or -1. */
  finding: number;
}

/** Splits text into plain and marked pieces; overlapping findings keep the earlier one. */
export function pieces(text: string, findings: { start: number; end: number }[], show: (i: number) => boolean): Piece[] {
  const order = findings.map((f, i) => ({ ...f, i })).filter((f) => show(f.i)).sort((a, b) => a.start - b.start || b.end - a.end);
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

export function AnnotatedText({
  text,
  findings,
  settings,
  selected,
  onPick,
}: {
  text: string;
  findings: FindingView[];
  settings: Settings;
  selected?: number;
  onPick: (i: number) => void;
}) {
  const verdicts = new Set(paintedVerdicts(settings));
  // Each piece is keyed by where it starts in the text (stable while the text is unchanged).
  let offset = 0;
  const keyed = pieces(text, findings, (i) => verdicts.has(findings[i]!.verdict)).map((p) => {
    const start = offset;
    offset += p.text.length;
    return { ...p, start };
  });
  return (
    <section className="annotated" aria-label="Checked text">
      {keyed.map((p) =>
        p.finding < 0 ? (
          <span key={p.start}>{p.text}</span>
        ) : (
          // A flagged sentence must wrap across lines like the text around it, which a <button> cannot;
          // ARIA in HTML allows any role on <mark>, and tabIndex with Enter/Space make it operable.
          // biome-ignore lint/a11y/useSemanticElements: see above.
          <mark
            key={p.start}
            className={`hl hl-${findings[p.finding]!.verdict}${p.finding === selected ? ' selected' : ''}`}
            data-verdict={findings[p.finding]!.verdict}
            title={VERDICT_WORD[findings[p.finding]!.verdict]}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: see above.
            role="button"
            tabIndex={0}
            onClick={() => onPick(p.finding)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              onPick(p.finding);
            }}
          >
            {p.text}
          </mark>
        ),
      )}
    </section>
  );
}
