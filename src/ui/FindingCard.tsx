// A finding: verdict, reasons in plain words, what the source found, and the source chain.
import type { FindingView, ReadingLevel } from '../messaging/types';
import { EducatorChain } from './EducatorChain';
import { reasonLabel } from './format';
import { VerdictLabel } from './VerdictLabel';

export function FindingCard({ finding, level }: { finding: FindingView; level: ReadingLevel }) {
  return (
    <section className={`finding-card verdict-border-${finding.verdict}`} aria-label="Finding">
      <div className="card-head">
        <VerdictLabel verdict={finding.verdict} />
      </div>
      <blockquote className="sentence">{finding.text}</blockquote>
      {finding.reasons.length > 0 && (
        <ul className="reasons">
          {finding.reasons.map((r) => (
            <li key={r.code} data-code={r.code}>
              <strong>{reasonLabel(r.code)}</strong>: {r.message}
            </li>
          ))}
        </ul>
      )}
      <p className="explain">{finding.explain[level]}</p>
      <p className="evidence">
        <strong>What the source found: </strong>
        {finding.evidence}
      </p>
      {finding.study && <EducatorChain finding={finding} study={finding.study} />}
    </section>
  );
}
