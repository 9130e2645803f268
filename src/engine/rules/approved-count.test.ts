import { describe, expect, it } from 'vitest';
import { checkText } from '../index';
import { claimsDb } from '../../claims/db';
import { buildMarket, onMarket } from '../market';
import { confirmed, fired, runRule } from './fixture';
import { superseded } from './superseded';

// The claim "riluzole-not-the-only-drug" carries the superseded reading that counts are judged under.
const run = (s: string, published?: string) => runRule(superseded, 'riluzole-not-the-only-drug', s, [], { published });

describe('market: approved drugs per jurisdiction, from the claims files', () => {
  const market = buildMarket(claimsDb);
  it('counts a drug once however many forms are approved, and drops a withdrawn one', () => {
    expect(onMarket(market, 'US', '2021-06-01').size).toBe(2);
    expect(onMarket(market, 'US', '2023-06-01').size).toBe(4);
    expect(onMarket(market, 'US', '2024-06-01').size).toBe(3);
  });
  it('keeps Europe apart from the US', () => {
    expect(onMarket(market, 'EU', '2020-01-01').size).toBe(1);
    expect(onMarket(market, 'EU', '2024-06-01').size).toBe(2);
  });
});

describe('approved count told as current', () => {
  it('true when written, changed since: outdated with the change that ended it', () => {
    const o = run('Only two medicines, riluzole and edaravone, have been approved by the FDA for ALS.', '2021-05-03');
    expect(fired(o)).toMatch(/Since this was published \(May 2021\): .*Relyvrio/);
    expect(o && 'event' in o ? o.event?.date : undefined).toBe('2022-09-29');
  });
  it('judges Europe by the EU, not by the US approvals', () => {
    const o = run('Riluzole remains the only drug licensed for ALS in Europe.', '2020-06-01');
    expect(o && 'event' in o ? o.event?.date : undefined).toBe('2024-05');
  });
  it('undated: names the change that ended the count', () => {
    expect(fired(run('Riluzole is still the only drug licensed for ALS in the UK.'))).toMatch(/UK MHRA approved tofersen/);
  });
  it('true in January 2024, changed by the UK approval of tofersen (July 2025)', () => {
    expect(fired(run('Riluzole remains the only drug licensed for ALS in the UK.', '2024-01-10'))).toMatch(
      /Since this was published \(January 2024\)/,
    );
  });
  it('still true today: not flagged', () => {
    expect(fired(run('Three drugs are currently approved for ALS in the United States.', '2024-06-01'))).toBeUndefined();
  });
  it('a subset of patients, with a place named, is confirmed so that no other judge of "the only drug" takes it', () => {
    expect(confirmed(run('In the UK, riluzole is the only drug licensed for most people with MND.', '2026-01-01'))).toBeTruthy();
  });
  it.each([
    [
      'A count that was never right there may count something else.',
      'Only two drugs are approved for ALS in the US.',
      '2024-06-01',
    ],
    ['A place whose approvals are not all recorded.', 'Only two drugs are approved for ALS in Canada.', '2021-05-03'],
    ['A subset of patients.', 'In the UK, riluzole is the only drug licensed for most people with MND.', '2026-01-01'],
  ])('silent: %s', (_why, s, published) => expect(fired(run(s, published))).toBeUndefined());
});

describe('a count that names no drug', () => {
  const verdicts = (text: string, published?: string) =>
    checkText(text, { today: '2026-12-05', published }).map((f) => `${f.verdict}:${f.event?.date ?? ''}`);
  it('is judged on the market, not left unlinked', () =>
    expect(verdicts('Only two drugs are FDA-approved for ALS.', '2021-05-03')).toEqual(['outdated:2022-09-29']));
  it('takes its place from the sentence before when it names none', () =>
    expect(verdicts('The FDA has reviewed many ALS drugs. Only one drug is approved for ALS.', '2016-03-01')).toEqual([
      'outdated:2017-05-05',
    ]));
  it('takes the one place the document names anywhere, when it names just one', () => {
    expect(
      verdicts('No new drug for ALS has reached the market since 1995. About 20,000 people in the US live with ALS.'),
    ).toEqual(['outdated:2017-05-05']);
    expect(verdicts('No new drug for ALS has reached the market since 1995. Patients in the US and the UK wait.')).toEqual([]);
  });
  it('reads "no other drug has been approved" as one drug so far', () =>
    expect(verdicts('More than 20 years later, no other ALS drug has been approved in the United States.', '2017-02-06')).toEqual(
      ['outdated:2017-05-05'],
    ));
  it('stays silent when still true', () =>
    expect(verdicts('Three drugs are currently approved for ALS in the United States.')).toEqual([]));
  // Session 14: a count with no place, here or before, is judged in every jurisdiction the database records.
  it('with no place named, judges the count wherever it was true on the date (in 2018, two drugs only in the US)', () =>
    expect(verdicts('Only two drugs are indicated for treating ALS.', '2018-01-01')).toEqual(['outdated:2022-09-29']));
  it('does not judge a sentence about one drug as a count', () =>
    expect(verdicts('The maker withdrew its EU application for edaravone in May 2019, so no decision is pending.')).toEqual([]));
});

