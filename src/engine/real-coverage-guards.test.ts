// Kinds of sentence that real coverage (development sets 25 and 26, blind) showed the engine misjudging, each
// checked end to end on a short document of our own wording: the guard keeps the look-alike silent, and the
// sentence it must not swallow still fires.
import { describe, expect, it } from 'vitest';
import { checkText } from './index';

const flags = (text: string, published?: string) =>
  checkText(text, { published, today: '2026-12-05' }).filter((f) => f.verdict !== 'supported');
const flagOn = (text: string, sentence: string, published?: string) =>
  flags(text, published).find((f) => sentence.includes(f.text) || f.text.includes(sentence));

describe('an open-label extension runs on after the trial reported', () => {
  const doc = (line: string) =>
    `Amylyx shares plunge after PHOENIX misses its goal\nPHOENIX, the phase 3 trial of AMX0035, missed its primary endpoint.\n${line}\n`;
  it('stays silent on the extension still running', () => {
    const line = 'Participants who completed the randomised phase could join an open-label extension, which is still running.';
    expect(flagOn(doc(line), line, '2024-03-08')).toBeUndefined();
  });
  it('still dates the trial itself told as running', () => {
    const line = 'The PHOENIX trial is still running, and results are expected next year.';
    expect(flagOn(doc(line), line, '2023-01-10')?.verdict).toBe('outdated');
  });
});

describe('a trial by an acronym the database does not hold is another trial', () => {
  it('stays silent on "the phase 3 ORION study of AMX0035 … is continuing"', () => {
    const line = 'The phase 3 ORION study of AMX0035 in progressive supranuclear palsy is continuing.';
    const text = `Amylyx after PHOENIX\nPHOENIX, the phase 3 trial of AMX0035 in ALS, missed its primary endpoint.\n${line}\n`;
    expect(flagOn(text, line, '2024-03-08')).toBeUndefined();
  });
});

describe('a page cannot tell the findings of a study reported after it', () => {
  const line = 'Scientists have found that the immune system causes ALS by attacking a protein called C9orf72.';
  const text = `Immune system and ALS\n${line}\n`;
  it('stays silent in a page dated before the study reported', () => expect(flagOn(text, line, '2022-07-01')).toBeUndefined());
  it('judges the same sentence on a page dated after it', () => expect(flagOn(text, line, '2025-11-01')).toBeDefined());
});

describe('where a drug is sold is not where its trial recruited', () => {
  const text = (line: string) => `Oral edaravone filed in Japan\nEdaravone was tested in the MCI186-19 trial.\n${line}\n`;
  it('stays silent on "sold as an injection in Japan, the United States and other countries"', () => {
    const line =
      'Until now the edaravone of MCI186-19 had been sold as an injection in Japan, the United States and other countries.';
    expect(flagOn(text(line), line, '2022-06-01')).toBeUndefined();
  });
  it('still checks where the trial recruited', () => {
    const line = 'The MCI186-19 trial recruited patients at hospitals in Japan and the United States.';
    expect(flagOn(text(line), line, '2022-06-01')?.reasons[0]?.code).toBe('wrong-fact');
  });
});

describe('an approval in a jurisdiction the records do not hold', () => {
  it("stays silent on the date of Australia's approval", () => {
    const line = "Australia's Therapeutic Goods Administration approved Radicava for ALS on 15 February 2023.";
    expect(flagOn(`Radicava in Australia\n${line}\n`, line, '2023-03-01')).toBeUndefined();
  });
});

describe('a rule about any drug is not a claim about this one', () => {
  it('stays silent on "exceptions that might cover Albrioza, for example when a drug … treats a serious disease"', () => {
    const line =
      'The FDA website lists exceptions that might cover Albrioza, for example when a drug treats a serious disease with no effective treatment.';
    expect(flagOn(`Albrioza approved in Canada\n${line}\n`, line, '2022-06-15')).toBeUndefined();
  });
});

describe('a hypothetical price is not a drug on sale', () => {
  it('stays silent on "would be cost-effective only at a price of"', () => {
    const line = 'AMX0035 would meet common cost-effectiveness thresholds only at a price of $9,100 to $30,000 a year.';
    expect(
      flagOn(`ICER report on AMX0035\nThe report reviewed Relyvrio for ALS.\n${line}\n`, line, '2022-09-01'),
    ).toBeUndefined();
  });
});

describe('one family’s answered prayer is not hype about the evidence', () => {
  it('stays silent on "the miracle her family had prayed for"', () => {
    const line = 'She says tofersen was the miracle her family had prayed for.';
    expect(flagOn(`Tofersen and one family\n${line}\n`, line, '2024-05-01')).toBeUndefined();
  });
});

describe('coverage and offers by payers are the drug on offer', () => {
  const doc = (line: string) => `Province adds Albrioza to drug plan\nAlbrioza is the Canadian name of Relyvrio.\n${line}\n`;
  it.each([
    'Provincial pharmacare now pays for Albrioza to treat ALS.',
    'Newly diagnosed patients will have Albrioza fully paid for by the province.',
    'From Friday, eligible patients can consider Albrioza.',
  ])('dates an offer written before the withdrawal: %s', (line) =>
    expect(flagOn(doc(line), line, '2023-06-01')?.verdict).toBe('outdated'),
  );
  it('stays silent on access only on a condition', () => {
    const line = 'Patients would be able to get Albrioza if the trial succeeds.';
    expect(flagOn(doc(line), line, '2023-06-01')).toBeUndefined();
  });
});

describe('a result told of a treatment is the result of its study that has reported', () => {
  const text = (line: string) =>
    `Help Dad get IL-2\nWe are raising money for low-dose IL-2, the drug from the MIROCALS trial published in The Lancet.\nThere is also a trial of IL-2 at Peking University Third Hospital, NCT04952155, which is still recruiting.\n${line}\n`;
  it('judges "IL-2 works better than riluzole" against the trial that reported, not the one still recruiting', () => {
    const line = 'IL-2 works better than riluzole, which Dad already takes.';
    const f = flagOn(text(line), line);
    expect(f?.source).toBe('mirocals');
    expect(f?.reasons[0]?.code).toBe('unsupported-comparison');
  });
  it('keeps a status sentence with the trial still to report', () => {
    const line = 'That Peking trial is still recruiting and hopes to finish in December 2022.';
    expect(flagOn(text(line), line)?.source).not.toBe('mirocals');
  });
});

