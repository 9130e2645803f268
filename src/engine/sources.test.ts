import { describe, expect, it } from 'vitest';
import { claimsDb } from '../claims/db';
import { analyzeSentence } from './analyze';
import { buildDocumentModel } from './document';
import { linkSources, SourceIndex } from './sources';

const index = new SourceIndex(claimsDb);
function linked(sentences: string[]) {
  let at = 0;
  const analyzed = sentences.map((t) => {
    const s = analyzeSentence(t, at);
    at += t.length + 1;
    return s;
  });
  return linkSources(index, analyzed).map((links) => [
    ...new Set(links.filter((l) => l.via !== 'standalone').map((l) => `${l.source.id}/${l.via}`)),
  ]);
}

describe('linkSources', () => {
  it('names a study outright by acronym or registry ID, case-sensitively for acronyms', () => {
    expect(linked(['The MIROCALS trial tested IL-2.'])[0]).toEqual(['mirocals/named']);
    expect(linked(['The phase 1 trial NCT03241784 gave Treg infusions.'])[0]).toEqual(['treg-phase1-2018/named']);
    expect(linked(['Mirocals is not how anyone writes it, and valor is a Spanish word.'])[0]).toEqual([]);
  });
  it('follows the study the article was talking about', () => {
    const out = linked([
      'The MIROCALS trial tested low-dose IL-2.',
      'These results mark a real breakthrough.',
      'Patients on the drug lived longer.',
    ]);
    expect(out[1]).toEqual(['mirocals/context']);
    expect(out[2]).toEqual(['mirocals/context']);
  });
  it('looks ahead for a headline before the study is named', () => {
    const out = linked(['Low-dose IL-2 extends survival in ALS.', 'The MIROCALS trial enrolled 220 people.']);
    expect(out[0]).toEqual(['mirocals/context']);
  });
  it('a sentence that names a study is not about another study of the same treatment it only describes', () =>
    expect(
      linked([
        'The study, titled "Repeated cycles of low dose aldesleukin in ALS (IMODALS)", was published in the journal Lancet EBioMedicine.',
      ])[0],
    ).toEqual(['imodals/named']));
  it('follows the study through "the paper" and after a speaker name in any case ("Jo: It says …")', () => {
    const out = linked([
      'The MIROCALS trial tested low-dose IL-2.',
      'HOST: Thanks for calling in.',
      'DENNIS: Well the paper said four out of five patients lived longer.',
      'HOST: Next caller.',
      'Jo: It says people on it were more likely to survive.',
    ]);
    expect(out[2]).toEqual(['mirocals/context']);
    expect(out[4]).toEqual(['mirocals/context']);
  });
  it('looking ahead, passes over a study brought in as another one ("IMODALS, an earlier IL-2 study")', () => {
    const out = linked([
      'Low-dose IL-2 extends survival in ALS.',
      'IMODALS, an earlier IL-2 study, gave the drug for three months.',
      'The MIROCALS trial enrolled 220 people.',
    ]);
    expect(out[0]).toEqual(['mirocals/context']);
  });
  it('a headline before two studies described alike is about the one reported just before the document’s date', () => {
    const texts = [
      'Cell therapy slowed or stopped the progression of ALS',
      'Researchers at Houston Methodist report on regulatory T cells in ALS.',
    ];
    const analyzed = texts.map((t, i) => analyzeSentence(t, i * 100));
    const mentions = analyzed.map((s, i) => index.mentionsIn(s, analyzed[i - 1]));
    const at = (published: string) =>
      linkSources(index, analyzed, mentions, buildDocumentModel(mentions, { published, today: '2026-12-05' }))[0]!
        .filter((l) => l.via === 'context')
        .map((l) => l.source.id);
    expect(new Set(at('2022-10-21'))).toEqual(new Set(['treg-phase2a-2022']));
    expect(new Set(at('2018-06-01'))).toEqual(new Set(['treg-phase1-2018']));
  });
  it("a headline naming no treatment, with no study named just below it, is about the document's study and its relatives", () => {
    const texts = [
      "New ALS medicine may give ten months' longer life",
      'ALS destroys the nerve cells that control movement.',
      'Most people live about three years after diagnosis.',
      'No treatment today can stop it.',
      'Regulators in the US recently approved Relyvrio.',
      'Relyvrio is also under review in Europe.',
    ];
    const analyzed = texts.map((t, i) => analyzeSentence(t, i * 100));
    const mentions = analyzed.map((s, i) => index.mentionsIn(s, analyzed[i - 1]));
    const model = buildDocumentModel(mentions, { published: '2022-11-27', today: '2026-12-05' });
    const first = linkSources(index, analyzed, mentions, model)[0]!.filter((l) => l.via === 'context');
    expect(new Set(first.map((l) => l.source.id))).toEqual(new Set(['phoenix', 'centaur']));
    // A sentence with a full stop is not a headline: it stays unlinked.
    const prose = ["New ALS medicine may give ten months' longer life.", ...texts.slice(1)].map((t, i) =>
      analyzeSentence(t, i * 100),
    );
    const proseMentions = prose.map((s, i) => index.mentionsIn(s, prose[i - 1]));
    const proseModel = buildDocumentModel(proseMentions, { published: '2022-11-27', today: '2026-12-05' });
    expect(linkSources(index, prose, proseMentions, proseModel)[0]!.filter((l) => l.via === 'context')).toEqual([]);
  });
  it('several studies described alike in one sentence: in a dated document, the one reported just before leads', () => {
    const texts = [
      'The Houston Methodist team gives people infusions of their own regulatory T cells.',
      'And it worked in a proper placebo trial with 120 patients.',
    ];
    const analyzed = texts.map((t, i) => analyzeSentence(t, i * 100));
    const mentions = analyzed.map((s, i) => index.mentionsIn(s, analyzed[i - 1]));
    const model = buildDocumentModel(mentions, { published: '2022-11-03', today: '2026-12-05' });
    const second = linkSources(index, analyzed, mentions, model)[1]!.filter((l) => l.via === 'context');
    expect(new Set(second.map((l) => l.source.id))).toEqual(new Set(['treg-phase2a-2022']));
  });
  it('a drug named only as what another was added to does not take the sentence; a result told by "it" reaches the drug\'s other trial', () => {
    const out = linked([
      'My neurologist just started me on Relyvrio.',
      'My neurologist says it may add several months of life on top of riluzole.',
    ]);
    expect(out[1]).toEqual(expect.arrayContaining(['phoenix/context', 'centaur/context']));
    expect(out[1]!.some((x) => x.startsWith('riluzole'))).toBe(false);
  });
  it('a study brought in as an aside does not take over the story', () => {
    const out = linked([
      'This month he joined ALSTARS, a trial of COYA 302.',
      'A related treatment, low-dose IL-2 alone, helped some patients in a British and French trial, MIROCALS.',
      'The trial is running at about two dozen sites in the US and Canada.',
    ]);
    expect(out[2]).toEqual(['coya-302/context']);
    // Not an aside: the study named last is the one followed.
    const plain = linked([
      'This month he joined ALSTARS, a trial of COYA 302.',
      'MIROCALS tested low-dose IL-2.',
      'The trial ran in France.',
    ]);
    expect(plain[2]).toEqual(['mirocals/context']);
  });
  it('a comparison\'s yardstick does not take the sentence; "the survival gain" points back to the study followed', () => {
    const out = linked([
      'MIROCALS tested low-dose IL-2 in 220 people.',
      'The survival gain is larger than that achieved by riluzole.',
    ]);
    expect(out[1]).toEqual(['mirocals/context']);
  });
  it('a sentence naming another study only as a comparison is still about the study followed', () => {
    const out = linked(['The MIROCALS trial tested low-dose IL-2 in ALS.', 'The dose was ten times higher than in IMODALS.']);
    // (The yardstick is linked only as a standalone claim would be: its record is not checked on this sentence.)
    expect(out[1]).toContain('mirocals/context');
    expect(out[1]).not.toContain('imodals/named');
    // Named as the subject, the other study is what the sentence is about.
    expect(linked(['The MIROCALS trial tested low-dose IL-2 in ALS.', 'IMODALS used a lower dose.'])[1]).toEqual([
      'imodals/named',
    ]);
  });
  it('does not follow a study into an unrelated sentence', () => {
    const out = linked(['The MIROCALS trial tested low-dose IL-2.', 'Lou Gehrig was a baseball player.']);
    expect(out[1]).toEqual([]);
  });
  it('takes the study a sentence describes: a descriptor (journal, countries) plus a specific topic', () => {
    expect(linked(['A Lancet trial of low-dose IL-2 reported its results.'])[0]).toEqual(['mirocals/named']);
    expect(linked(['A UK-French study of IL-2 is finished.'])[0]).toEqual(['mirocals/named']);
    // Where it recruited, when that was two countries, describes it too ("in the UK and France", either order).
    expect(
      linked(['Some ask about low-dose interleukin-2.', 'A larger trial of this treatment in France and the UK is running.'])[1],
    ).toContain('mirocals/named');
    expect(linked(['A trial in the UK and France tested a heart drug.'])[0]).toEqual([]);
    // Where a trial runs: "a hospital in Beijing is running an IL-2 study".
    expect(linked(['A hospital in Beijing is running an IL-2 study in ALS.'])[0]).toContain('nct04952155/named');
    // The journal alone is not enough: the Lancet publishes many studies.
    expect(linked(['The Lancet published a study on stroke care.'])[0]).toEqual([]);
  });
  it('falls back to the study that stands for the topic when nothing is named or followed', () => {
    const raw = (sentences: string[]) =>
      linkSources(
        index,
        sentences.map((t) => analyzeSentence(t, 0)),
      ).map((l) => [...new Set(l.map((x) => `${x.source.id}/${x.via}`))]);
    expect(raw(['Low-dose interleukin-2 lengthened survival in ALS.'])[0]).toContain('mirocals/standalone');
    expect(raw(['T cells reacting to C9orf72 kept people with ALS alive longer.'])[0]).toContain('michaelis-2025/standalone');
    // A study the article already follows wins over the stand-in.
    expect(raw(['IMODALS gave low-dose IL-2 to 36 people with ALS.', 'IL-2 raised Treg levels in ALS patients.'])[1]).toContain(
      'imodals/context',
    );
    // IL-2 with no ALS in the sentence stands for nothing.
    expect(raw(['Low-dose IL-2 helped patients with lupus.'])[0]!.filter((x) => x.startsWith('mirocals'))).toEqual([]);
  });
  it('looks only a few sentences ahead, and lets an unpunctuated ALS headline take the next study', () => {
    const far = linked(['IL-2 news for ALS patients', 'One.', 'Two.', 'Three.', 'Four.', 'IMODALS tested low-dose IL-2.']);
    expect(far[0]).not.toContain('imodals/context');
    const headline = linked(['Cancer drug turns back the clock on ALS', 'The MIROCALS trial tested low-dose IL-2.']);
    expect(headline[0]).toEqual(['mirocals/context']);
  });
  it('follows into a comparison with another drug, but not into a sentence about that drug alone', () => {
    const out = linked([
      'The MIROCALS trial tested low-dose IL-2.',
      'It works better than riluzole.',
      'It is taken as a tablet twice a day, like riluzole.',
    ]);
    expect(out[1]).toEqual(['mirocals/context']);
  });
  it('does not hand the story to a study named only in passing ("than in IMODALS")', () => {
    const out = linked([
      'MIROCALS gave low-dose IL-2 to 220 people with ALS.',
      'The dose was lower than in IMODALS.',
      'IL-2 saved lives in the trial.',
    ]);
    expect(out[2]).toEqual(['mirocals/context']);
    const switched = linked([
      'MIROCALS gave low-dose IL-2 to 220 people.',
      'IMODALS gave IL-2 to 36 people.',
      'IL-2 raised Treg levels in the trial.',
    ]);
    expect(switched[2]).toEqual(['imodals/context']);
  });
  it('does not let a co-treatment make a sentence stand for another study', () => {
    const raw = (t: string) =>
      linkSources(index, [analyzeSentence(t, 0)])[0]!
        .filter((l) => !l.claim.standalone)
        .map((l) => l.source.id);
    expect(raw('Treg infusions given with low-dose IL-2 slowed ALS.')).not.toContain('mirocals');
    expect(raw('Low-dose IL-2 slowed ALS.')).toContain('mirocals');
  });
  it('reads a sentence that follows a drug study as being about that drug ("the FDA approval")', () => {
    const out = linkSources(
      index,
      ['Tofersen was approved for SOD1-ALS in April 2023.', 'The FDA approval covers all adults with ALS.'].map((t) =>
        analyzeSentence(t, 0),
      ),
    );
    expect(out[1]!.map((l) => l.claim.id)).toContain('tofersen-scope');
  });
  it('keeps cell infusions apart from the IL-2 trial and finds the Treg trials by description', () => {
    const out = linked([
      'The MIROCALS trial raised Tregs with low-dose IL-2.',
      'Treg cell infusions halted ALS in the first patients.',
    ]);
    expect(out[1]).toEqual(['treg-phase1-2018/named']);
    expect(linked(['The first randomized trial of Treg infusions slowed ALS.'])[0]).toContain('treg-phase2a-2022/named');
  });
  it('takes a study by its verified size, with its topic in the sentence or the one before', () => {
    expect(linked(['A trial of 36 patients found that low-dose IL-2 raised Treg counts.'])[0]).toEqual(['imodals/named']);
    expect(linked(['A trial of thirty-six patients found that low-dose IL-2 raised Treg counts.'])[0]).toEqual(['imodals/named']);
    const out = linked([
      'At low doses IL-2 expands regulatory T cells.',
      'An earlier trial of 36 patients showed that the injections slowed decline.',
    ]);
    expect(out[1]).toEqual(['imodals/named']);
    // a size alone, with no topic of the study nearby, names nothing
    expect(linked(['A survey of 36 patients asked about their care.'])[0]).toEqual([]);
    // and as a compound: "that three-person study", "a 36-patient trial"
    expect(linked(['That three-person study proved that Treg infusions slow ALS.'])[0]).toEqual(['treg-phase1-2018/named']);
    expect(linked(['A 36-patient trial found that low-dose IL-2 raised Treg counts.'])[0]).toEqual(['imodals/named']);
  });
  it('names a study whose name has a number whatever its case ("rapa-501"), but acronyms stay case-sensitive', () => {
    expect(linked(['rapa-501 is being tested in people with ALS'])[0]).toEqual(['rapa-501/named']);
  });
  it('finds a study by the place its team works', () => {
    expect(linked(['Researchers at Westmead found that patients with more Tregs progressed more slowly.'])[0]).toEqual([
      'sheean-2018/named',
    ]);
    expect(linked(['A Texas team gave patients back their own Tregs in infusions.'])[0]).toContain('treg-phase1-2018/named');
  });
  it('follows the story into "it\'s the …" sentences, which talk about the study before', () => {
    const out = linked(['The MIROCALS trial tested low-dose IL-2.', "Experts say it's the biggest advance since riluzole."]);
    expect(out[1]).toEqual(['mirocals/context']);
  });
});

