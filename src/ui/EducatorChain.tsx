// The study behind a finding: source, design, population, primary endpoint, evidence level and
// identifiers as links (the same StudyModel as the in-page card).
import { i18n } from '#i18n';
import type { StudyModel } from './card-model';

export function EducatorChain({ study }: { study: StudyModel }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of paragraphs, not form controls (what <fieldset> is for).
    <div className="chain" role="group" aria-label={`Source: ${study.name}`}>
      <p className="chain-paper">
        <strong>{study.name}</strong> — {study.citation}
      </p>
      <p className="chain-evidence">
        {study.designLabel}: {study.facts.join(' · ')}
      </p>
      <p className="population">
        {i18n.t('card.population')}
        {study.population}
      </p>
      {study.endpoint && <p className="endpoint">{study.endpoint}</p>}
      <p className="level">{study.level}</p>
      <p className="ids">
        {study.ids.map((id, i) => (
          <span key={id.id}>
            {i > 0 && ' · '}
            {id.url ? (
              <a href={id.url} target="_blank" rel="noopener noreferrer">
                {id.id}
              </a>
            ) : (
              id.id
            )}
          </span>
        ))}
      </p>
    </div>
  );
}