describe('"…, it can stop the disease": the pronoun after a clause is the drug followed', () => {
  it('judges the claim against the study the page follows', () => {
    const text =
      'Help Dad get IL-2\nWe are raising money for low-dose IL-2, the drug from the MIROCALS trial published in The Lancet.\nBecause it boosts the calming cells of the immune system, it can stop the disease completely.\n';
    expect(flagOn(text, 'it can stop the disease completely')?.reasons[0]?.code).toBe('sensational');
  });
});

describe('a result in mice is judged against the studies in mice, not the human trial followed', () => {
  it('links "research in mice shows…, so we expect it to help our patients" to a mouse study', () => {
    const text =
      'Our clinic and IL-2\nThe MIROCALS trial tested low-dose IL-2 in 220 people with ALS.\nResearch in mice shows that boosting regulatory T cells extends survival, so we expect this treatment to help our patients too.\n';
    const f = flagOn(text, 'so we expect this treatment to help our patients too');
    expect(f?.reasons[0]?.code).toBe('animal-to-human');
    expect(['beers-2011', 'sheean-2018']).toContain(f?.source);
  });
});

describe('a comparison with other drugs names them only as the yardstick', () => {
  const text = (line: string) =>
    `IL-2 appeal\nThe MIROCALS trial tested low-dose IL-2 in 220 people with ALS, all on riluzole.\n${line}\n`;
  it('judges "a far bigger effect than riluzole has ever shown" as a comparison by MIROCALS', () => {
    const line = 'That is a far bigger effect than riluzole has ever shown, so the NHS should switch to it.';
    const f = flagOn(text(line), line);
    expect(f?.source).toBe('mirocals');
    expect(f?.reasons[0]?.code).toBe('unsupported-comparison');
  });
  it('does not judge edaravone on "larger than anything seen with riluzole or edaravone"', () => {
    const line = 'The benefit in MIROCALS was far larger than anything seen with riluzole or edaravone.';
    expect(flagOn(text(line), line)?.source).toBe('mirocals');
  });
});

describe('a document about one study and no other: sentences naming none are about it', () => {
  const doc = (line: string) =>
    `Thread on the MIROCALS paper\nThe MIROCALS trial of low-dose IL-2 was published in The Lancet.\nIt enrolled 220 people with ALS in the UK and France.\n${line}\n`;
  it('judges a claim told with no subject against that study', () => {
    const line = 'So that is it, the immune system is what kills the motor neurons, case closed.';
    const text = `Immune T cells and ALS\nScientists at the La Jolla Institute tested blood from 40 people with ALS and 28 without.\nThe T cells of ALS patients reacted to a protein called C9orf72.\n${line}\n`;
    const f = flagOn(text, line, '2025-10-10');
    expect(f?.source).toBe('michaelis-2025');
    expect(f?.reasons[0]?.code).toBe('correlation-as-causation');
  });
  it('leaves what someone says of their own care alone', () => {
    const line = 'He says the injections he has been getting for four years have slowed everything down.';
    expect(flagOn(doc(line), line)).toBeUndefined();
  });
  it('does not link when the document discusses a second study', () => {
    const text = `${doc('The CENTAUR trial of AMX0035 was also published.')}The paper came out in the New England Journal of Medicine.\n`;
    expect(flagOn(text, 'The paper came out in the New England Journal of Medicine.')?.source).not.toBe('mirocals');
  });
});

describe('swallowing as a symptom is not a route', () => {
  it('stays silent on "breathing and swallowing eventually fail"', () => {
    const line = 'For decades ALS has followed a grim path: weakness worsens, and breathing and swallowing eventually fail.';
    const text = `Tofersen long-term data\nTofersen, tested in the VALOR trial, is given into the spinal fluid.\n${line}\n`;
    expect(flagOn(text, line)).toBeUndefined();
  });
});

describe('"those early results" refers back to the study followed', () => {
  it('judges the share told of those results against the study', () => {
    const text =
      'Parish news\nThe MIROCALS trial of low-dose IL-2 reported top-line results in 2022.\nThose early results meant 79 per cent of the people treated survived.\n';
    expect(flagOn(text, 'Those early results meant 79 per cent of the people treated survived.')?.reasons[0]?.code).toBe(
      'share-misread',
    );
  });
});

describe('a first author with a year names the study; a journal of another year is misattributed', () => {
  it('reads "In 2017, Beers and colleagues showed in JAMA Neurology" as the 2017 study in the wrong journal', () => {
    const line = 'In 2017, Beers and colleagues showed in JAMA Neurology that the Tregs of people with ALS do not work properly.';
    const f = flagOn(`Tregs in ALS\nThis is a school report.\n${line}\n`, line);
    expect(f?.source).toBe('beers-2017');
    expect(f?.reasons[0]?.message).toMatch(/JCI Insight, not JAMA Neurology/);
  });
  it('stays silent when the journal is the study’s own', () => {
    const line = 'In 2018, Sheean and colleagues reported in JAMA Neurology that Treg expansion tracked slower progression.';
    expect(flagOn(`Tregs in ALS\nThis is a school report.\n${line}\n`, line)).toBeUndefined();
  });
});

describe('"has not been approved" is contradicted only by an approval', () => {
  it('stays silent on "Edaravone has not been approved in the European Union" (the application was withdrawn)', () => {
    const line = 'Edaravone has not been approved in the European Union.';
    expect(flagOn(`Pharmacist FAQ\nEdaravone is approved in the US.\n${line}\n`, line, '2023-06-01')).toBeUndefined();
  });
  it('dates "AMX0035 has not been approved by the FDA" written before its approval', () => {
    const line = 'AMX0035 has not been approved by the FDA.';
    expect(flagOn(`Student notes\nThe CENTAUR trial tested AMX0035.\n${line}\n`, line, '2020-10-01')?.verdict).toBe('outdated');
  });
});

describe('a size told of a related trial of another phase', () => {
  it('stays silent on "based on a phase 2 trial of 137 people, and a larger phase 3 called PHOENIX"', () => {
    const line = 'Its US approval was based on a phase 2 trial of 137 people, and a larger phase 3 called PHOENIX is under way.';
    expect(
      flags(`Pharmacist FAQ: Relyvrio\nRelyvrio is AMX0035.\n${line}\n`, '2023-06-01').find((f) =>
        f.reasons.some((r) => r.code === 'wrong-fact'),
      ),
    ).toBeUndefined();
  });
  it('still checks a size told of the trial itself', () => {
    const line = 'The phase 3 PHOENIX trial enrolled 137 people.';
    expect(flagOn(`Relyvrio\n${line}\n`, line, '2023-06-01')?.reasons[0]?.message).toMatch(/664/);
  });
});

