// The list of a text's or a tab's findings: one li per finding with the sentence, the verdict word,
// the reasons and the source identifiers, as text.
import type { FindingView } from '../messaging/types';
import { reasonLabel } from './format';
import { VerdictLabel } from './VerdictLabel';

export interface ListedFinding extends FindingView {
  /** False when the sentence could not be anchored in the page: listed, not highlighted. */
  painted?: boolean;
  anchored?: boolean;
}

export function FindingsList({
  findings,
  onPick,
  selected,
}: {
  findings: ListedFinding[];
  onPick?: (i: number) => void;
  selected?: number;
}) {
  if (!findings.length) return <p className="empty">No claims flagged.</p>;
  return (
    <ol className="findings">
      {findings.map((f, i) => (
        <li
          key={`${f.start}-${f.end}-${f.claim}`}
          className={`finding${i === selected ? ' selected' : ''}`}
          data-verdict={f.verdict}
          data-claim={f.claim}
          tabIndex={onPick ? 0 : undefined}
          onClick={onPick ? () => onPick(i) : undefined}
          onKeyDown={
            onPick
              ? (e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  onPick(i);
                }
              : undefined
          }
        >
          <VerdictLabel verdict={f.verdict} />
          <span className="sentence">{f.text}</span>
          {f.reasons.length > 0 && (
            <span className="reason-list">
              {f.reasons.map((r) => (
                <span key={r.code} className="reason" data-code={r.code} title={r.message}>
                  {r.code} — {reasonLabel(r.code)}
                </span>
              ))}
            </span>
          )}
          <span className="source-ids">{f.sources.join(' · ')}</span>
          {f.anchored === false && <span className="note">Not found exactly in the page: not highlighted.</span>}
        </li>
      ))}
    </ol>
  );
}
