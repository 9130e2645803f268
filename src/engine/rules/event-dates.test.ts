import { describe, expect, it } from 'vitest';
import { confirmed, fired, runRule } from './fixture';
import { checkEventDate } from './event-dates';
import type { Rule } from './types';

// The check alone: the wrong-fact rule's other checks (approval facts…) are tested on their own.
const eventDate: Rule = { code: 'wrong-fact', check: checkEventDate };
const mirocals = (s: string) => runRule(eventDate, 'mirocals-publication', s, [], { via: 'named' });
const relyvrio = (s: string) => runRule(eventDate, 'phoenix-current-treatment', s, [], { via: 'named' });

describe('event dates: the year of a dated event against the record', () => {
  it.each([
    ['Its top-line results had first been announced in December 2023.', /results were made public in 2022 and 2025, not 2023/],
    ['The full results were published in The Lancet in 2024.', /published in 2025, not 2024/],
  ])('fires on the wrong year: %s', (s, why) => expect(fired(mirocals(s))).toMatch(why));
  it('an approval is judged in the region the sentence names', () => {
    expect(fired(relyvrio('The FDA approved Relyvrio in 2021.'))).toMatch(/approved in 2022, not 2021/);
    expect(confirmed(relyvrio('Health Canada approved Albrioza in 2022.'))).toBeTruthy();
  });
  it('confirms the right year', () => {
    expect(confirmed(mirocals('The top-line results were presented in December 2022.'))).toBeTruthy();
  });
  it.each([
    'The full results are expected to be published in 2026.', // future
    'No results had been published by 2023.', // negated
    'Since 2019, results from the trial have been presented at several meetings.', // "since" a year
    'The results, announced in 2022, were published in 2025.', // two years
    'Riluzole was approved in 1995; the MIROCALS results were presented in 2022.', // another treatment named
  ])('stays silent: %s', (s) => expect(fired(mirocals(s))).toBeUndefined());
  it('followed from before, only as the possessive subject ("Its results…")', () => {
    const followed = (s: string, before: string[] = ['MIROCALS tested low-dose IL-2 in 220 people with ALS.']) =>
      runRule(eventDate, 'mirocals-publication', s, before, { via: 'context' });
    expect(fired(followed('Its top-line results had first been announced in December 2023.'))).toMatch(/not 2023/);
    // the study not named just before: "its" may be another study's
    expect(
      fired(followed('Its top-line results had first been announced in December 2023.', ['IL-2 is a cytokine.'])),
    ).toBeUndefined();
    expect(
      fired(followed('Patients had waited for the full data after top-line results were announced in December 2023.')),
    ).toBeUndefined();
    // the sentence just before told of the treatment's result without naming the study
    expect(
      fired(
        followed("The trial's first results were shared in June 2021.", [
          'Experts agree low-dose IL-2 now clearly works for ALS.',
        ]),
      ),
    ).toMatch(/not 2021/);
  });
});

describe('event dates: an approval whose date the record lacks', () => {
  const edaravone = (t: string) => runRule(eventDate, 'edaravone-approval', t, [], { via: 'named' });
  it('says nothing of a year for a region where the record has an undated approval', () =>
    expect(fired(edaravone('Radicava IV was authorised by Health Canada for ALS in October 2018.'))).toBeUndefined());
});

describe('event dates: an approval told as "got FDA approval in"', () => {
  const edaravone = (t: string) => runRule(eventDate, 'edaravone-approval', t, [], { via: 'named' });
  it('fires on the wrong year for the region named', () =>
    expect(fired(edaravone('Edaravone got FDA approval in 2015 based on its pivotal trial.'))).toMatch(
      /approved in 2017 and 2022, not 2015/,
    ));
  it('confirms the right one', () => expect(confirmed(edaravone('Edaravone got FDA approval in 2017.'))).toBeTruthy());
});