describe('set-29 (real coverage): a cause sought, a purpose tested, a rule about any experimental drug', () => {
  it('stays silent on "trying to understand the causes of ALS"', () => {
    const line =
      'For decades scientists have been trying to understand the causes of ALS, a disease that destroys motor neurons.';
    const text = `ALS and the immune system\nThe Nature study of Michaelis found T cells reacting to C9orf72.\n${line}\n`;
    expect(flagOn(text, line, '2025-10-10')).toBeUndefined();
  });
  it('still flags "scientists finally find what causes ALS"', () => {
    const line = 'Scientists finally find what causes ALS: the body’s own immune system';
    const text = `${line}\nThe Nature study of Michaelis found T cells reacting to C9orf72.\n`;
    expect(flagOn(text, line, '2025-10-10')).toBeDefined();
  });
  it('stays silent on "tested IL-2 as an add-on treatment to slow the progression of ALS"', () => {
    const line =
      'MIROCALS is a randomised trial that tested low-dose IL-2 as an add-on treatment to slow the progression of ALS.';
    expect(flagOn(`MIROCALS in The Lancet\n${line}\n`, line)).toBeUndefined();
  });
  it('stays silent on "the FDA has 30 days to grant a request for access to an experimental treatment"', () => {
    const line =
      'My team applied for early access to tofersen, and the FDA has 30 days to grant or deny a request for access to an experimental treatment.';
    expect(flagOn(`My SOD1 diagnosis\n${line}\n`, line)).toBeUndefined();
  });
  it('still dates "tofersen is an experimental drug" after its approval', () => {
    const line = 'Tofersen is still an experimental drug.';
    expect(flagOn(`My SOD1 diagnosis\n${line}\n`, line, '2024-01-10')).toBeDefined();
  });
});

describe('set-30 (synthetic, everyday registers): jabs, lives saved, and an unapproved drug told as on the NHS', () => {
  const doc = (line: string) =>
    `Voicemail about the injections\nThe MIROCALS trial of low-dose IL-2 had 220 people in it.\n${line}\n`;
  it('reads "the jabs saved eight out of ten people" as the subgroup share misread', () => {
    const line = 'The article said the jabs saved eight out of ten people who had them.';
    expect(flagOn(doc(line), line)?.reasons[0]?.code).toBe('share-misread');
  });
  it('flags "it is already available on the NHS" for a drug not approved for ALS', () => {
    const line = "It's already available on the NHS for people like your dad.";
    expect(flagOn(doc(line), line)?.reasons[0]?.code).toBe('wrong-fact');
  });
  it('stays silent on "it is not available on the NHS"', () => {
    const line = "It isn't available on the NHS, and there is no realistic prospect of that yet.";
    expect(flagOn(doc(line), line)).toBeUndefined();
  });
});

describe('set-30: a study "made in" places, and jabs given for a span', () => {
  it('checks where a study "was made in" (non-native wording) against where it recruited', () => {
    const line = 'The MIROCALS study was made in Italy, Sweden and Ireland with 220 patients.';
    expect(flagOn(`Leaflet\n${line}\n`, line)?.reasons[0]?.message).toMatch(/recruited only in/);
  });
  it('judges "the jabs are given … for two years" against the treatment span', () => {
    const line = 'In MIROCALS, the jabs are given for five days every month for two years.';
    expect(flagOn(`Flyer\n${line}\n`, line)?.reasons[0]?.message).toMatch(/did not last 2 years/);
  });
  it('stays silent on a product "made in" a country', () => {
    const line = 'The aldesleukin used in MIROCALS is made in Germany.';
    expect(flagOn(`Flyer\n${line}\n`, line)).toBeUndefined();
  });
});

describe('several studies named alike: the one whose size the sentence gives leads (session 11)', () => {
  it('"the Houston Methodist team … three ALS patients" is the three-patient study; its journal is checked against it', () => {
    const text =
      'The Houston Methodist team infused expanded Tregs into three ALS patients in a first-in-human study.\n\nThe results were published in the New England Journal of Medicine in 2018.';
    const f = flagOn(text, 'The results were published');
    expect(f?.verdict).toBe('misreported');
    expect(f?.reasons[0]?.message).toMatch(/Thonhoff et al\. 2018.*Neurology: Neuroimmunology/);
  });
});

describe('a trial the database does not know, and what other bodies do (session 16, real set 64)', () => {
  it('"the phase 3 study, run in Europe" of a drug named only by its drug name is not its pivotal trial', () => {
    const doc =
      'Phase 3 ADORE trial of oral edaravone (FAB122) in ALS ends with negative results\nThe drug company Ferrer has announced the top-line results of the ADORE trial in ALS.\nThe phase 3 study, run in Europe, tested an oral form of edaravone called FAB122 over 48 weeks.\n';
    expect(flags(doc, '2024-01-31')).toEqual([]);
  });
  it('"edaravone’s main trial was run in the United States" still names the trial on record', () =>
    expect(flags('Edaravone\nShe said edaravone’s main trial was run in the United States.\n').map((f) => f.verdict)).toEqual([
      'misreported',
    ]));
  it('"The trial needs 66 participants" after a headline naming an unknown trial is that trial’s', () => {
    const doc =
      'Regulatory T cells for ALS (the REGALS trial)\nThe trial needs 66 participants and is recruiting at two locations.\nAnyone taking riluzole or edaravone must have been on a stable dose for 30 days.\n';
    expect(flags(doc)).toEqual([]);
  });
  it('NICE that will assess a treatment is not a trial told as running', () => {
    const doc =
      'Tofersen and NICE\nThe VALOR trial of tofersen reported in 2022.\nHowever, the writers have been told that NICE will assess the treatment through its Single Technology Appraisal route.\n';
    expect(flags(doc, '2024-03-27')).toEqual([]);
  });
  it('data awaited is not a decision awaited', () => {
    const doc =
      'Tofersen in Spain\nA Spanish medicines agency report endorses tofersen as an option for adults with a SOD1 mutation while mature clinical efficacy data are awaited.\n';
    expect(flags(doc)).toEqual([]);
  });
});

