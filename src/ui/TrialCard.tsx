// A study in the database, shown on its registry / PubMed page instead of flags.
import type { StudySummary } from '../messaging/types';
import { EducatorChain } from './EducatorChain';
import { statusLine } from './format';

export function TrialCard({ study }: { study: StudySummary }) {
  return (
    <section className="trial-card" aria-label={`About ${study.name}`}>
      <h2>{study.name}</h2>
      <p className="title">{study.title}</p>
      <EducatorChain study={study} />
      {study.arms.length > 0 && <p>Treatment: {study.arms.join('; ')}</p>}
      {study.sites && <p>Where: {study.sites}</p>}
      <p className="status">Status: {statusLine(study)}</p>
      {study.status.note && <p className="note">{study.status.note}</p>}
      <p className="conclusion">What is known: {study.conclusion}</p>
      {study.caveats.length > 0 && (
        <>
          <h3>Caveats</h3>
          <ul className="caveats">
            {study.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <p className="reviewed">Reviewed {study.reviewed}</p>
    </section>
  );
}