describe('event dates: results told again, or before the paper', () => {
  const centaur = (t: string) => runRule(eventDate, 'centaur-function', t, [], { via: 'named' });
  it('a later presentation of the data is not the first report', () => {
    expect(
      fired(centaur('This was tested in the CENTAUR study, whose data were presented in April 2021 at a neurology congress.')),
    ).toBeUndefined();
    // told as the first report, a later year is wrong
    expect(fired(mirocals('The MIROCALS results were first presented in 2023.'))).toMatch(/not 2023/);
  });
  it('a record holding only the paper date does not say when results were first told', () => {
    expect(fired(centaur('The CENTAUR results were presented in 2019.'))).toBeUndefined();
    // a record with its top-line date still judges an earlier year
    expect(fired(mirocals('The MIROCALS results were presented in 2021.'))).toMatch(/not 2021/);
  });
});

describe("event dates: the dated event's own clause", () => {
  it('reads a past event beside a "before" in another clause', () =>
    expect(
      fired(
        mirocals(
          'MIROCALS headline results were first presented at a meeting in 2023, more than two years before the paper appeared.',
        ),
      ),
    ).toMatch(/2022 and 2025, not 2023/));
  it("stays silent on a denial in the event's clause", () =>
    expect(fired(mirocals('MIROCALS results were not presented in 2023, despite plans.'))).toBeUndefined());
});

describe('event dates: the month told too', () => {
  it('fires on the right year and the wrong month, where the record has the month', () =>
    expect(fired(mirocals('MIROCALS top-line results were first presented at the ENCALS meeting in June 2022.'))).toMatch(
      /December 2022, not June 2022/,
    ));
  it('confirms the right month', () =>
    expect(fired(mirocals('MIROCALS top-line results were presented in December 2022.'))).toBeUndefined());
});

describe('event dates: publication told by a participle in apposition or an active verb', () => {
  it.each([
    'MIROCALS, published in 2023, tested low-dose IL-2 in 220 people.',
    'The MIROCALS investigators have published the trial in The Lancet in 2023.',
  ])('%s', (s) => expect(fired(mirocals(s))).toMatch(/2025, not 2023/));
  it('stays silent on a publication still to come', () =>
    expect(fired(mirocals('MIROCALS, to be published in 2026, will be discussed at the meeting.'))).toBeUndefined());
});

describe('event dates: an approval "received" with the regulator named at length', () => {
  const tofersen = (s: string) => runRule(eventDate, 'tofersen-scope', s, [], { via: 'named' });
  it('judges the year', () =>
    expect(fired(tofersen('Tofersen received US Food and Drug Administration (FDA) approval in 2022.'))).toMatch(
      /2023, not 2022/,
    ));
});

describe('event dates: an approval for another disease', () => {
  const edaravone = (t: string) => runRule(eventDate, 'edaravone-approval', t, [], { via: 'named' });
  it('is not one of the ALS approvals', () =>
    expect(
      fired(edaravone('Edaravone was approved in Japan in 2001 under the name Radicut for acute cerebral infarction.')),
    ).toBeUndefined());
  it('an ALS approval told with the wrong year still is judged', () =>
    expect(fired(edaravone('Edaravone was approved in Japan in 2001 for ALS.'))).toMatch(/not 2001/));
});

describe('event dates: a year told relative to the page (session 17)', () => {
  const dated = (t: string, published: string) => runRule(eventDate, 'mirocals-publication', t, [], { via: 'named', published });
  it('"published the full results last year" on a page of January 2024 is 2023', () =>
    expect(fired(dated('MIROCALS: The Lancet published the full results last year.', '2024-01-20'))).toMatch(
      /published in 2025, not 2023/,
    ));
  it('"earlier this year" on a page of August 2025 is 2025: confirmed', () =>
    expect(confirmed(dated('MIROCALS: The Lancet published the full results earlier this year.', '2025-08-20'))).toBeTruthy());
  it('undated, a relative year says nothing', () =>
    expect(
      fired(runRule(eventDate, 'mirocals-publication', 'MIROCALS results were published last year.', [], { via: 'named' })),
    ).toBeUndefined());
  it('another drug named as a yardstick may be the one the date is about', () =>
    expect(
      fired(
        runRule(
          eventDate,
          'tofersen-primary',
          'Tofersen works far better than Relyvrio, the other ALS drug approved last year.',
          [],
          { via: 'named', published: '2023-05-01' },
        ),
      ),
    ).toBeUndefined());
});