describe('what a sentence tells of the study it names, and what it only asks (session 16, set 67)', () => {
  it('a study named only as a yardstick ("far more than the 137-person CENTAUR study") is not judged there', () => {
    const doc =
      'Sector brief\nAmylyx’s PHOENIX study of AMX0035 missed its primary endpoint, the company disclosed on 8 March.\nThe trial enrolled 664 participants over 48 weeks at sites in the United States and Europe, far more than the 137-person CENTAUR study behind the US approval.\n';
    expect(flags(doc, '2024-03-20')).toEqual([]);
  });
  it('a claim reported with its correction ("which several attendees corrected") is not the page’s', () =>
    expect(
      flags(
        'Symposium report\nA poster claimed that edaravone had been approved by the FDA in 2015, which several attendees corrected on the spot.\n',
      ),
    ).toEqual([]));
  it.each([
    'PRESENTER: So ALS has been shown to be an autoimmune disease?',
    "PRESENTER: And Relyvrio, isn't that still the newest option in America?",
  ])('a statement asked as a question asserts nothing: %s', (q) =>
    expect(
      flags(
        `Radio transcript\nScientists at La Jolla found T cells reacting to C9orf72 in people with ALS.\n${q}\n`,
        '2025-10-03',
      ),
    ).toEqual([]),
  );
  it('but a claim followed by a wh-question is still judged', () =>
    expect(
      flags(
        'Forum\nMIROCALS showed low-dose IL-2 cuts deaths in ALS by 73 per cent, so why isn’t every neurologist prescribing it?\n',
      ).length,
    ).toBeGreaterThan(0));
  it('a nationality given to a company is not where a trial recruited', () =>
    expect(
      flags(
        'Radio transcript\nMIROCALS tested low-dose IL-2 in ALS.\nOn treatments, a US company has just begun enrolling a placebo-controlled phase 2 of an IL-2 combination in about 120 people.\n',
        '2025-10-03',
      ),
    ).toEqual([]));
});

describe('causation and survival in other words (session 16)', () => {
  it.each([
    [
      'Beers and colleagues found fewer Tregs in rapid progressors in ALS in 2011.',
      'This proves that a shortage of Tregs is what makes ALS speed up.',
    ],
    [
      'Sydney researchers found lower Treg levels in faster-progressing ALS patients.',
      'That shows low Treg levels are what drive the disease forward.',
    ],
  ])('correlation told as cause: %s / %s', (before, line) =>
    expect(flagOn(`Tregs in ALS\n${before}\n${line}\n`, line)?.reasons.map((r) => r.code)).toContain('correlation-as-causation'),
  );
  it('"lengthens life" is survival, so a mouse result told of people is caught', () =>
    expect(
      flagOn(
        'Digest\n• JAMA Neurology: boosting Tregs lengthens life in people with ALS.\n',
        'boosting Tregs lengthens life',
      )?.reasons.map((r) => r.code),
    ).toContain('animal-to-human'));
});

describe('a treatment ranked against another in any words claims a benefit (session 16)', () => {
  it.each(['IL-2 beats riluzole hands down, my cousin said.', 'Also heard in the corridor: it beats riluzole by a mile.'])(
    '%s',
    (line) =>
      expect(flagOn(`IL-2\nMIROCALS tested low-dose IL-2 in ALS.\n${line}\n`, line)?.reasons.map((r) => r.code)).toContain(
        'unsupported-comparison',
      ),
  );
  it('"Unlike riluzole, which patients swallow, Radicava is given by drip" contrasts how, not how well', () => {
    const line = 'Unlike riluzole, which patients swallow as a tablet, Radicava is given by drip into the vein.';
    expect(flagOn(`Edaravone in America\nThe FDA approved Radicava for ALS.\n${line}\n`, line, '2017-05-08')).toBeUndefined();
  });
});

describe('swallowing as a daily function is not a route (session 18, set-86)', () => {
  const doc = (line: string) =>
    `Tofersen in real life\nTofersen (Qalsody) is injected into the spinal fluid for SOD1-ALS.\n${line}\n`;
  it('stays silent on "walking, breathing, swallowing, washing"', () => {
    const line = 'The question was what it changes in practice: walking, breathing, swallowing, washing and talking.';
    expect(flagOn(doc(line), line, '2025-10-23')).toBeUndefined();
  });
  it('still reads "patients swallow the tablets" as taken by mouth', () => {
    const line = 'Patients simply swallow the tablets with water once a day.';
    expect(flagOn(doc(line), line, '2025-10-23')?.verdict).toBe('misreported');
  });
});

describe("a country's own decision is not the EU's (session 18, set-86)", () => {
  it('stays silent on an EU authorisation beside a national early-access refusal', () => {
    const line =
      "This drug, designed for certain forms of ALS, has a European marketing authorisation but not the French authorities' approval for early access.";
    expect(flagOn(`Tofersen in France\nTofersen (Qalsody) is for SOD1-ALS.\n${line}\n`, line)).toBeUndefined();
  });
  it('still dates "no approval for use in the UK"', () => {
    const line = 'For now, tofersen has no approval for use in the UK, and that includes Scotland.';
    expect(flagOn(`Tofersen news\n${line}\n`, line, '2023-05-01')?.verdict).toBe('outdated');
  });
});

describe('real pages of session 18 (sets 88 and 89, studied after their blind figures)', () => {
  it('reads "linked lower Treg levels to more severe disease" as an outcome, not the trial’s population', () => {
    const line =
      'The company noted that studies in people with ALS have linked lower regulatory T-cell levels to more severe disease and to faster progression.';
    const text = `Orphan designation for aldesleukin in ALS\nThe MIROCALS trial tested low-dose IL-2 in people with ALS.\n${line}\n`;
    expect(flagOn(text, line, '2025-06-01')).toBeUndefined();
  });
  it('still reads "the trial enrolled patients with advanced ALS" as its population', () => {
    const line = 'The MIROCALS trial enrolled patients with advanced ALS.';
    expect(flagOn(`IL-2 in ALS\n${line}\n`, line, '2025-06-01')?.verdict).toBe('misreported');
  });
  it('reads "unmet criteria: proven clinical benefit" as a requirement named, not a claim', () => {
    const line = 'The refusal rested mainly on two unmet criteria: proven clinical benefit and better care for patients.';
    const text = `France refuses early access to tofersen\nTofersen (Qalsody) is for SOD1-ALS.\n${line}\n`;
    expect(flagOn(text, line, '2025-03-01')).toBeUndefined();
  });
  it("reads a route told without a name as the page's main drug's, not a trial it mentions in passing", () => {
    const line =
      'On 10 June the hospital wrote the first prescription, and a 43-year-old woman received the drug by lumbar intrathecal injection.';
    const text = [
      'First patient in Beijing receives tofersen',
      'Tofersen (Qalsody), the antisense drug for SOD1-ALS, has reached China.',
      'Tofersen is given by lumbar puncture every four weeks after loading doses.',
      'Peking University Third Hospital also runs a trial of low-dose IL-2 in an immune-associated ALS syndrome.',
      line,
    ].join('\n');
    expect(flagOn(text, line, '2025-06-12')).toBeUndefined();
  });
});

