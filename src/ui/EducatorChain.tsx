// The chain claim → paper → registry record, with the evidence level made plain.
import type { FindingView, StudySummary } from '../messaging/types';
import { designFacts, endpointWord, evidenceLevel } from './format';

function linkFor(s: StudySummary, pred: (url: string) => boolean) {
  return s.links.find((l) => pred(l.url) && /^https?:\/\//.test(l.url));
}

export function EducatorChain({ finding, study }: { finding?: FindingView; study: StudySummary }) {
  const registry = s2(study.identifiers.filter((i) => i.startsWith('NCT')));
  const paperIds = study.identifiers.filter((i) => !i.startsWith('NCT'));
  const regLink = linkFor(study, (u) => u.includes('clinicaltrials.gov'));
  const doiLink = linkFor(study, (u) => u.includes('doi.org'));
  const pmLink = linkFor(study, (u) => u.includes('pubmed'));
  return (
    <ol className="chain" aria-label="Source chain">
      {finding && (
        <li className="chain-claim">
          <span className="chain-step">Claim</span> “{finding.text}”
        </li>
      )}
      <li className="chain-paper">
        <span className="chain-step">Source</span> <strong>{study.name}</strong> — {study.citation}
        {paperIds.length > 0 && <span className="ids"> ({paperIds.join(', ')})</span>}
        {doiLink && (
          <>
            {' '}
            <a href={doiLink.url} target="_blank" rel="noopener noreferrer">paper</a>
          </>
        )}
        {pmLink && (
          <>
            {' '}
            <a href={pmLink.url} target="_blank" rel="noopener noreferrer">PubMed</a>
          </>
        )}
      </li>
      {registry && (
        <li className="chain-registry">
          <span className="chain-step">Registry</span> {registry}{' '}
          {regLink && (
            <a href={regLink.url} target="_blank" rel="noopener noreferrer">record</a>
          )}
        </li>
      )}
      <li className="chain-evidence">
        <span className="chain-step">Evidence</span> {study.designLabel}: {designFacts(study).join(' · ')}.{' '}
        <em>{evidenceLevel(study)}</em>
        <div className="population">Population: {study.population}</div>
        {study.primaryEndpoint && (
          <div className="endpoint">
            Primary endpoint {endpointWord(study.primaryEndpoint.met)}: {study.primaryEndpoint.description}
          </div>
        )}
      </li>
    </ol>
  );
}

function s2(ids: string[]): string {
  return ids.join(', ');
}
