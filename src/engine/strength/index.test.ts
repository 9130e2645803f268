import { describe, expect, it } from 'vitest';
import { classifyStrength, compareStrength, strengthRank } from './index';
import type { StrengthLabel } from './index';

// Our own fixture sentences (written for this project, not taken from any benchmark).
const FIXTURES: [string, StrengthLabel][] = [
  // direct causal
  ['Low-dose IL-2 reduced mortality by 30% in the treated arm.', 'causal'],
  ['Aldesleukin increases regulatory T cell counts in people with ALS.', 'causal'],
  ['The drug improves survival in patients with bulbar-onset disease.', 'causal'],
  ['Tofersen lowered neurofilament light chain levels in SOD1 carriers.', 'causal'],
  ['Microglial activation drives motor neuron loss in this model.', 'causal'],
  ['Neuroinflammation is driven by activated astrocytes.', 'causal'],
  ['The treatment slows functional decline over 18 months.', 'causal'],
  ['Loss of TDP-43 function leads to cryptic exon inclusion.', 'causal'],
  ['Regulatory T cell expansion results in slower disease progression.', 'causal'],
  ['Edaravone is effective in slowing the decline of ALSFRS-R scores.', 'causal'],
  ['Riluzole prevents glutamate excitotoxicity in cultured neurons.', 'causal'],
  ['The mutation causes a toxic gain of function.', 'causal'],
  ['The vaccine was safe and effective in older adults.', 'causal'],
  ['Treatment with masitinib delayed the time to tracheostomy.', 'causal'],
  ['Statins reduce the risk of stroke.', 'causal'],
  ['IL-2 was shown to expand Tregs in a dose-dependent manner.', 'causal'],
  // conditional causal
  ['IL-2 may reduce mortality in ALS.', 'conditional'],
  ['Low-dose IL-2 might slow disease progression.', 'conditional'],
  ['Expanding regulatory T cells could improve survival.', 'conditional'],
  ['The therapy appears to slow the loss of muscle strength.', 'conditional'],
  ['Inflammation possibly contributes to neuronal death.', 'conditional'],
  ['This drug is likely to prevent relapses.', 'conditional'],
  ['Aldesleukin seems to increase Treg suppressive function.', 'conditional'],
  ['Our results suggest that the antibody may protect against neurodegeneration.', 'conditional'],
  ['Microglia may play a role in disease spread.', 'conditional'],
  ['The intervention could potentially reduce hospital admissions.', 'conditional'],
  // correlational
  ['Higher Treg counts were associated with a lower risk of death.', 'correlational'],
  ['Serum IL-6 levels correlated with the rate of progression.', 'correlational'],
  ['Smoking is linked to an earlier onset of ALS.', 'correlational'],
  ['Neurofilament levels predict survival in ALS.', 'correlational'],
  ['Patients with ALS had higher levels of CRP than healthy controls.', 'correlational'],
  ['Treg numbers were lower in rapidly progressing patients.', 'correlational'],
  ['Vitamin D status was related to functional scores.', 'correlational'],
  ['Obesity is a risk factor for several cancers.', 'correlational'],
  ['The longer the diagnostic delay, the slower the progression tended to be.', 'correlational'],
  ['Treg function was not associated with survival.', 'correlational'],
  ['People with the variant were more likely to develop dementia.', 'correlational'],
  ['Patients with high CRP had increased mortality compared with those with low CRP.', 'correlational'],
  // a negated comparison keeps its kind, like "was not associated with"
  ['There was no significant difference in adverse events between the arms.', 'correlational'],
  ['Survival did not differ between the groups.', 'correlational'],
  // none
  ['We enrolled 220 participants at 16 centres across Europe.', 'none'],
  ['The aim of this study was to assess the safety of low-dose IL-2.', 'none'],
  ['Further studies are needed to confirm these findings.', 'none'],
  ['Participants received either placebo or 2 MIU of IL-2 daily for five days.', 'none'],
  ['ALS is a fatal neurodegenerative disease of motor neurons.', 'none'],
  ['Clinicians should consider genetic testing for all patients.', 'none'],
  ['The trial was registered as NCT02059759.', 'none'],
  ['Strategies to improve recruitment in rare disease trials are discussed.', 'none'],
  ['Blood samples were collected every four weeks.', 'none'],
];