describe('real pages of session 18 (set-90, studied after its blind figure of P 0.17)', () => {
  const relyvrio = (line: string) => `A controversial approval\nThe FDA approved Relyvrio (AMX0035) for ALS.\n${line}\n`;
  it.each([
    'The ALS Association tweeted that the FDA had approved AMX0035, a new treatment shown to slow ALS and extend life.',
    'Despite doubts from scientists and independent experts about whether it works, the FDA has approved a new ALS drug, Relyvrio.',
    'The advisory panel first told the FDA to reject the drug, saying Amylyx had not made a convincing case that it works.',
    'Only two ALS drugs have been approved since 1995, and neither works particularly well.',
  ])('stays silent on a withdrawn drug’s approval told as news: %s', (line) =>
    expect(flagOn(relyvrio(line), line)).toBeUndefined(),
  );
  it('still dates "no new drug has reached the market since 1995"', () => {
    const line = 'Despite medical advances, no new drug for ALS has reached the market in the United States since 1995.';
    expect(flagOn(`ALS research\n${line}\n`, line)?.verdict).toBe('outdated');
  });
  it('reads "a lack of enough data proving that the treatment works" as proof missing', () => {
    const line = 'The HAS based its refusal on a lack of enough data proving that the treatment works.';
    expect(flagOn(`Tofersen refused in France\nTofersen (Qalsody) is for SOD1-ALS.\n${line}\n`, line)).toBeUndefined();
  });
});

describe('real pages of session 18 (set-93, studied after its blind figure of P 0.41)', () => {
  const tofersen = (line: string) =>
    `Tofersen approved in the USA\nTofersen (Qalsody) is for SOD1-ALS and was approved by the FDA in April 2023.\n${line}\n`;
  it('reads "a new medicine to slow ALS" as what the medicine is for, not a result told for everyone', () => {
    const line = 'Tofersen, a new medicine to slow ALS, is approved in the USA';
    expect(flagOn(tofersen(line), line, '2023-04-26')).toBeUndefined();
  });
  it('reads "this experimental study, called ATLAS, is running" as another trial, not the drug or its first trial', () => {
    const line = 'This experimental study, called ATLAS, is running at about ten hospitals worldwide.';
    expect(flagOn(tofersen(line), line, '2023-04-26')).toBeUndefined();
  });
  it("reads a country's own share of a genetic form as that country's", () => {
    const line =
      'He says that although SOD1 mutations are found in only 5-6% of all ALS patients in Sweden, the approval matters.';
    expect(flagOn(tofersen(line), line, '2023-04-26')).toBeUndefined();
  });
});

// Session 19: kinds of sentence from the unstudied sets 84, 85, 87, 91, 92 and blind set-94, in our own words.
describe('"the only drug … is riluzole": a count of one told as all there is', () => {
  it('dates a US clinic newsletter of April 2017 by the approval of edaravone (a Japanese trial is no market)', () => {
    const line = 'For now, the only drug we can prescribe for ALS itself is riluzole.';
    const text = `Spring newsletter\nMany of you ask about edaravone, sold as Radicut in Japan.\nThe company submitted it to the FDA last year.\nIts main Japanese trial enrolled 137 patients.\n${line}\n`;
    const f = flagOn(text, line, '2017-04-20');
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2017-05-05');
  });
  it('flags "The only medicine is riluzole" on an undated page that names no place', () => {
    const line = 'The only medicine is riluzole, which inhibits the release of glutamate.';
    expect(flagOn(`Treatment of ALS\nThere is no cure for the disease.\n${line}\n`, line)?.verdict).toBe('outdated');
  });
  it('counts "the only other drug on the market today" beside the one approved: two, until Relyvrio', () => {
    const line = 'The blog says the only other drug on the market today is riluzole.';
    const text = `The FDA approves Radicava\nOn Friday the US Food and Drug Administration approved edaravone for ALS.\n${line}\n`;
    expect(flagOn(text, line, '2017-05-08')?.event?.date).toBe('2022-09-29');
  });
  it('stays silent on "the only drug shown to extend survival is riluzole"', () => {
    const line = 'The only drug shown to extend survival is riluzole.';
    expect(flagOn(`Treatment of ALS\n${line}\n`, line)).toBeUndefined();
  });
});

describe('statuses told in everyday words', () => {
  it('"still waiting to hear whether it will be approved here" before the approval', () => {
    const line =
      'The company submitted it to the FDA last year, and we are still waiting to hear whether it will be approved here.';
    const text = `Clinic news\nMany of you have asked about edaravone.\n${line}\n`;
    expect(flagOn(text, line, '2017-04-20')?.verdict).toBe('outdated');
  });
  it('"is now stocked at pharmacies" for a drug withdrawn since', () => {
    const line = 'Meanwhile, Relyvrio, approved last fall, is now stocked at pharmacies across the state.';
    expect(flagOn(`Local news\n${line}\n`, line, '2023-03-28')?.event?.date).toBe('2024-04-04');
  });
  it('"which many of my patients take" after the withdrawal is wrong on its own date', () => {
    const line = 'DR. NAIR: Riluzole, edaravone as an infusion, and Relyvrio, which many of my patients take.';
    expect(flagOn(`What is new in ALS\n${line}\n`, line, '2025-10-14')?.verdict).toBe('misreported');
  });
  it('"the full paper is still awaited, and until it appears…" before the paper', () => {
    const line = 'The full paper is still awaited, and until it appears nobody outside the team can check the numbers.';
    const text = `Opinion\nMIROCALS reported top-line results in December 2022.\n${line}\n`;
    expect(flagOn(text, line, '2024-01-16')?.event?.date).toBe('2025-05-09');
  });
  it('"PHOENIX … is still in course" a week after it reported', () => {
    const line =
      'The big study PHOENIX, with more than 600 patients, is still in course and the results will arrive in the summer.';
    expect(flagOn(`Questions and answers\n${line}\n`, line, '2024-03-15')).toBeDefined();
  });
  it('"the most recently FDA-approved medicine" for edaravone in 2025', () => {
    const line = 'Edaravone is the most recently FDA-approved medicine for treating ALS.';
    expect(flagOn(`Newer ALS drugs\n${line}\n`, line, '2025-10-30')).toBeDefined();
  });
});

