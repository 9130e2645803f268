import { describe, expect, it } from 'vitest';
import { confirmed, fired, runRule } from './fixture';
import { checkJournal } from './journal-facts';
import type { Rule } from './types';

const journal: Rule = { code: 'wrong-fact', check: checkJournal };
const treg = (s: string) => runRule(journal, 'treg1-clinical-effect', s);
const mirocals = (s: string) => runRule(journal, 'mirocals-publication', s);
const riluzole = (s: string) => runRule(journal, 'riluzole1994-survival', s);

describe('journal: the study told as published in another journal', () => {
  it('fires on the wrong journal, naming the right one', () =>
    expect(fired(treg('The Houston results, published in The Lancet last month, deserve more attention.'))).toMatch(
      /published in Neurology: Neuroimmunology & Neuroinflammation, not The Lancet/,
    ));
  it('fires on "came out in" the wrong journal', () =>
    expect(fired(mirocals('The results came out in the New England Journal of Medicine in 2025.'))).toMatch(
      /not The New England Journal of Medicine|not New England Journal of Medicine|not NEJM|not the New England/i,
    ));
  it('fires on "showed in" the wrong journal', () =>
    expect(fired(mirocals('The team showed in the New England Journal of Medicine that IL-2 helped.'))).toMatch(/not/));
  it('stays silent on "showed in mice"', () =>
    expect(fired(mirocals('The team showed in mice that IL-2 helped.'))).toBeUndefined());
  it('confirms the right journal', () =>
    expect(confirmed(mirocals('The trial was published in the Lancet in May.'))).toBeTruthy());
  it.each([
    'The trial was published in Lancet Neurology.', // the same family: not worth a flag
    'The trial was discussed in Nature News.', // not a publication claim
    'A related study of IL-2 in lupus appeared in the New England Journal of Medicine.', // another study
    'The final long-term results of the trial and its extension were published in Nature Medicine.', // a later report
  ])('stays silent or confirms: %s', (s) => expect(fired(mirocals(s))).toBeUndefined());
});

describe("journal: the study's drug named only as what another treatment was added to", () => {
  it("stays silent: the paper is the other treatment's", () =>
    expect(
      fired(
        riluzole(
          'A drug given in small doses alongside the standard medicine riluzole helped people live longer, according to research published in The Lancet.',
        ),
      ),
    ).toBeUndefined());
  it('still fires where the drug is the subject', () =>
    expect(fired(riluzole('Riluzole helped people live longer, according to research published in The Lancet.'))).toMatch(
      /not The Lancet/,
    ));
});

describe('journal: the journal of another study of the same treatment that the document discusses', () => {
  const coyaToo = new Map([['coya-302', 3]]);
  const inCoyaCoverage = (claim: string, s: string) => runRule(journal, claim, s, [], { studies: coyaToo });
  it('stays silent when the sentence does not name this study: the paper may be the other one', () =>
    expect(
      fired(inCoyaCoverage('mirocals-publication', 'The study appears in a peer-reviewed paper in Frontiers in Neurology.')),
    ).toBeUndefined());
  it('fires when the document does not discuss the other study', () =>
    expect(fired(mirocals('The study appears in a peer-reviewed paper in Frontiers in Neurology.'))).toMatch(/not Frontiers/));
  it('fires when the sentence names this study', () =>
    expect(
      fired(inCoyaCoverage('mirocals-publication', 'MIROCALS appears in a peer-reviewed paper in Frontiers in Neurology.')),
    ).toMatch(/not Frontiers/));
  it("fires when the sentence dates the study by one of its own years (the other riluzole trial's journal)", () => {
    const both = new Map([['riluzole-1996', 3]]);
    expect(
      fired(
        runRule(
          journal,
          'riluzole1994-survival',
          'Riluzole was first shown to work in a 1994 trial published in The Lancet.',
          [],
          { studies: both },
        ),
      ),
    ).toMatch(/not The Lancet/);
    expect(
      fired(
        runRule(journal, 'riluzole1994-survival', 'Riluzole was first shown to work in a trial published in The Lancet.', [], {
          studies: both,
        }),
      ),
    ).toBeUndefined();
  });
});

describe('journal: a well-known journal no study in the database appeared in', () => {
  const nature = (s: string, via: 'named' | 'context' = 'context') =>
    runRule(journal, 'michaelis-autoimmune-als', s, [], { via });
  it('fires when the sentence dates the study by its own year', () =>
    expect(fired(nature('8/ The paper was published in Science in October 2025.'))).toMatch(/published in Nature, not Science/));
  it('stays silent when nothing in the sentence ties it to this study (a look-alike may be another study)', () => {
    expect(
      fired(nature('The study, recently published in Science Translational Medicine, found that the protein matters.')),
    ).toBeUndefined();
    expect(fired(nature('Their findings were published in the journal Science.'))).toBeUndefined();
  });
  it('reads "Science Daily" as a news site, not the journal', () =>
    expect(fired(nature('The 2025 paper was described in Science Daily.'))).toBeUndefined());
});

describe('journal: NEJM Evidence is not the New England Journal of Medicine', () => {
  it('does not read "NEJM Evidence" as the NEJM', () => {
    const tofersen = (s: string) => runRule(journal, 'tofersen-primary', s, [], { via: 'named' });
    expect(confirmed(tofersen('VALOR was published in NEJM Evidence.'))).toBeUndefined();
    expect(confirmed(tofersen('VALOR was published in the NEJM.'))).toBeTruthy();
  });
});
