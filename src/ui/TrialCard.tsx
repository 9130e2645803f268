// A study in the database, shown on its registry / PubMed page instead of flags.
import { i18n } from '#i18n';
import type { StudySummary } from '../messaging/types';
import { studyModel } from './card-model';
import { EducatorChain } from './EducatorChain';
import { statusLine } from './format';

export function TrialCard({ study }: { study: StudySummary }) {
  return (
    <section className="trial-card" aria-label={`About ${study.name}`}>
      <h2>{study.name}</h2>
      <p className="title">{study.title}</p>
      <EducatorChain study={studyModel(study)} />
      {study.arms.length > 0 && (
        <p>
          {i18n.t('card.treatment')}
          {study.arms.join('; ')}
        </p>
      )}
      {study.sites && (
        <p>
          {i18n.t('card.where')}
          {study.sites}
        </p>
      )}
      <p className="status">
        {i18n.t('card.status')}
        {statusLine(study)}
      </p>
      {study.status.note && <p className="note">{study.status.note}</p>}
      <p className="conclusion">
        {i18n.t('card.known')}
        {study.conclusion}
      </p>
      {study.caveats.length > 0 && (
        <>
          <h3>{i18n.t('card.caveats')}</h3>
          <ul className="caveats">
            {study.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <p className="reviewed">{i18n.t('card.reviewed', [study.reviewed])}</p>
    </section>
  );
}