describe('sentences that make no claim about the drug stay silent', () => {
  const relyvrio = (line: string) => `Relyvrio approved\nThe FDA approved Relyvrio, also called AMX0035, for ALS.\n${line}\n`;
  it('a population count is not a trial size', () => {
    const line = 'Around 15,000 people in the United States have ALS.';
    expect(
      flagOn(`FDA approves new ALS drug\nThe FDA approved edaravone for ALS.\n${line}\n`, line, '2017-05-08'),
    ).toBeUndefined();
  });
  it('where a panel of specialists met is not where the trial recruited; where the trial recruited still is', () => {
    const text = (line: string) => `Edaravone panel\nEdaravone was approved on a trial in Japan.\n${line}\n`;
    const panel = 'Two ALS specialists from leading US clinics and six executives from US health plans held a discussion.';
    expect(flagOn(text(panel), panel, '2021-01-10')).toBeUndefined();
    const trial = 'The trial recruited its patients at hospitals in the United States.';
    expect(flagOn(text(trial), trial, '2021-01-10')?.verdict).toBe('misreported');
  });
  it('advisers unconvinced that the drug works doubt it; they do not claim it', () => {
    const line = "The correspondent explains why some of the FDA's advisers remain unconvinced that the drug works.";
    expect(flagOn(relyvrio(line), line, '2022-10-05')).toBeUndefined();
  });
  it('"it" for the disease, and "the muscles we use to walk", offer no drug', () => {
    const line = 'He says it gradually destroys the nerve cells controlling the muscles we use to walk and breathe.';
    const text = `Relyvrio approved\nThe FDA approved Relyvrio for ALS.\nHe explains that ALS is a disease of the motor neurons.\n${line}\n`;
    expect(flagOn(text, line, '2022-10-05')).toBeUndefined();
  });
  it('what therapies "would" do is no offer; what someone "was told" it would do is', () => {
    const would =
      'She said the gifts allowed investment in promising therapies like AMX0035 that would help people straight away.';
    expect(flagOn(relyvrio(would), would, '2022-10-05')).toBeUndefined();
    const told = 'My sister was told Relyvrio would slow things down.';
    expect(flagOn(relyvrio(told), told, '2023-06-01')?.verdict).toBe('outdated');
  });
  it('an aim ("a future in which everyone can get treatments") is not a drug on offer', () => {
    const line = 'The association says it is working towards a future in which everyone with ALS can get effective treatments.';
    expect(flagOn(relyvrio(line), line, '2022-10-05')).toBeUndefined();
  });
  it('an offer on a condition ("If those talks succeed, plans will pay for it") is not made; a present offer after "if" is', () => {
    const cond = 'If those negotiations succeed, provincial plans will pay for Albrioza.';
    expect(flagOn(relyvrio(cond), cond, '2023-11-01')).toBeUndefined();
    const now = "If your person isn't on it yet, Relyvrio is available on prescription.";
    expect(flagOn(relyvrio(now), now, '2023-11-01')?.verdict).toBe('outdated');
  });
  it('a halt word in a name ("the Walk to Defeat ALS") is no claim; in a title-case headline it is', () => {
    const name = 'The drug trial was paid for with money raised at events such as the Walk to Defeat ALS.';
    const text = `Tofersen approved\nThe FDA approved tofersen for SOD1-ALS.\n${name}\n`;
    expect(flagOn(text, name, '2023-05-01')).toBeUndefined();
    const headline = 'Help Dad Get the Immune Treatment That Can Beat ALS';
    const appeal = `${headline}\nDad has ALS and wants to try low-dose interleukin-2, which was tested in the MIROCALS trial.\n`;
    expect(flagOn(appeal, headline, '2025-06-01')).toBeDefined();
  });
});

describe('a withdrawn drug told in other words (session 19, set-94)', () => {
  const albrioza = (line: string) => `Ontario to cover ALS drug\nThe province will pay for Albrioza, a drug for ALS.\n${line}\n`;
  it('"slows how fast the disease advances" before PHOENIX failed', () => {
    const line = 'AMX0035, which is taken by mouth, slows how fast the disease advances.';
    expect(flagOn(`Walk raises funds\n${line}\n`, line, '2022-10-05')?.event?.date).toBe('2024-03-08');
  });
  it('"will now be covered" for a drug since withdrawn', () => {
    const line = 'Officials say the drug, Albrioza, will now be covered for people living with ALS.';
    expect(flagOn(albrioza(line), line, '2023-06-28')?.verdict).toBe('outdated');
  });
  it('"another trial is currently running" after the drug\'s early-phase study is its phase 3', () => {
    const line = 'Albrioza slowed progression in an early-phase study, officials note, and another trial is currently running.';
    expect(flagOn(albrioza(line), line, '2023-06-28')?.event?.date).toBe('2024-03-08');
  });
  it('"patients now have a newly approved drug" on a page about Relyvrio\'s approval', () => {
    const line = 'Although ALS cannot be cured, patients now have a newly approved drug that may slow the illness.';
    const text = `The FDA approves Relyvrio\n${line}\nThe drug, Relyvrio, was approved on Thursday.\n`;
    expect(flagOn(text, line, '2022-10-05')?.verdict).toBe('outdated');
  });
  it('stays silent on "how fast the disease advances" as a question', () => {
    const line = 'Researchers want to find out how fast the disease advances in people on AMX0035.';
    expect(flagOn(`Walk raises funds\n${line}\n`, line, '2022-10-05')).toBeUndefined();
  });
});

describe('the UK is a region with its own regulator and records (session 19)', () => {
  it('"the MHRA is currently reviewing tofersen" is dated by the UK licence of July 2025', () => {
    const line = 'The government replied that the MHRA has received the application for tofersen and is currently reviewing it.';
    const f = flagOn(`Written answer on tofersen\n${line}\n`, line, '2024-09-10');
    expect(f?.verdict).toBe('outdated');
    expect(f?.event?.date).toBe('2025-07-22');
  });
  it('"IL-2 is approved for ALS in the UK now" is wrong', () => {
    const line = 'IL-2 is approved for ALS in the UK now, so ask your neurologist for it.';
    const text = `Thread on the MIROCALS trial\nThe MIROCALS trial tested low-dose IL-2 in ALS.\n${line}\n`;
    expect(flagOn(text, line, '2025-06-01')?.verdict).toBe('misreported');
  });
  it('"not yet licensed in the UK or the EU" ends at the first of the two approvals', () => {
    const line = 'Tofersen is not yet licensed in the UK or the EU, so patients can only receive it through early access.';
    expect(flagOn(`Hospital news\n${line}\n`, line, '2023-06-12')?.event?.date).toBe('2024-05');
  });
  it('stays silent on a UK status the records do not hold (edaravone)', () => {
    const line = 'Edaravone is not licensed in the UK.';
    expect(
      flagOn(`Edaravone explained\nEdaravone is approved in the US for ALS.\n${line}\n`, line, '2024-09-10'),
    ).toBeUndefined();
  });
});