describe('approved count: more wordings, and a count already out of date when written', () => {
  it.each([
    ['Riluzole is currently the only drug approved in the United States to treat ALS itself.', '2017-03-14', '2017-05'],
    ['Two drugs, riluzole and edaravone, are now approved for ALS in the US.', '2018-11-01', '2022-09'],
    [
      'It is the newer of the two medicines approved for ALS in the United States; the other is riluzole.',
      '2021-03-01',
      '2022-09',
    ],
    ['Qalsody becomes the fourth ALS therapy on the US market, joining riluzole, Radicava and AMX0035.', '2023-04-26', '2024-04'],
  ])('outdated: %s (%s)', (s, published, month) => {
    const o = run(s, published);
    expect(fired(o)).toMatch(/Since this was published/);
    expect(o && 'event' in o ? o.event?.date.slice(0, 7) : undefined).toBe(month);
  });
  it('a count told as now that was already wrong on the date is misreported, with the change that ended it', () => {
    const o = run(
      'So there are 4 FDA-approved disease-modifying ALS drugs right now: riluzole, edaravone, Relyvrio, tofersen.',
      '2026-01-12',
    );
    expect(o && 'as' in o ? o.as : undefined).toBe('wrong-fact');
    expect(o && 'event' in o ? o.event?.date : undefined).toBe('2024-04-04');
  });
  it('a count over a period is another count, and says nothing', () =>
    expect(
      fired(run('This is the third ALS treatment approved in the US in six years, so things are speeding up!', '2023-04-28')),
    ).toBeUndefined());
});

describe('approved count: the count an approval made at the time', () => {
  it.each([
    'In May, the FDA approved edaravone, sold as Radicava, making it the second drug approved for ALS in the US.',
    'Edaravone became the second drug approved for ALS in the US.',
  ])('stays silent on the event told: %s', (s) => expect(fired(run(s, '2017-08-01'))).toBeUndefined());
  it('still fires on the count told as now', () =>
    expect(fired(run('Riluzole and edaravone are now the only two FDA-approved ALS drugs.', '2017-08-01'))).toMatch(
      /Since this was published/,
    ));
});

describe('approved count told as current: session 13 wordings and places', () => {
  it.each([
    ['In Italy, riluzole is the only medicine approved for ALS.', '2020-03-01'],
    ['For people with ALS in France, even taking the only medicine indicated for treating it is a daily struggle.', '2014-04-02'],
    ['Riluzole is to date the only medicine that holds a marketing authorisation for ALS in Europe.', '2019-01-10'],
  ])('an EU member state counts as the EU: %s', (s, published) => expect(fired(run(s, published))).toMatch(/tofersen/i));
  it('reads "the one treatment available" as one drug', () =>
    expect(
      fired(run('Riluzole, which adds only months to life, is at present the one treatment available in the UK.', '2024-11-01')),
    ).toMatch(/Since this was published \(November 2024\)/));
});

