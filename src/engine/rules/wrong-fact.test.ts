import { describe, expect, it } from 'vitest';
import { checkText } from '../index';
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
    expect(fired(run('The study enrolled three hundred and fifty patients.'))).toMatch(/220 participants, not 350/);
    // 304 is the registry's total enrolment: right as "enrolled", wrong as the number randomised
    expect(fired(run('The study enrolled three hundred and four patients.'))).toBeUndefined();
    expect(fired(run('In all, 304 patients were randomised.'))).toMatch(/randomised 220 participants; 304 is the registry/);
  });

  it("reads a cohort's size told as whom the study followed or tracked", () => {
    expect(fired(run('The study followed 600 people with ALS.'))).toMatch(/220 participants, not 600/);
    expect(fired(run('The trial was tested on 600 patients.'))).toMatch(/220 participants, not 600/);
    expect(fired(run('The study followed patients for 18 months.'))).toBeUndefined();
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

describe('wrong-fact: partners are not where a trial recruited', () => {
  it('countries of collaborating research groups say nothing', () =>
    expect(
      fired(
        run(
          'The MIROCALS trial, conducted in 220 patients from 17 clinics across the UK and France, in collaboration with research groups in the UK, France, Italy and Sweden, reported today.',
        ),
      ),
    ).toBeUndefined());
  it('a recruiting country named before the partners is still checked', () =>
    expect(fired(run('The trial recruited patients at clinics in Germany, in collaboration with groups in France.'))).toMatch(
      /Germany/,
    ));
});

describe('wrong-fact: a phase set beside the study’s name', () => {
  const centaur = (s: string) => runRule(wrongFact, 'centaur-function', s, [], { via: 'named' });
  it.each([
    'CENTAUR, a phase 2/3 trial, tested AMX0035 in 137 people.',
    'Top-line results from CENTAUR (NCT03127514), a phase 2/3 study, were positive.',
  ])('fires: %s', (s) => expect(fired(centaur(s))).toMatch(/phase 2 study, not phase 2\/3/));
  it('confirms nothing wrong in the right phase', () =>
    expect(fired(centaur('CENTAUR, a phase 2 trial, tested AMX0035.'))).toBeUndefined());
});

describe('wrong-fact: countries recorded only in part', () => {
  const phoenix = (s: string) => runRule(wrongFact, 'phoenix-trial-result', s, [], { via: 'named' });
  it('fires on the places named as the only ones', () =>
    expect(fired(phoenix('PHOENIX was run only at sites in the United States.'))).toMatch(/United States and Europe, not only/));
  it.each(['PHOENIX recruited patients in Germany and the United States.', 'PHOENIX ran at sites in the United States.'])(
    'stays silent on a country the record may not name, or a place it does: %s',
    (s) => expect(fired(phoenix(s))).toBeUndefined(),
  );
});

describe('wrong-fact: places told loosely (session 11)', () => {
  it('a US state is a place in the United States', () =>
    expect(fired(run("The author's clinic in Ohio was one of the MIROCALS trial sites."))).toMatch(/not in United States/));
  it('"is running also in" places the trial', () =>
    expect(fired(run('The study is running also in Germany and Italy.'))).toMatch(/not in (?=.*Germany)(?=.*Italy)/));
  it('"included patients in" places the trial', () =>
    expect(fired(run('The trial included patients in Poland too.'))).toMatch(/not in Poland/));
  const edaravone = (s: string) => runRule(wrongFact, 'edaravone-function', s);
  it('Europe, for a trial that recruited in no European country', () =>
    expect(fired(edaravone('In the decisive study, conducted on 137 patients in Japan and in Europe, the drug helped.'))).toMatch(
      /recruited only in Japan; not in Europe/,
    ));
  it.each([
    'Neurologists from ENCALS centres across Europe discussed edaravone as a possible new ALS therapy.',
    'Patient groups across Europe have asked for access to the drug.',
  ])('Europe not as where the trial ran stays silent: %s', (s) => expect(fired(edaravone(s))).toBeUndefined());
  it('Europe told of a trial that recruited in Europe stays silent', () =>
    expect(fired(run('The trial was conducted on 220 patients in Europe.'))).toBeUndefined());
});

describe('wrong-fact: a size told of the study named, though it is another study’s size (session 16)', () => {
  it('"CENTAUR had 664 patients" names CENTAUR; 664 only describes PHOENIX', () => {
    const f = checkText('Relyvrio trials\n\nThe CENTAUR study had 664 patients from many countries.', { today: '2026-12-05' });
    expect(f.filter((x) => x.verdict === 'misreported').map((x) => x.source)).toEqual(['centaur']);
  });
});