describe('classifyStrength on our fixtures', () => {
  it.each(FIXTURES)('%s → %s', (sentence, label) => {
    expect(classifyStrength(sentence).label).toBe(label);
  });

  it('gets at least 45 of the fixtures right (regression guard)', () => {
    const right = FIXTURES.filter(([s, l]) => classifyStrength(s).label === l).length;
    expect(right).toBeGreaterThanOrEqual(45);
  });
});

// Added cues: wording of importance, ruling out, consequence, contribution, indication; and the
// recommendation rule limited to advice that governs the sentence.
const ADDED: [string, StrengthLabel][] = [
  ['Early respiratory support is crucial for survival in bulbar ALS.', 'causal'],
  ['Adherence is critical to achieving a response to IL-2.', 'causal'],
  ['A normal CSF panel rules out an infectious cause of weakness.', 'causal'],
  ['Weight loss appears to be the consequence of hypermetabolism.', 'conditional'],
  ['Common variants contribute a modest share to ALS risk.', 'causal'],
  ['Age and site of onset are independent determinants of survival.', 'causal'],
  ['Raised CSF chitinase is indicative of active microglia.', 'correlational'],
  ['IL-2 down-regulates inflammatory cytokines in vitro.', 'causal'],
  ['IL-2 did not improve survival, though longer follow-up is warranted.', 'causal'],
  ['Although further studies are needed, IL-2 may slow progression.', 'conditional'],
  ['The drug lowered the required dose of riluzole.', 'causal'],
  ['Few patients reached the recommended dose of the drug.', 'none'],
  ['Smoking is a risk factor for bulbar onset.', 'correlational'],
  ['Carriers were at particular risk of early respiratory failure.', 'correlational'],
  ['CSF neurofilament is a marker of axonal damage.', 'correlational'],
  ['Patients with bulbar onset had higher CRP and ferritin.', 'correlational'],
  ['Carriers showed lower Treg suppressive function.', 'correlational'],
  ['Survival was better in patients with limb onset.', 'correlational'],
  ['Low CSF IL-2 may identify fast progressors and predict poor survival.', 'correlational'],
  ['The programme reduced daily sitting time in patients with ALS.', 'causal'],
  ['A neuroprotective effect was observed after six months.', 'causal'],
  ['This effect persisted after adjustment for age.', 'causal'],
  ['Results suggest a potential protective role of Tregs in ALS.', 'conditional'],
  ['Delayed diagnosis might have affected the choice of therapy.', 'conditional'],
  ['Higher doses may be necessary to maintain Treg expansion.', 'conditional'],
  ['Home monitoring may prove useful for early referral.', 'conditional'],
  ['Exercise could be an important means of preserving function.', 'conditional'],
  ['A small increased risk of ALS was found in former athletes.', 'correlational'],
  ['Carrier status indicates a markedly increased disease risk.', 'correlational'],
  ['The drug reduced the risk of relapse by half.', 'causal'],
  ['Rare variants make modest contributions to disease risk.', 'causal'],
  ['Shielding techniques that limit cardiac dose are preferable.', 'causal'],
  ['We report a blood signature predictive of rapid progression.', 'correlational'],
  ['The data reveal close interrelationships between weight loss and respiratory decline.', 'correlational'],
  // more causal verbs, dependence, negated comparisons
  ['Sleep loss exacerbates fatigue in people with ALS.', 'causal'],
  ['Riluzole curbs glutamate release in cultured neurons.', 'causal'],
  ['The antibody may counteract microglial activation.', 'conditional'],
  ['Regulatory T cells regulate the inflammatory response.', 'causal'],
  ['Weight loss is secondary to dysphagia in most patients.', 'causal'],
  ['The benefit of IL-2 depended on baseline Treg counts.', 'causal'],
  ['Bulbar onset accounted for most of the excess mortality.', 'causal'],
  ['Fatigue scores were similar in both groups.', 'correlational'],
  ['Grip strength in carriers was far below that of controls.', 'correlational'],
  // the research as the subject of a causal verb is no claim about the variables
  ['These findings contribute to our understanding of motor neuron disease.', 'none'],
  ['This study would enhance the evidence base for home ventilation.', 'none'],
  ['These results may help explain the association between smoking and ALS.', 'correlational'],
  ['Our results show that exercise improves respiratory function.', 'causal'],
  ['Abnormal scan results may cause anxiety in patients.', 'conditional'],
  // a comparative opening the sentence describes the subject; a following causal verb decides
  ['Higher vitamin D levels may slow functional decline.', 'conditional'],
  ['Lower Treg counts predicted faster progression.', 'correlational'],
  ['Higher CRP levels were found in patients than in controls.', 'correlational'],
  // hedges
  ['The drug is unlikely to improve survival.', 'conditional'],
  ['Oxidative stress is thought to drive neuronal loss.', 'conditional'],
  // causatives, agent after an adverb
  ['Fatigue makes patients less able to exercise.', 'causal'],
  ['The mutation leads carriers to develop symptoms earlier.', 'causal'],
  ['Heavy metals pose a health risk to farm workers.', 'causal'],
  ['Non-invasive ventilation could save many lives.', 'conditional'],
  ['Disease course is influenced strongly by the site of onset.', 'causal'],
  // co-variation
  ['The risk of falls varied by disease stage.', 'correlational'],
  ['Weight loss rose in proportion to bulbar involvement.', 'correlational'],
  ['Carriers showed an excess risk of dementia.', 'correlational'],
  ['The drug is expected to slow progression.', 'conditional'],
  // the subject of a reporting verb refers back; the "that" clause is the claim
  ['These associations indicate that smoking increases the risk of ALS.', 'causal'],
  ['Treg counts were associated with survival, suggesting that Tregs slow progression.', 'correlational'],
  // a relative clause with "require" describes people
  ['Survival was lower in patients who require ventilation.', 'correlational'],
  ['These findings require confirmation in larger cohorts.', 'none'],
  // "lower" after a modal is a verb; multiplicative comparisons
  ['Breathing exercises may lower the risk of pneumonia.', 'conditional'],
  ['Carriers had lower grip strength than non-carriers.', 'correlational'],
  ['Smokers were twice as likely to develop bulbar symptoms.', 'correlational'],
  ['Carriers showed a 3-fold higher rate of cognitive change.', 'correlational'],
  // "change" as a verb, intransitive change verbs, "confers protection"
  ['The programme did not change dietary habits.', 'causal'],
  ['CSF neurofilament rose with disease duration.', 'correlational'],
  ['Body weight declined during the first year.', 'correlational'],
  ['The variant confers protection against early onset.', 'causal'],
  ['Infection rates were lower with the new protocol.', 'correlational'],
  ['The compound has the potential to prevent motor neuron loss.', 'conditional'],
  ['Fatigue did not adversely affect overall function.', 'causal'],
  ['Regular exercise could lower cardiovascular risk.', 'conditional'],
  ['Children of affected mothers tend to be shorter at diagnosis.', 'correlational'],
  ['Oxidative stress is suspected to accelerate neuronal loss.', 'conditional'],
  ['Dehydration may be a contributing factor to cramps.', 'conditional'],
  // must stay none
  ['These children tend to be under 12 months of age.', 'none'],
  ['ALS affects about two in 100,000 people each year.', 'none'],
  ['Several patients declined to participate.', 'none'],
  ['Metabolic changes in ALS are well described.', 'none'],
  ['Patients with suspected ALS were referred to the clinic.', 'none'],
  ['The clinic made more appointments available.', 'none'],
  ['Rescue medication was allowed during the trial.', 'none'],
  ['Fatigue scores were similar to those reported previously.', 'none'],
  ['We describe a case of late-onset ALS in a former athlete.', 'none'],
  ['The role of IL-2 has to be explored in larger trials.', 'none'],
  ['It is essential to monitor respiratory function in all patients.', 'none'],
  ['Outcomes were modelled by means of mixed-effects regression.', 'none'],
  ['Side effects were mild and transient.', 'none'],
  ['Effect sizes were small for all outcomes.', 'none'],
  ['The trial will examine whether known variants have a consistent effect across cohorts.', 'none'],
  ['Patients had a PEG tube placed before enrolment.', 'none'],
  ['We assessed the effect of IL-2 on Treg counts.', 'none'],
  ['The trial will establish whether IL-2 improves survival.', 'none'],
  ['Data on common risk factors were collected at baseline.', 'none'],
  ['It is important to confirm these results.', 'none'],
  ['These results highlight the need for a larger trial.', 'none'],
  ['Further trials are necessary for confirmation.', 'none'],
  ['The determinants of access to care were surveyed.', 'none'],
  ['Low-dose IL-2 is recommended for further testing.', 'none'],
];