describe('linkSources: a sentence standing for another study by a concept the one followed lacks (session 17)', () => {
  it('"T cells react to a protein called C9orf72" after an IL-2 trial is the C9orf72 study’s, not the trial’s', () => {
    const out = linked([
      'The MIROCALS trial tested low-dose IL-2 in 220 people with ALS.',
      'Researchers in California are studying whether T cells react to a protein called C9orf72, and their findings have not yet been published.',
    ]);
    expect(out[1]).toContain('michaelis-2025/context');
    expect(out[1]!.some((l) => l.startsWith('mirocals/'))).toBe(false);
  });
  it('a sentence on the followed trial’s own topics stays with it', () => {
    const out = linked([
      'The MIROCALS trial tested low-dose IL-2 in 220 people with ALS.',
      'Its results on Treg levels have not yet been published.',
    ]);
    expect(out[1]).toContain('mirocals/context');
    expect(out[1]!.some((l) => l.startsWith('michaelis-2025/'))).toBe(false);
  });
});

describe('linkSources: a branded consumer product is not a trial’s treatment (session 17)', () => {
  it('"ImmunoCalm Treg Support capsules" is not linked to a Treg or IL-2 study by look-ahead', () => {
    const out = linked([
      'ImmunoCalm Treg Support capsules for people living with ALS',
      'The MIROCALS trial tested low-dose IL-2 in 220 people with ALS.',
    ]);
    expect(out[0]).toEqual([]);
  });
});

