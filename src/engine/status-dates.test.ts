// Status sentences through the whole engine, with and without the document's date (real claims database).
import { describe, expect, it } from 'vitest';
import { checkText } from './index';

const flag = (text: string, published?: string) => checkText(text, { published }).filter((f) => f.verdict !== 'supported');

describe('a pending decision, judged at the document’s date', () => {
  const text = 'The FDA is expected to announce its decision on Relyvrio for ALS on September 29.';
  it('written before the approval: outdated since, with the event', () => {
    const [f] = flag(text, '2022-08-01');
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2022-09-29');
    expect(f?.reasons[0]?.message).toMatch(/^Since this was published \(August 2022\)/);
  });
  it('written after it: misreported, already wrong when written', () => {
    const [f] = flag(text, '2024-06-01');
    expect(f?.verdict).toBe('misreported');
    expect(f?.reasons[0]?.code).toBe('wrong-fact');
  });
  it('undated: outdated, saying what changed and when', () => {
    const [f] = flag(text);
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2022-09-29');
  });
  it('the regulator can be named in the sentence before', () => {
    const found = flag(
      'The FDA pushed back its review of Relyvrio for ALS. The final decision is now scheduled for 29 September.',
      '2022-07-01',
    );
    expect(found.some((f) => f.text.startsWith('The final decision') && f.verdict === 'outdated')).toBe(true);
  });
});

describe('a dateline in the text dates the document', () => {
  it('tofersen called investigational in a 2022 article is outdated since its approval', () => {
    const [f] = flag(
      'Tofersen update\nPublished 12 October 2022\n\nBiogen shared new data for tofersen, an investigational drug for SOD1-ALS.',
    );
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2023-04-25');
  });
  it('"investigational for all other indications" speaks of other uses, not the approved one', () =>
    expect(
      flag(
        'Edaravone is approved by the FDA for ALS. Edaravone is considered investigational for all other indications.',
        '2020-01-01',
      ),
    ).toEqual([]));
  it.each([
    'Edaravone is approved in the US. This new column will look at the treatment options, still experimental, that might change the outlook.',
    'Edaravone is approved in the US. Investigational therapies for ALS are covered in our next issue.',
  ])('experimental treatments in the plural are others, not the approved drug (session 14): %s', (t) =>
    expect(flag(t, '2023-03-01')).toEqual([]),
  );
  it('the approved drug itself called experimental is still outdated', () =>
    expect(flag('Tofersen is still an experimental drug for SOD1-ALS.', '2022-10-12')[0]?.event?.date).toBe('2023-04-25'));
  it('"available only through clinical trials and expanded access" is investigational, outdated after approval', () => {
    const [f] = flag(
      'In the US, tofersen is currently available only through clinical trials and an expanded access programme.',
      '2023-03-24',
    );
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2023-04-25');
  });
  it('a trial named as itself is the trial: its data told as due are outdated once it reported', () => {
    const [f] = flag('Topline PHOENIX data are due around the middle of 2024.', '2023-11-09');
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2024-03-08');
  });
  it('a trial "which is continuing" is told as running', () => {
    const found = flag('Amylyx must confirm the benefit with the phase 3 study PHOENIX, which is continuing.', '2022-06-14');
    expect(found.some((f) => f.verdict === 'outdated' && f.event?.date === '2024-03-08')).toBe(true);
  });
  it('a trial procedure is not a status claim', () =>
    expect(
      flag(
        'Patients first assigned to placebo could then switch to the experimental drug tofersen in the SOD1-ALS trial.',
        '2022-01-01',
      ),
    ).toEqual([]));
});

describe('a pending decision beside a past one in another region', () => {
  it('"approved in Japan in 2015, is now under FDA review" is the FDA’s pending decision', () => {
    const [f] = flag(
      'Edaravone, approved in Japan in 2015 for ALS, is now under FDA review, with a decision expected by June.',
      '2017-02-06',
    );
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2017-05-05');
  });
  it('two regions both pending stay undecided', () =>
    expect(flag('Edaravone is under review in the US and in the EU, with decisions expected next year.', '2017-02-06')).toEqual(
      [],
    ));
});

describe('a pending decision that names no regulator', () => {
  it('is the decision of the regulator the article named before', () => {
    const found = flag(
      'The FDA has reviewed Relyvrio for ALS since last year. A decision on Relyvrio is due in September.',
      '2022-08-01',
    );
    expect(found.find((f) => f.text.startsWith('A decision'))?.event?.date).toBe('2022-09-29');
  });
  it('with no regulator named anywhere, says nothing (it could be any regulator’s)', () =>
    expect(flag('A decision on Relyvrio for ALS is due in September.', '2022-08-01')).toEqual([]));
});

describe('a short answer in a question-and-answer page', () => {
  it('"it is not yet available" about a form of the drug follows the drug the page is about', () => {
    const text =
      'Radicava (edaravone) FAQ\nUpdated September 2018\n\nRadicava is a medicine approved by the FDA in May 2017 to treat ALS.\n\nIs there a pill form?\n\nAn oral version is being studied, but it is not yet available.';
    const found = flag(text).filter((f) => f.text.startsWith('An oral version'));
    expect(found.map((f) => `${f.verdict}:${f.event?.date}`)).toEqual(['outdated:2022-05-12']);
  });
});

describe('an application accepted, told as an event', () => {
  it('"announces FDA accepts New Drug Application" in a headline is a report, not a decision told as pending', () =>
    expect(flag('Ionis announces FDA accepts New Drug Application and grants Priority Review of tofersen', '2022-07-26')).toEqual(
      [],
    ));
});