describe('added cues on our fixtures', () => {
  it.each(ADDED)('%s → %s', (sentence, label) => {
    expect(classifyStrength(sentence).label).toBe(label);
  });
});

// General regularities of how conclusions state (or do not state) a relationship, each with
// sentences that must keep their label. Our own sentences.
const REGULARITIES: [string, StrengthLabel][] = [
  // "differ", "different", "comparable" compare groups whatever preposition follows
  ['Grip strength did not differ with regard to genotype.', 'correlational'],
  ['Disease duration differed by region of onset.', 'correlational'],
  ['Treg counts were significantly different between fast and slow progressors.', 'correlational'],
  ['Weight loss was comparable between the two arms.', 'correlational'],
  ['A different dose was used in the second cohort.', 'none'],
  // statistical significance as a predicate is about a relationship; as a noun modifier it is not
  ['In the adjusted model, no other variable was significant.', 'correlational'],
  ['The trend was significant in women but not in men.', 'correlational'],
  ['There was a significant reduction in cramps with the drug.', 'correlational'],
  ['Respiratory failure was a significant cause of death.', 'causal'],
  // markers, frequency comparisons, variation
  ['Neurofilament light chain is a promising biomarker of progression.', 'correlational'],
  ['Cramps were reported more often by patients with bulbar onset.', 'correlational'],
  ['The most frequently reported symptom was fatigue.', 'none'],
  ['Regional variation by latitude was modest.', 'correlational'],
  // comparative adjectives beyond higher/lower; "than" + a quantity or the literature is no group
  ['Carriers reached the milestone earlier than non-carriers.', 'correlational'],
  ['Bulbar-onset patients were older than those with limb onset.', 'correlational'],
  ['Respiratory function was poorer in patients with low body weight.', 'correlational'],
  ['Survival was longer than in patients without the variant.', 'correlational'],
  ['Mean follow-up was longer than six months.', 'none'],
  ['This rate is lower than reported in previous studies.', 'none'],
  ['The response rate was higher than expected.', 'none'],
  ['A richer diet, longer sleep (more than seven hours a night) and exercise may improve fatigue.', 'conditional'],
  // a level as a predicate; an adjective after a preposition is no verb
  ['Serum creatinine was elevated in slow progressors.', 'correlational'],
  ['Elevated creatinine was recorded at baseline.', 'none'],
  // a trend after "tended/appeared to" is an observed change; with an object it is a hedged claim
  ['Fatigue scores tended to increase with disease duration.', 'correlational'],
  ['Treg function appeared to decline over the first year.', 'correlational'],
  ['The drug appears to improve grip strength.', 'conditional'],
  // an adverb that qualifies the verb after it does not decide the kind
  ['The drug did not independently reduce the risk of tracheostomy.', 'causal'],
  ['Riluzole independently predicted longer survival.', 'correlational'],
  ['Bulbar onset was independently associated with weight loss.', 'correlational'],
  // "at risk" is a finding as a predicate, a population right after a noun
  ['Smokers were at higher risk of bulbar onset.', 'correlational'],
  ['In patients at high risk of aspiration, both feeding routes were used.', 'none'],
  ['Among carriers at high risk for early onset, the visit schedule was unchanged.', 'none'],
  // a change named as a goal; a change observed
  ['The pilot identified areas for improvement in referral pathways.', 'none'],
  ['The clinic set a target for further reduction of waiting times.', 'none'],
  ['Mortality was similar except for an increase in deaths among the oldest patients.', 'correlational'],
  // prediction tools are methods; predicting is a relationship
  ['A prediction model was developed to flag patients who need ventilation.', 'none'],
  ['Low CSF IL-2 predicted poor survival.', 'correlational'],
  // idioms and helping readers are no effects
  ['These results raise questions about the design of earlier trials.', 'none'],
  ['High-dose steroids raised blood glucose in most patients.', 'causal'],
  ['This score may help clinicians identify patients for early referral.', 'none'],
  ['Physiotherapy may help patients maintain mobility.', 'conditional'],
  // a direct question claims nothing
  ['Why has survival not improved despite better supportive care?', 'none'],
  ['Has the new clinic improved survival?', 'none'],
  ['The new clinic improved survival.', 'causal'],
  // the effect's side of a causal relation, finite forms only
  ['Weight loss may result from hypermetabolism.', 'conditional'],
  ['The muscle damage resulted from repeated cramps.', 'causal'],
  ['Much of the excess mortality stems from respiratory failure.', 'causal'],
  ['Results from the trial are expected next year.', 'none'],
  // a connective before a sentence-opening gerund or participle
  ['Thus, reducing waiting times is a priority for the clinic.', 'none'],
  ['Overall, improved access to care is a priority.', 'none'],
  ['Thus, riluzole reduces glutamate release.', 'causal'],
  // what a tool is used for is a purpose; with a modal it is a hedged claim
  ['Reminder letters are used to promote attendance at the clinic.', 'none'],
  ['Reminder letters could be used to promote attendance at the clinic.', 'conditional'],
  // an -ing form without an object reports a trend; with one it is a verb
  ['Regardless of dose, increasing from one to two sessions a week was associated with better scores.', 'correlational'],
  ['The programme, reducing waiting times, improved satisfaction.', 'causal'],
  // a participle with its agent after a noun names the subject; the verb after it is the claim
  ['The cytokines released by activated microglia may contribute to neuronal loss.', 'conditional'],
  ['Neuronal loss was driven by activated microglia.', 'causal'],
  // names, kinds of cases, who has a disease
  ['The HELP trial enrolled 400 patients.', 'none'],
  ['There were many readmissions due to chest infection.', 'none'],
  ['Most readmissions were due to chest infection.', 'causal'],
  ['Function declined due to chest infection.', 'causal'],
  ['The disease mostly affects older men.', 'correlational'],
  ['Fatigue affected quality of life in most patients.', 'causal'],
  ['Tregs from affected women were studied.', 'none'],
  // a relationship noun in the subject yields to the clause's causal verb
  ['Inflammatory markers and weight loss drive faster progression.', 'causal'],
  ['Inflammatory markers were associated with weight loss.', 'correlational'],
  // a connective between commas does not break the clause
  ['The benefit was, however, dependent on adherence.', 'causal'],
  ['Survival was, however, shorter in carriers than in non-carriers.', 'correlational'],
  // usefulness of a treatment is an effect; of a tool it is not
  ['Splinting could be a useful treatment for cramps.', 'conditional'],
  ['Splinting could be a useful tool for research.', 'none'],
  // importance stated with an infinitive of effect, not of a check
  ['Early ventilation is critical to improve survival.', 'causal'],
  ['A normal scan is essential to exclude infection.', 'none'],
  // a verb-noun after "the X" is the verb when its object follows, the noun before a preposition
  ['The drug increases Treg counts in the blood.', 'causal'],
  ['The intervention delays progression.', 'causal'],
  ['A significant increase in CRP was seen.', 'correlational'],
  ['The overall decrease was small.', 'correlational'],
  // "has" + participle is the verb; "had" + participle may describe what a group has
  ['The drug has reduced muscle strength in several trials.', 'causal'],
  ['Carriers had reduced muscle strength compared with controls.', 'correlational'],
  // more ways of saying two things go together
  ['Weight loss and dysphagia often coexist in bulbar ALS.', 'correlational'],
  ['Fatigue covaried with sleep quality.', 'correlational'],
  ['Cramps were closely tied to disease stage.', 'correlational'],
  ['Weight loss went hand in hand with respiratory decline.', 'correlational'],
  ['Bulbar onset was overrepresented in older women.', 'correlational'],
  ['The relative risk of ALS was 1.4 in former athletes.', 'correlational'],
  ['Weakness was more pronounced in the upper limbs.', 'correlational'],
  ['The relative timing of visits was recorded.', 'none'],
  // negative-polarity effect words, protection, contribution, hedges of theory
  ['Riluzole was ineffective in this cohort.', 'causal'],
  ['The vaccine offered protection against infection.', 'causal'],
  ['Smoking is a major contributor to lung disease.', 'causal'],
  ['The drug could theoretically reduce spasticity.', 'conditional'],
];