describe('wrong flags from blind sets 95 and 97 (session 19)', () => {
  const relyvrio = (line: string) =>
    `FDA panel on AMX0035\nAn FDA advisory panel met to review Relyvrio, also called AMX0035.\n${line}\n`;
  it("an opinion held or argued at the time is reported, not the writer's claim; the writer's own claim still dates", () => {
    const felt = "Most panel members felt Amylyx had offered enough evidence to assume it lengthens patients' lives.";
    expect(flagOn(relyvrio(felt), felt, '2022-09-08')).toBeUndefined();
    const argued =
      'A patient argued that the disease moves fast and is always fatal, and that a drug adding ten months of life has shown enough evidence that it works.';
    expect(flagOn(relyvrio(argued), argued, '2022-09-08')).toBeUndefined();
    const own = "Relyvrio lengthens patients' lives.";
    expect(flagOn(relyvrio(own), own, '2022-09-08')?.verdict).toBe('outdated');
  });
  it('a cure sought ("to find more answers and a cure", "work together on new treatments and cures") is not claimed', () => {
    const text = (line: string) => `Living with SOD1-ALS\nI have been on tofersen since its approval.\n${line}\n`;
    const pray = 'I feel lucky to be on the drug, and I pray it is buying researchers time to find more answers and a cure.';
    expect(flagOn(text(pray), pray)).toBeUndefined();
    const work = 'Researchers will need to work together on new treatments and cures, which means more trials.';
    expect(flagOn(text(work), work)).toBeUndefined();
    const claim = 'Tofersen is a cure for ALS.';
    expect(flagOn(text(claim), claim)).toBeDefined();
  });
  it("a combination's parts approved on their own are not the combination approved", () => {
    const text = (line: string) => `Analyst note on Coya\nCoya reported data for COYA 302 in ALS.\n${line}\n`;
    const parts = 'The analyst points out that both components of COYA 302 are already approved as separate therapies.';
    expect(flagOn(text(parts), parts)).toBeUndefined();
    const whole = 'COYA 302 is already approved for ALS in the US.';
    expect(flagOn(text(whole), whole)?.verdict).toBe('misreported');
  });
});

describe('a figure only one study reported links a sentence that names no study (session 19)', () => {
  // A family chat that never names the trial: its figures (80%, 73%, 220 people) say which one it is.
  const chat = (line: string) =>
    `Family chat: Dad's MND\n${line}\nTom: The main result across everyone was not statistically significant.\nSarah: It cut the risk of dying by 73% in one group.\nTom: It was 220 people, half on the drug and half on placebo.\nMum: Dr Patel says edaravone was approved in the US in 2017.\n`;
  it('"a drug that worked in 80% of patients" in a chat about MIROCALS is the share misread', () => {
    const line = "Sarah: Did you see the news, there's an MND drug that worked in 80% of patients!!";
    expect(flagOn(chat(line), line)?.reasons.map((r) => r.code)).toContain('share-misread');
  });
  it("stays silent on a trial's statistical power, a share told with its own group, and a misreading quoted", () => {
    for (const line of [
      'Tom: Survival at 640 days was the endpoint, powered (80%) for a two-fold reduction in the risk of death.',
      'Tom: Early coverage used different numbers (79% of participants and a 43% lower risk) from the paper.',
      "Tom: I have seen that subgroup described as '80% of patients survived', which confuses a group's size with survival.",
    ])
      expect(flagOn(chat(line), line)).toBeUndefined();
  });
});

describe('wrong flags from blind set-98 (session 19)', () => {
  const amylyx = (line: string) => `Amylyx shares\nAmylyx sells Relyvrio, also called AMX0035, for ALS.\n${line}\n`;
  it('"As ALS destroys motor neurons" is the disease described, not an immune finding told as cause', () => {
    const line = 'As ALS destroys motor neurons and causes paralysis, the immune system does not stay on the sidelines.';
    const text = `T cells step up\nA Nature study by Michaelis and colleagues found T cells in ALS blood that react to C9orf72.\n${line}\n`;
    expect(flagOn(text, line)).toBeUndefined();
  });
  it('"better-than-expected" results are results out, not results to come', () => {
    const line = 'The stock rose after a better-than-expected report of fourth-quarter results.';
    expect(flagOn(amylyx(line), line, '2023-03-14')).toBeUndefined();
  });
  it('"with few viable treatment options available" is other drugs\' scarcity, not this one on offer', () => {
    const line = 'With few viable treatment options available, analysts suggested that Relyvrio could see pent-up demand.';
    expect(flagOn(amylyx(line), line, '2023-03-14')).toBeUndefined();
    const offer = 'Relyvrio is available to patients in the US.';
    expect(flagOn(amylyx(offer), offer, '2023-03-14')?.verdict).toBe('outdated');
  });
  it("a past quarter's launch progress is history", () => {
    const line =
      "Amylyx's co-CEOs said the company made strong and steady progress on its commercial launches in the second quarter, giving more people with ALS access to RELYVRIO and ALBRIOZA.";
    const text = `Amylyx reports second-quarter 2023 results\nAmylyx reported second-quarter product revenue of $98.2 million.\nThe commercial launches of RELYVRIO in the US and ALBRIOZA in Canada continued to progress.\n${line}\n`;
    expect(flagOn(text, line)).toBeUndefined();
  });
  it('"further confirm the drug\'s effect on the disease biology" is certain of a biomarker, not a benefit', () => {
    const line =
      "Lasting reductions in neurofilament, a biomarker of nerve damage, further confirm the drug's effect on the disease biology.";
    const text = `Qalsody shows long-term benefits for SOD1-ALS patients\nBiogen announced the final long-term results of the phase 3 VALOR study of Qalsody (tofersen) in SOD1-ALS.\nStarting Qalsody early is associated with slower decline in function.\n${line}\n`;
    expect(flagOn(text, line)).toBeUndefined();
  });
});

