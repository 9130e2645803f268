import { describe, expect, it } from 'vitest';
import { fired, runRule } from './fixture';
import { superseded } from './superseded';

const run = (s: string, doc: string[] = [], published?: string) =>
  runRule(superseded, 'edaravone-oral-form', s, doc, { published });

describe('superseded: a form of the drug told as not existing before it was approved', () => {
  it.each([
    'Edaravone is given as a drip into a vein, and there is currently no version you can take by mouth.',
    'Radicava is an intravenous medicine that has to be given by a medical professional.',
    'Edaravone must be given by daily intravenous infusion in cycles.',
    'Edaravone is given as an infusion into a vein, and at present this is the only form available.',
    'Edaravone can only be given by intravenous infusion in a clinic.',
    'There is no oral form of edaravone yet.',
    'An oral version of edaravone is being studied, but it is not yet available.',
    'The medicine is given as infusion into the vein; a form to take by mouth does not exist.',
  ])('is outdated in a 2021 document: %s', (s) =>
    expect(fired(run(s, [], '2021-03'))).toMatch(/^Since this was published \(March 2021\).*oral suspension/),
  );

  it('says what changed and when in an undated document', () =>
    expect(fired(run('There is no oral form of edaravone yet.'))).toMatch(/approved on 2022-05-12/));

  it('is already wrong in a document written after the approval', () => {
    const out = run('There is no oral form of edaravone yet.', [], '2023-06');
    expect(out && 'as' in out ? out.as : undefined).toBe('wrong-fact');
  });

  it.each([
    'Until 2022, edaravone had to be given by intravenous infusion.',
    'Edaravone is given as a drip into a vein in repeated cycles.',
    'Radicava ORS, an oral suspension, can be taken by mouth or through a feeding tube.',
    'The first trials gave edaravone by drip into a vein.',
  ])('stays silent: %s', (s) => expect(fired(run(s, [], '2021-03'))).toBeUndefined());

  it('stays silent when the document tells of the oral form as approved', () =>
    expect(
      fired(
        run(
          'Radicava IV has to be given by infusion in a clinic.',
          ['The FDA approved an oral suspension of edaravone in May 2022.'],
          '2022-06',
        ),
      ),
    ).toBeUndefined());
});

describe('superseded: a form told as still being developed, in the active voice (session 13)', () => {
  it('fires on "the manufacturer is studying the development of an oral formulation"', () =>
    expect(
      fired(run('However, the manufacturer is studying the development of an oral formulation of edaravone.', [], '2019-11-01')),
    ).toMatch(/Since this was published \(November 2019\)/));
});