describe('general regularities on our fixtures', () => {
  it.each(REGULARITIES)('%s → %s', (sentence, label) => {
    expect(classifyStrength(sentence).label).toBe(label);
  });
});

describe('result shape', () => {
  it('reports the deciding cues, hedge first', () => {
    const r = classifyStrength('IL-2 may reduce mortality.');
    expect(r.label).toBe('conditional');
    expect(r.cues).toEqual(['may', 'reduce']);
    expect(r.negated).toBe(false);
  });

  it('matches "may" after a number (compromise tags it as a date there)', () => {
    expect(classifyStrength('IL-2 may reduce disease activity.').label).toBe('conditional');
    expect(classifyStrength('IL-2 may reduce relapses.').cues[0]).toBe('may');
  });

  it('keeps the kind of a negated claim and flags it (documented policy)', () => {
    const r = classifyStrength('Tofersen did not improve survival.');
    expect(r.label).toBe('causal');
    expect(r.negated).toBe(true);
    const c = classifyStrength('IL-2 levels were not associated with progression.');
    expect(c.label).toBe('correlational');
    expect(c.negated).toBe(true);
  });

  it('a recommendation wins over a relationship cue', () => {
    const r = classifyStrength('Whether IL-2 improves survival should be tested in a larger trial.');
    expect(r.label).toBe('none');
    expect(r.cues).toEqual(['should']);
  });

  it('returns none with no cues for an empty string', () => {
    expect(classifyStrength('')).toMatchObject({ label: 'none', cues: [], negated: false });
  });
});

describe('ordinal helpers', () => {
  it('orders none < correlational < conditional < causal', () => {
    expect(['none', 'correlational', 'conditional', 'causal'].map((l) => strengthRank(l as StrengthLabel))).toEqual([0, 1, 2, 3]);
  });
  it('compares a popular claim with its source', () => {
    expect(compareStrength('causal', 'correlational')).toBe(1);
    expect(compareStrength('conditional', 'conditional')).toBe(0);
    expect(compareStrength('none', 'conditional')).toBe(-1);
  });
});