describe('linkSources: a study named by its journal with the month and year it appeared (session 17)', () => {
  it('"published in Nature on 1 October 2025" names the Nature study, not the IL-2 trial the story followed', () => {
    const out = linked([
      'The MIROCALS trial tested low-dose IL-2 in 220 people with ALS.',
      'The study, published in Nature on 1 October 2025, analysed blood from 40 people with ALS.',
    ]);
    expect(out[1]).toContain('michaelis-2025/named');
    expect(out[1]!.some((l) => l.startsWith('mirocals/'))).toBe(false);
  });
  it('a year alone does not', () => {
    const out = linked([
      'The MIROCALS trial tested low-dose IL-2 in 220 people with ALS.',
      'A paper in Nature in 2025 analysed blood.',
    ]);
    expect(out[1]!.some((l) => l.startsWith('michaelis-2025/named'))).toBe(false);
  });
});

describe('linkSources: a status told of other treatments (session 17)', () => {
  it('"Other approaches are being tested" is not the status of the trial the story followed', () => {
    const out = linked([
      'PHOENIX, the phase 3 trial of Relyvrio, found no benefit.',
      'Other approaches are being tested, including treatments that target the immune system.',
    ]);
    expect(out[1]!.some((l) => l.startsWith('phoenix/'))).toBe(false);
  });
});
