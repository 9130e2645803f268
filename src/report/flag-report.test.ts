import { describe, expect, it } from 'vitest';
import { flagReportBody, flagReportUrl } from './flag-report';
import { ISSUE_TRACKER_NEW } from './tracker';

const input = {
  sentence: 'IL-2 is\nproven to slow ALS.',
  verdict: 'overstated',
  reasons: [{ code: 'certainty-inflated', message: 'Says proven.' }],
  claim: 'mirocals-efficacy',
  database: '2026-11-30+1a2b3c4d',
};

describe('flag report', () => {
  it('carries sentence, finding, claim id and database version, and no page address unless asked', () => {
    const body = flagReportBody(input);
    expect(body).toContain('Sentence: "IL-2 is proven to slow ALS."');
    expect(body).toContain('Verdict: overstated');
    expect(body).toContain('Reason: certainty-inflated: Says proven.');
    expect(body).toContain('Claim id: mirocals-efficacy');
    expect(body).toContain('Claims database: 2026-11-30+1a2b3c4d');
    expect(body).not.toContain('Page:');
    expect(flagReportBody({ ...input, pageUrl: 'https://news.example/a' })).toContain('Page: https://news.example/a');
  });

  it('opens a prefilled new issue in the project tracker', () => {
    const url = new URL(flagReportUrl(input));
    expect(`${url.origin}${url.pathname}`).toBe(ISSUE_TRACKER_NEW);
    expect(url.searchParams.get('title')).toBe('Wrong flag: overstated on claim mirocals-efficacy');
    expect(url.searchParams.get('body')).toBe(flagReportBody(input));
  });
});
