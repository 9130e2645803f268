import { describe, expect, it } from 'vitest';
import { claimsDb } from '../claims/db';
import { analyzeSentence } from './analyze';
import { linkSources, SourceIndex } from './sources';

const index = new SourceIndex(claimsDb);
function linked(sentences: string[]) {
  let at = 0;
  const analyzed = sentences.map((t) => {
    const s = analyzeSentence(t, at);
    at += t.length + 1;
    return s;
  });
  return linkSources(index, analyzed).map((links) => [...new Set(links.filter((l) => l.via !== 'standalone').map((l) => `${l.source.id}/${l.via}`))]);
}

describe('linkSources', () => {
  it('names a study outright by acronym or registry ID, case-sensitively for acronyms', () => {
    expect(linked(['The MIROCALS trial tested IL-2.'])[0]).toEqual(['mirocals/named']);
    expect(linked(['The phase 1 trial NCT03241784 gave Treg infusions.'])[0]).toEqual(['treg-phase1-2018/named']);
    expect(linked(['Mirocals is not how anyone writes it, and valor is a Spanish word.'])[0]).toEqual([]);
  });
  it('follows the study the article was talking about', () => {
    const out = linked(['The MIROCALS trial tested low-dose IL-2.', 'These results mark a real breakthrough.', 'Patients on the drug lived longer.']);
    expect(out[1]).toEqual(['mirocals/context']);
    expect(out[2]).toEqual(['mirocals/context']);
  });
  it('looks ahead for a headline before the study is named', () => {
    const out = linked(['Low-dose IL-2 extends survival in ALS.', 'The MIROCALS trial enrolled 220 people.']);
    expect(out[0]).toEqual(['mirocals/context']);
  });
  it('does not follow a study into an unrelated sentence', () => {
    const out = linked(['The MIROCALS trial tested low-dose IL-2.', 'Lou Gehrig was a baseball player.']);
    expect(out[1]).toEqual([]);
  });
});
