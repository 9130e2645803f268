import { describe, expect, it } from 'vitest';
import { checkText } from '../index';
import { fired, runRule } from './fixture';
import { wrongFact } from './wrong-fact';

const tofersen = (s: string) => runRule(wrongFact, 'tofersen-primary', s, [], { via: 'named', recordOnly: true });
const mirocals = (s: string) => runRule(wrongFact, 'mirocals-efficacy', s, [], { via: 'named', recordOnly: true });

describe('wrong-fact: serious side effects told as none', () => {
  it.each([
    'Qalsody has no known serious side effects.',
    'Doctors we spoke to say tofersen caused no serious side effects in studies.',
    'Tofersen is completely safe.',
    'Tofersen works without any side effects.',
  ])('fires for a trial that recorded serious harms: %s', (s) =>
    expect(fired(tofersen(s))).toMatch(/serious neurologic events/i),
  );

  it.each([
    'Tofersen caused no more serious side effects than placebo in some analyses.',
    'The review found no new safety concerns with tofersen.',
    'It is not true that tofersen has no serious side effects.',
    'Does tofersen have no serious side effects?',
    'Researchers hope the next antisense drug will have no serious side effects.',
    'Riluzole has no serious side effects for most people, unlike tofersen.',
  ])('stays silent: %s', (s) => expect(fired(tofersen(s))).toBeUndefined());

  it('a page dated before the trial reported its harms was right when written: outdated since the report', () => {
    const out = runRule(wrongFact, 'tofersen-primary', 'Tofersen has caused no serious side effects.', [], {
      via: 'named',
      recordOnly: true,
      published: '2019-06-01',
    });
    expect(fired(out)).toMatch(/^Since this was published \(June 2019\): .* reported serious side effects/);
    expect(out && 'as' in out ? out.as : undefined).toBe('superseded');
  });
  it('undated, "so far" tells the state of knowledge then: outdated, with what changed and when', () => {
    const out = tofersen('No side effects specific to tofersen have been found so far.');
    expect(fired(out)).toMatch(/^This has changed:/);
    expect(out && 'as' in out ? out.as : undefined).toBe('superseded');
  });

  it('says nothing for a study whose record holds no serious harms', () =>
    expect(fired(mirocals('MIROCALS found no serious side effects.'))).toBeUndefined());

  it('end to end: a named drug told as free of serious side effects is misreported, with the trial cited', () => {
    const text =
      'Biogen tested tofersen in the VALOR trial of people with SOD1-ALS.\n\nQalsody has no known serious side effects, the leaflet says.';
    const [f] = checkText(text).filter((x) => x.verdict !== 'supported');
    expect(f?.verdict).toBe('misreported');
    expect(f?.reasons.map((r) => r.code)).toContain('wrong-fact');
    expect(f?.sources).toContain('NCT02623699');
  });
});
