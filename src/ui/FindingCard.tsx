// A finding's card in the React views (checker): the same view model and words as the in-page card.
import { i18n } from '#i18n';
import type { FindingView, ReadingLevel } from '../messaging/types';
import { cardModel } from './card-model';
import { EducatorChain } from './EducatorChain';

export function FindingCard({ finding, level }: { finding: FindingView; level: ReadingLevel }) {
  const m = cardModel(finding);
  return (
    <section className={`finding-card verdict-border-${m.verdict}`} aria-label={`Finding: ${m.verdictWord}`}>
      <p className="card-head">
        <span className={`verdict verdict-${m.verdict}`}>{m.verdictWord}</span>{' '}
        <span className="meaning">{m.verdictMeaning}</span>
      </p>
      <blockquote className="sentence">{m.sentence}</blockquote>
      <CardBody finding={finding} level={level} />
    </section>
  );
}

/** Reasons, explanation, what the source found, what changed since, accurate wording, the study. */
export function CardBody({ finding, level, reasons = true }: { finding: FindingView; level: ReadingLevel; reasons?: boolean }) {
  const m = cardModel(finding);
  return (
    <>
      {reasons && m.reasons.length > 0 && (
        <ul className="reasons">
          {m.reasons.map((r) => (
            <li key={r.code} data-code={r.code}>
              <strong>{r.label}</strong> — {r.detail}
            </li>
          ))}
        </ul>
      )}
      <p className="explain">{m.explain[level]}</p>
      <p className="evidence">
        <strong>{i18n.t('card.sourceFound')}</strong>
        {m.evidence}
      </p>
      {m.event && (
        <p className="event">
          <strong>{i18n.t('card.since')}</strong>
          {m.event}
        </p>
      )}
      {m.suggestion && (
        <p className="suggestion">
          <strong>{i18n.t('card.wording')}</strong>
          {m.suggestion}
        </p>
      )}
      {m.study && <EducatorChain study={m.study} />}
    </>
  );
}
