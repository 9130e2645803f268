import { describe, expect, it } from 'vitest';
import { confirmed, fired, runRule } from './fixture';
import { wrongFact } from './wrong-fact';

const run = (s: string) => runRule(wrongFact, 'mirocals-recruitment-countries', s);

describe('wrong-fact', () => {
  it('fires on a country where the trial did not recruit, and narrows the span to the wrong clause', () => {
    const text = 'The trial, run at hospitals in Britain, France and Germany, enrolled 220 patients.';
    const out = run(text);
    expect(fired(out)).toMatch(/Germany/);
    expect(out && 'span' in out && out.span ? text.slice(out.span.start, out.span.end) : '').toBe(
      'The trial, run at hospitals in Britain, France and Germany',
    );
  });

  it('fires on a wrong participant count', () => {
    expect(fired(run('The study enrolled 600 patients across Europe.'))).toMatch(/220 participants, not 600/);
    expect(fired(run('The study enrolled three hundred and four patients.'))).toMatch(/220 participants, not 304/);
  });

  it.each([
    'The trial recruited patients at clinics in England and France.',
    'The trial involved 220 people with ALS.',
    'The trial involved two hundred and twenty people.',
  ])('confirms right facts: %s', (s) => expect(confirmed(run(s))).toBeTruthy());

  it.each([
    'ALS affects around 45,000 people in Europe.',
    'Italy and Spain have strong patient groups.',
    'The randomised trial included 110 patients per arm.',
  ])('stays silent: %s', (s) => expect(fired(run(s))).toBeUndefined());
});