describe("statuses from synthetic set-96, in held-out set-6's mix (session 19)", () => {
  const relyvrio = (line: string) => `Relyvrio approved\nThe FDA approved Relyvrio (AMX0035) for ALS last month.\n${line}\n`;
  it('"patients … can use this medicine with prescription of doctor" for a drug withdrawn since', () => {
    const line = 'So now the patients in America and Canada can use this medicine with prescription of doctor.';
    expect(flagOn(relyvrio(line), line, '2022-10-18')?.event?.date).toBe('2024-04-04');
  });
  it('"can be treated with riluzole, Radicava and Relyvrio"', () => {
    const line = 'Other ALS patients in the US can be treated with riluzole, Radicava and Relyvrio.';
    expect(flagOn(`Tofersen approved\nThe FDA approved tofersen for SOD1-ALS.\n${line}\n`, line, '2023-04-26')?.verdict).toBe(
      'outdated',
    );
  });
  it('"the result of … MIROCALS is still not announced" before the top-line', () => {
    const line = 'The result of the European test of low dose IL-2 (MIROCALS) is still not announced.';
    expect(flagOn(`Autumn news\n${line}\n`, line, '2022-10-18')?.event?.date).toBe('2022-12-08');
  });
  it('"riluzole is still the only drug we can get" in the UK, dated by the UK licence of tofersen', () => {
    const line =
      'mnd_dave_uk replied: Over here in the UK it was never licensed, and riluzole is still the only drug we can get.';
    expect(flagOn(`Forum: what now after PHOENIX\n${line}\n`, line)?.event?.date).toBe('2025-07-22');
  });
  it('the order of approvals ("the third drug approved …, after riluzole and edaravone") stays true; a count on the market dates', () => {
    const order = 'It is the third drug approved for ALS in the United States, after riluzole and edaravone.';
    expect(flagOn(relyvrio(order), order, '2022-09-30')).toBeUndefined();
    const market = 'Relyvrio is now the third ALS drug on the US market, joining riluzole and edaravone.';
    expect(flagOn(relyvrio(market), market, '2022-09-30')?.verdict).toBe('outdated');
  });
  it('a form named in other words ("the drink type") is not judged against the infusion\'s approval', () => {
    const line =
      'In Japan the drink type is now under examination by the ministry, and decision is expected maybe before end of the year.';
    const text = `News from Japan\nEdaravone has been approved in Japan since 2015 as an infusion.\n${line}\n`;
    expect(flagOn(text, line, '2022-10-18')).toBeUndefined();
  });
});

describe('a refusal told where the application was withdrawn (session 19, set-96)', () => {
  it('"The EMA formally rejected the drug last week" in May 2019 misreports a withdrawn application', () => {
    const line = 'The EMA formally rejected the drug last week after a negative vote by its scientific committee.';
    const text = `Edaravone will not come to Europe\nEdaravone, sold as Radicava in the US, will not be marketed in the EU.\n${line}\n`;
    expect(flagOn(text, line, '2019-05-28')?.verdict).toBe('misreported');
  });
});

describe('wrong flags from blind set-100 (session 19)', () => {
  const tenThings = (line: string) =>
    `Ten things to watch in ALS research this year\nThe FDA is reviewing edaravone, which is approved in Japan.\n${line}\n`;
  it('a trial of another drug, by its generic name or its acronym, is not the one the page follows', () => {
    for (const line of [
      "Results of AB Science's phase 3 study of masitinib, run in the EU, are expected around April.",
      'Cytokinetics is expected to report results of its VITALITY-ALS phase 3 study of tirasemtiv.',
    ])
      expect(flagOn(tenThings(line), line, '2017-01-15')).toBeUndefined();
  });
  it('the familial share, told of several genes, is not the share of one of them', () => {
    const line =
      'About 10% of ALS cases are familial and are linked to mutations in genes such as SOD1, C9orf72, TARDBP and FUS.';
    const text = `ALS research timeline\nTofersen targets SOD1 and was approved in the US in 2023.\n${line}\n`;
    expect(flagOn(text, line)).toBeUndefined();
  });
  it('a count of people worldwide is not a count in the US', () => {
    const line =
      'A market researcher estimates that about 350,000 people worldwide have ALS, about 10% of them in the United States.';
    const text = `Analysts on Amylyx\nCiti sees room for Amylyx's ALS drug Relyvrio.\n${line}\n`;
    expect(flagOn(text, line)).toBeUndefined();
  });
});

describe('an open-label extension still running after the trial reported (session 19, set-102)', () => {
  it('stays silent on "an open-label extension, which has not yet finished"; the trial told as running still dates', () => {
    const text = (line: string) =>
      `Relyvrio withdrawn\nAmylyx is withdrawing Relyvrio after the PHOENIX trial failed.\n${line}\n`;
    const ole =
      'Patients who completed the phase 3 trial could keep receiving Relyvrio in an open-label extension, which has not yet finished.';
    expect(flagOn(text(ole), ole)).toBeUndefined();
    const trial = 'The PHOENIX trial has not yet finished.';
    expect(flagOn(`Relyvrio news\n${trial}\n`, trial, '2023-06-01')?.verdict).toBe('outdated');
  });
});

describe('wrong flags from blind sets 104 and 105 (session 19)', () => {
  const amylyx = (line: string) => `Amylyx news\nAmylyx sells Relyvrio, also called AMX0035, for ALS.\n${line}\n`;
  it('a launch told in the past ("had launched, and was still launching") is history', () => {
    const line = 'The analyst told clients that Amylyx had launched, and was still launching, extremely well.';
    expect(flagOn(amylyx(line), line)).toBeUndefined();
  });
  it('"with a view to launching" is an aim, and a price in a past period is history', () => {
    const aim = 'The unit was set up in 2023 as the Japanese arm of Amylyx, with a view to launching AMX0035 in Japan.';
    expect(flagOn(amylyx(aim), aim, '2024-05-20')).toBeUndefined();
    const price = 'Helped by its high price of 158,000 dollars a year, Relyvrio grew enough for the company to turn a profit.';
    expect(flagOn(amylyx(price), price, '2024-05-20')).toBeUndefined();
  });
  it('a withdrawal letter quoting the label is not an offer; the same label told on another page after the withdrawal is', () => {
    const line = 'Albrioza is indicated for the treatment of adults with ALS.';
    const letter = `Letter to health care professionals: Albrioza market withdrawal\nJune 7, 2024\nAmylyx writes to neurologists about Albrioza.\n${line}\n`;
    expect(flagOn(letter, line, '2024-06-07')).toBeUndefined();
    const page = `Albrioza in Canada\nAmylyx sells Albrioza in Canada.\n${line}\n`;
    expect(flagOn(page, line, '2024-06-07')?.verdict).toBe('misreported');
  });
  it('"expected to give a new chance of treatment" is no decision still to come', () => {
    const line =
      'It is expected to give a new chance of treatment to adults with SOD1-mutation ALS, for whom no suitable treatment has existed.';
    const text = `Korea approves Qalsody (tofersen), a treatment for ALS\nThe drug was developed by Ionis in the US and lowers SOD1 protein.\nThe drug binds to SOD1 mRNA in patients with ALS who carry an SOD1 gene mutation.\n${line}\n`;
    expect(flagOn(text, line, '2025-08-20')).toBeUndefined();
  });
});