describe('approved count with no place named here or anywhere in the document (session 14)', () => {
  const one = (text: string, published?: string) => checkText(text, { today: '2026-12-05', published });
  it('undated: out of date once it stopped being true in every jurisdiction, each change named', () => {
    const [f] = one('So far one drug has been approved for ALS, and it can slow the disease moderately.');
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2025-07-22');
    expect(f?.reasons[0]?.message).toMatch(
      /^No place is named.*in the US, FDA approved intravenous edaravone.*in the EU, .*tofersen.*in the UK, /,
    );
  });
  it('dated: the changes since the date, wherever the count was true then', () => {
    const [f] = one('The only medication licensed for the treatment of MND is riluzole.', '2020-01-01');
    expect(f?.verdict).toBe('outdated');
    expect(f?.reasons[0]?.message).toMatch(/^Since this was published \(January 2020\).*in the EU, .*in the UK, /);
    expect(f?.reasons[0]?.message).not.toMatch(/in the US/);
  });
  it('what the prescriber has is what is licensed: "the neurologist currently has only one drug" (session 16)', () =>
    expect(
      one('On the pharmacological side, the neurologist currently has only one drug, riluzole.', '2013-11-15')[0]?.verdict,
    ).toBe('outdated'));
  it('already wrong everywhere on its date: misreported', () =>
    expect(one('Currently only one drug is approved for ALS.', '2026-03-01')[0]?.verdict).toBe('misreported'));
  it('in 2021, two drugs were approved only in the US: the count is judged there', () =>
    expect(one('Only two drugs are approved for ALS.', '2021-05-03')[0]?.event?.date).toBe('2022-09-29'));
  it.each([
    ['still true somewhere (two drugs in the EU today)', 'Only two drugs are approved for ALS.'],
    ['a use, not an approval', 'The only drug used in ALS, riluzole, extends survival by a few months.'],
    ['a count that varies by place', 'Depending on the country, only one drug is approved for ALS.'],
    ['one kind of therapy', 'Tofersen remains the only approved therapy that alters how an ALS-linked gene functions.'],
    ['a genetic form', 'Tofersen is the only drug approved for SOD1-ALS.'],
    ['the only drug shown to work: evidence, not a licence', 'It is the only drug shown in four studies to slow the disease.'],
    ['what patients have, not prescribers', 'Patients currently have only one hope: riluzole.'],
    [
      'a place the database does not record, elsewhere in the document',
      'Only one drug is approved for ALS. Patients in Canada wait.',
    ],
  ])('silent: %s', (_why, text) => expect(one(text).filter((f) => f.verdict !== 'supported')).toEqual([]));
});

describe('approved count: the count by name, and the place in its own clause (session 17)', () => {
  const eventOf = (o: ReturnType<typeof run>) => (o && 'event' in o ? o.event?.date : undefined);
  it('"riluzole (Rilutek), the only one approved by the FDA" counts one drug in the US', () =>
    expect(
      eventOf(
        run('The drug riluzole (Rilutek), the only one approved by the US FDA to treat ALS, extends life by 2 to 3 months.'),
      ),
    ).toBe('2017-05-05'));
  it('"only riluzole is approved" counts one drug by name', () =>
    expect(eventOf(run('In Germany only riluzole is approved for this disease.', '2021-03-01'))).toBe('2024-05'));
  it('judges the count in the place of its own clause, not a place another clause names', () =>
    expect(
      eventOf(
        run(
          'In Germany only riluzole is approved for this, and for edaravone, approved in the USA, a second study could not reproduce the effect.',
        ),
      ),
    ).toBe('2024-05'));
  it('"only the infusion is approved": a lowercase word that is not a drug name counts nothing', () =>
    expect(fired(run('Of the two, only the infusion is approved in Canada.'))).toBeUndefined());
});

describe('approved count: every change since the page, each cited (session 17)', () => {
  it('tells each later change up to today and the count now, citing each drug’s record', () => {
    const f = checkText('Only two drugs have been approved by the FDA to treat ALS.', {
      published: '2022-06-01',
      today: '2026-12-06',
    }).find((x) => x.verdict === 'outdated');
    expect(f?.event?.date).toBe('2022-09-29');
    const why = f?.reasons.map((r) => r.message).join(' ') ?? '';
    expect(why).toMatch(/Relyvrio full .*then FDA granted tofersen .*withdrew Relyvrio/);
    expect(why).toMatch(/The US now has 3 approved ALS drugs/);
    // the first change's trial and the later tofersen approval are both cited
    expect(f?.sources).toEqual(expect.arrayContaining(['NCT03127514', 'NCT02623699']));
  });
  it('a single change cites only it', () => {
    const f = checkText('Riluzole remains the only drug licensed for ALS in the UK.', {
      published: '2024-01-10',
      today: '2026-12-06',
    }).find((x) => x.verdict === 'outdated');
    expect(f?.reasons.map((r) => r.message).join(' ')).not.toMatch(/ then /);
  });
});

describe('approved count: "the only drug approved … is riluzole", cited in every place it ended', () => {
  it('reads the count with the drug named after it, and cites each place’s change', () => {
    const f = checkText('The only drug approved by regulators for treating ALS is riluzole.', { today: '2026-12-06' }).find(
      (x) => x.verdict === 'outdated',
    );
    expect(f?.reasons.map((r) => r.message).join(' ')).toMatch(/in the US, .*edaravone.*in the EU, .*in the UK/);
    expect(f?.sources).toEqual(expect.arrayContaining(['NCT01492686', 'NCT02623699']));
  });
});