describe('a trial told by its own phase, in an undated page', () => {
  it('"a phase 2 trial of the company’s ALS treatment is under way" follows the phase 2b trial the page is about', () => {
    const text =
      'Clinigen wins orphan status for aldesleukin in ALS. The MIROCALS study tests low-dose IL-2 in ALS. A phase 2 trial of the company’s ALS treatment is under way and should end in September 2021.';
    const found = flag(text).filter((f) => f.text.startsWith('A phase 2 trial'));
    // (a trial told as under way stopped being so when it was completed, July 2021, before it reported)
    expect(found.map((f) => `${f.verdict}:${f.event?.date}`)).toEqual(['outdated:2021-07-22']);
  });
});

describe('a status told of the drug the article follows', () => {
  it('is checked against the drug’s related sources too (the withdrawal is recorded with its confirmatory trial)', () => {
    const text =
      'FDA approves Relyvrio for ALS\n30 September 2022\n\nThe approval rests on the CENTAUR trial. Attention will now turn to the commercial launch and how quickly the drug is taken up.';
    const found = flag(text).filter((f) => f.text.startsWith('Attention'));
    expect(found.map((f) => `${f.verdict}:${f.event?.date}`)).toEqual(['outdated:2024-04-04']);
  });
});

describe('a withdrawal promised, not told', () => {
  const text = [
    'Amylyx wins FDA approval for ALS drug Relyvrio',
    'October 3, 2022',
    '',
    'Relyvrio is now approved for adults with ALS in the United States.',
    'Amylyx has said it would consider withdrawing the drug if PHOENIX fails.',
    'In Canada, Albrioza is available under a conditional approval that requires confirmation from PHOENIX.',
  ].join('\n');
  it('"would consider withdrawing the drug if PHOENIX fails" does not make the article one that tells of the withdrawal', () => {
    const found = flag(text);
    expect(found.find((f) => f.text.startsWith('Relyvrio is now approved'))?.event?.date).toBe('2024-04-04');
    expect(found.some((f) => f.text.startsWith('Amylyx has said'))).toBe(false);
  });
  it('naming the confirmatory trial alone, while it ran, tells nothing of its failure', () =>
    expect(flag(text).find((f) => f.text.startsWith('In Canada'))?.verdict).toBe('outdated'));
  it('an article that tells of the withdrawal as done still silences a description', () =>
    expect(
      flag(
        'Amylyx withdrew Relyvrio from the market in April 2024 after PHOENIX failed. Relyvrio is a powder taken by mouth for ALS.',
      ),
    ).toEqual([]));
});

describe('a trial described, not named, told as still running', () => {
  it('"a UK and French trial is testing whether low-dose IL-2 can slow MND" in 2020 is outdated since the trial ended', () => {
    const [f] = flag('A UK and French trial is testing whether low-dose IL-2 can slow motor neurone disease.', '2020-03-12');
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2021-07-22'); // completed before it reported
  });
  it('a regulator reviewing with no regulator named says nothing', () =>
    expect(
      flag('Patients can get tofersen for ALS through early access while regulators review the data.', '2021-10-17'),
    ).toEqual([]));
});

describe('a treatment guide of June 2021', () => {
  it('"two drugs approved by the FDA" is a count, outdated since the third approval', () => {
    const [f] = flag('There is no cure for ALS, but two drugs approved by the FDA can slow it down a little.', '2021-06');
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2022-09-29');
  });
  it('"Tofersen is in a phase 3 trial" is the drug’s own phase 3, told as running', () => {
    const [f] = flag('Tofersen, a drug for people with SOD1 mutations, is in a phase 3 trial.', '2021-06');
    expect(f?.verdict).toBe('outdated');
  });
  it('a drug in a trial of another phase is not this trial', () =>
    expect(
      flag('Tofersen, a drug for people with SOD1 mutations, is in a phase 1 trial in presymptomatic carriers.', '2021-06'),
    ).toEqual([]));
});

describe('coverage of the 2025 C9orf72 study in other words', () => {
  const text = [
    'Scientists find ALS may be an autoimmune disease',
    'October 2, 2025',
    '',
    'Immune cells called T cells react to a protein made by the C9orf72 gene in people with ALS, a Nature study found.',
    "The body's defences turn against motor neurons, the team says.",
    'The study solves a decades-old mystery about ALS.',
    'The findings suggest the immune system may play a role in ALS.',
  ].join('\n');
  it('reads "the body’s defences turn against motor neurons" and "solves a decades-old mystery", not the hedged sentence', () => {
    const flagged = flag(text).map((f) => f.text.slice(0, 20));
    expect(flagged).toEqual(["The body's defences ", 'The study solves a d']);
  });
});

describe('revision notes: bullets under one study continue it', () => {
  const text = [
    'IL-2 for MND: my revision notes',
    '',
    '- MIROCALS = phase 3 RCT, 220 pts, UK + France.',
    '- Published NEJM 2025.',
    '- Half of the patients got placebo.',
  ].join('\n');
  it('"MIROCALS = phase 3" is a phase said of it, and "Published NEJM 2025." the next note about it', () => {
    const found = flag(text).map((f) => `${f.text}|${f.verdict}`);
    expect(found).toEqual(['MIROCALS = phase 3 RCT, 220 pts, UK + France.|misreported', 'Published NEJM 2025.|misreported']);
  });
});
