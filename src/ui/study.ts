// Claims-database source → the StudySummary the views show. Runs where the database is (background,
// checker page, tests), never in the content script.
import type { SourceFile } from '../claims/schema';
import { sourceIdentifiers } from '../claims/db';
import { identifierUrl } from '../report/links';
import type { StudySummary } from '../messaging/types';
import { designLabel } from './format';

export function summariseStudy(s: SourceFile): StudySummary {
  const identifiers = sourceIdentifiers(s);
  const links = [...s.links];
  const have = new Set(links.map((l) => l.url));
  for (const id of identifiers) {
    const url = identifierUrl(id);
    if (!url || have.has(url)) continue;
    const label = id.startsWith('NCT') ? `Registry record ${id}` : id.startsWith('doi:') ? 'Paper (DOI)' : 'PubMed';
    links.push({ label, url });
    have.add(url);
  }
  return {
    id: s.id,
    name: s.name,
    title: s.title,
    citation: s.citation,
    kind: s.kind,
    designLabel: designLabel(s.design.type),
    phase: s.design.phase,
    randomised: s.design.randomised,
    blinded: s.design.blinded,
    control: s.design.control,
    n: s.design.n ? { value: s.design.n.value, verified: s.design.n.verified } : undefined,
    population: s.design.population,
    countries: s.design.countries,
    sites: s.design.sites,
    duration: s.design.duration,
    arms: s.design.arms,
    primaryEndpoint: s.primaryEndpoint ? { description: s.primaryEndpoint.description, met: s.primaryEndpoint.met } : undefined,
    status: { state: s.status.state, dates: s.status.dates, note: s.status.note },
    conclusion: s.conclusion,
    caveats: s.caveats,
    identifiers,
    links,
    reviewed: s.reviewed,
  };
}
