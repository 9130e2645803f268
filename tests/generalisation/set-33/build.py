#!/usr/bin/env python3
"""Regenerates the set-33 documents and EXPECTATIONS.yaml from the data below.

Written from shared/sources/dossier.md only. Run: python3 build.py && python3 check_set.py
"""
import os
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

MIRO = "NCT03039673"
IMOD = "NCT02059759"
TREG1 = "NCT03241784"
TREG2A = "NCT04055623"
SHEEAN = "pmid:29507931"
BEERS17 = "pmid:28289705"
BEERS11 = "pmid:21596768"
PEKING = "NCT04952155"
NATURE = "pmid:41034581"
RILU94 = "pmid:8302340"
EDA = "NCT01492686"
CENTAUR = "NCT03127514"
PHOENIX = "NCT05021536"
VALOR = "NCT02623699"
COYA1 = "pmid:38915796"
ALSTARS = "NCT07161999"
RAPA = "NCT04220190"


def M(s, why):
    return {"sentence": s, "kind": "must-not-flag", "why": why}


def F(s, verdict, reasons, source, why, since=None, event=None, kind="must-flag"):
    d = {"sentence": s, "kind": kind, "verdict": verdict, "reasons": list(reasons), "source": source}
    if since:
        d["since"] = since
        d["event"] = event
    d["why"] = why
    return d


def E(s, verdict, reasons, source, why):
    return F(s, verdict, reasons, source, why, kind="either-way")


EV_RELY_WD = "Relyvrio/Albrioza voluntarily withdrawn from the US and Canadian markets on 4 April 2024 after PHOENIX failed"
EV_PHX = "PHOENIX (664 participants) did not meet its primary or secondary endpoints, announced 8 March 2024"
EV_EDA_US = "FDA approved intravenous edaravone (Radicava) on 5 May 2017"
EV_EDA_EMA = "Mitsubishi Tanabe withdrew its EMA application for edaravone on 24 May 2019; not approved in the EU"
EV_IMOD = "IMODALS published in EBioMedicine (online July 2020): Treg increase, no clinical efficacy endpoint"
EV_MIRO_TOP = "MIROCALS top-line results presented/announced 8 December 2022 (full paper Lancet 9 May 2025)"
EV_MIRO_PAPER = "MIROCALS full results published in The Lancet online 9 May 2025"
EV_RELY_APP = "FDA approved AMX0035 (Relyvrio) on 29 September 2022 (later withdrawn 4 April 2024)"
EV_TOF = "FDA granted tofersen (Qalsody) accelerated approval on 25 April 2023 for SOD1-ALS"

DOCS = []


def doc(name, kind, published, date_line, headline, expects_after_headline):
    DOCS.append({"file": name, "kind": kind, "published": published, "date_line": date_line,
                 "headline": headline, "expect": expects_after_headline})


# ---------------------------------------------------------------- 01
doc("01_pharmacy-blog_als-medicines.txt", "pharmacy chain health blog", "2023-06-20", "20 June 2023",
    M("Your ALS medicines explained: what our pharmacists want you to know", "neutral headline; §7 background drugs"),
    [
        M("Amyotrophic lateral sclerosis, also called motor neurone disease, affects the nerves that control movement, and most people live two to five years after diagnosis.",
          "§8 CDC: majority die within 2-5 years of diagnosis"),
        M("Riluzole tablets are usually the first medicine prescribed, and in the original trials they added a few months of life on average.",
          "§7a Cochrane: median survival gain ~3 months ('2-3 months')"),
        F("That means riluzole typically gives patients an extra two to three years.",
          "misreported", ["wrong-fact"], RILU94,
          "§7a Cochrane: ~3 months (11.8 -> 14.8 months median), not years"),
        M("Edaravone, sold as Radicava, was first given as an infusion, and since May 2022 an oral suspension has also been approved in the US.",
          "§7b IV FDA 5 May 2017; Radicava ORS FDA 12 May 2022"),
        M("The oral version was approved because it produced blood levels comparable to the drip, not because of a new efficacy trial.",
          "§7b ORS approved on bioavailability"),
        F("Customers travelling to Europe can get edaravone there too, as it is licensed by the European Medicines Agency.",
          "misreported", ["wrong-fact"], EDA,
          "§7b not approved in the EU; EMA application withdrawn 24 May 2019, already wrong on the page date (2023)"),
        F("Relyvrio, one of the newer ALS medicines, is available on prescription in the US and, as Albrioza, in Canada.",
          "outdated", ["superseded"], PHOENIX,
          "§7c true in June 2023 (FDA 29 Sep 2022); withdrawn from US and Canada 4 April 2024",
          since="2024-04", event=EV_RELY_WD),
        M("It was approved in September 2022 on the strength of a 137-person phase 2 study called CENTAUR.",
          "§7c FDA 29 Sep 2022 based on phase 2; CENTAUR n=137"),
        M("In that study the drug slowed decline on the ALS functional rating scale compared with placebo over 24 weeks.",
          "§7c CENTAUR primary: ALSFRS-R slope difference 0.42, P=0.03, 24 weeks"),
        F("The study also proved that the powder doubles survival for everyone who takes it.",
          "overstated", ["certainty-inflated", "population-overgeneralised"], CENTAUR,
          "§7c survival claim is a long-term open-label-extension analysis (25.0 vs 18.5 months), not randomised after week 24; no 'doubling', not proven"),
        F("A bigger confirmation trial, PHOENIX, is running in the US and Europe, with results expected next year.",
          "outdated", ["superseded"], PHOENIX,
          "§7c true in June 2023; PHOENIX reported 8 March 2024 and failed primary and secondary endpoints",
          since="2024-03", event=EV_PHX),
        M("Qalsody (tofersen) was granted accelerated approval by the FDA in April 2023.",
          "§7d accelerated approval 25 April 2023"),
        F("It is now an option for anyone with ALS who wants to slow the disease.",
          "overstated", ["population-overgeneralised"], VALOR,
          "§7d approval only for SOD1-ALS (~2% of ALS); VALOR primary endpoint not significant"),
        M("Tofersen is given as an injection into the spinal fluid (intrathecally), not as a tablet.",
          "§7d intrathecal 100 mg"),
        M("Always talk to your neurologist before starting or stopping any of these medicines.",
          "general advice; no dossier claim"),
    ])

# ---------------------------------------------------------------- 02
doc("02_school-newsletter_mnd-fundraiser.txt", "primary school newsletter item", "unknown", "(no date shown)",
    M("Mr Okafor's MND fundraiser: thank you, Year 5!", "off-topic headline"),
    [
        M("Thank you to every family who joined the sponsored walk for Mr Okafor, our PE teacher, who was diagnosed with motor neurone disease last year.",
          "personal/off-topic; no dossier claim"),
        M("You raised £2,340, which will go to the MND Association's research fund.", "off-topic"),
        M("Mr Okafor asked us to share a little about the research he is following.", "off-topic"),
        M("Scientists in the UK and France tested low doses of a drug called interleukin-2 in 220 people with MND.",
          "§1 220 randomised; UK and France"),
        M("The injections were given alongside riluzole, the usual tablet for MND.", "§1 add-on to riluzole"),
        F("The trial found that the jabs helped eight out of ten patients live longer.",
          "misreported", ["share-misread", "subgroup-as-whole"], MIRO,
          "§1 ~80% is the share of participants with lower CSF-pNFH, not the share who lived longer"),
        F("In fact, the researchers said the drug cut deaths in half for everyone who took part.",
          "overstated", ["subgroup-as-whole"], MIRO,
          "§1 whole-trial reduction 19%, not significant; ~48% only in the low CSF-pNFH subgroup"),
        M("Doctors say the benefit was seen mainly in people whose disease was progressing more slowly, and that a bigger trial is needed to be sure.",
          "§1 UK MND CSG: might help slower-progressing MND; more data needed"),
        M("The results were published in a medical journal, The Lancet, in 2025.", "§1 Lancet, online 9 May 2025"),
        F("The NHS has agreed to offer the injections to everyone with MND from September.",
          "misreported", ["wrong-fact"], MIRO,
          "§1 CSG: 'no realistic prospect' of NHS availability; undated page, status false today -> misreported, not outdated"),
        M("Mr Okafor says the research gives him hope, even though it is not a cure.", "§10 no cure; personal view"),
        M("Some scientists also think the immune system plays a part in MND, and that boosting helpful immune cells called Tregs might slow it down.",
          "§4 hedged ('think', 'might'); Sheean: Treg therapies 'may prove' beneficial"),
        F("A study in mice showed that boosting these cells made the animals live longer, so we now know it works in people too.",
          "overstated", ["animal-to-human"], SHEEAN,
          "§4 survival benefit shown in SOD1-G93A mice; human data correlational (33 patients)"),
        M("Year 6 will hold a cake sale on Friday 14th to keep the total growing.", "off-topic"),
    ])

# ---------------------------------------------------------------- 03
doc("03_church-bulletin_als-prayer.txt", "parish church weekly bulletin", "2016-11-06", "6 November 2016",
    M("St Columba's weekly bulletin: praying for Margaret and her family", "off-topic headline"),
    [
        M("Please keep Margaret Doyle in your prayers as she begins treatment for ALS this month.", "personal; no dossier claim"),
        M("Her son tells us she has started riluzole, which has been used for ALS since the 1990s.",
          "§7a pivotal riluzole trials 1994 and 1996"),
        F("Riluzole is still the only medicine approved for ALS in the United States.",
          "outdated", ["superseded"], EDA,
          "§7b true in Nov 2016; FDA approved IV edaravone 5 May 2017",
          since="2017-05", event=EV_EDA_US),
        F("A second drug, edaravone, is being studied, but it has not been approved by the American authorities.",
          "outdated", ["superseded"], EDA,
          "§7b true in Nov 2016; FDA approval 5 May 2017",
          since="2017-05", event=EV_EDA_US),
        F("In the big riluzole trial published in 1994, nearly a thousand patients took part.",
          "misreported", ["wrong-fact"], RILU94,
          "§7a NEJM 1994 trial had 155 patients; 959 was the 1996 Lancet dose-ranging trial"),
        M("Patients on the drug were more likely to be alive after a year than those on dummy pills.",
          "§7a 12-month survival 74% vs 58%, P=0.014"),
        M("Margaret's neurologist has been honest that it buys time rather than reversing the illness.",
          "§10 riluzole extends median survival ~2-3 months; no cure"),
        M("Researchers reported in 2011 that patients whose ALS moved fastest had fewer of the protective immune cells called regulatory T cells.",
          "§4 Beers 2011 Brain: 31% fewer Tregs in rapid progressors"),
        F("That discovery means that raising these cells will stop the disease in its tracks.",
          "overstated", ["correlation-as-causation", "certainty-inflated"], BEERS11,
          "§4 Beers 2011 is a correlation between Treg numbers and progression rate; no treatment effect shown in humans"),
        F("A small trial of low-dose interleukin-2 injections, which raises these cells, finished this year, and its results are still awaited.",
          "outdated", ["superseded"], IMOD,
          "§2 IMODALS completed 25 May 2016 (true on the page date); published EBioMedicine July 2020",
          since="2020-07", event=EV_IMOD),
        M("A group from our parish will drive Margaret to her clinic appointments; please see Deacon Paul if you can help.", "off-topic"),
        M("Most people with ALS live two to five years after diagnosis, though some live much longer.",
          "§8 2-5 years; some long survivors (estimates vary)"),
        M("Between five and ten in every hundred cases run in families.", "§8 familial share 5-10%"),
        M("The Thursday rosary will be offered for all those living with ALS and motor neurone disease.", "off-topic"),
    ])

# ---------------------------------------------------------------- 04
doc("04_hospital-volunteer-newsletter_treg-lab.txt", "hospital volunteer newsletter", "unknown", "(no date shown)",
    M("Volunteer Voices: the cell therapy lab our volunteers help support", "neutral headline"),
    [
        M("Many of our volunteers have asked about the ALS research happening in the neurology building.", "off-topic"),
        M("The team led by Dr Stanley Appel at Houston Methodist has studied regulatory T cells, or Tregs, in ALS for many years.",
          "§3 Appel, Houston Methodist; §4 Beers/Appel group papers 2011-2017"),
        F("In lab tests published in JAMA Neurology in 2017, Tregs from people with ALS were less able to calm other immune cells.",
          "misreported", ["wrong-fact"], BEERS17,
          "§4 the 2017 Treg-dysfunction assays are Beers et al., JCI Insight, not JAMA Neurology (pattern 8)"),
        M("In the first-in-human study, three patients had their own Tregs collected, multiplied in the lab and infused back, along with low-dose IL-2 injections.",
          "§3 N=3; expanded autologous Tregs + subcutaneous IL-2"),
        M("The infusions were safe and well tolerated in all three patients.", "§3 results"),
        F("The therapy halted ALS in every patient who received it.",
          "overstated", ["early-phase-as-efficacy", "certainty-inflated"], TREG1,
          "§3 phase 1 safety study, 3 patients, no control; progression resumed when infusions stopped"),
        M("The authors reported slower progression during infusion periods, but with no comparison group this cannot show the treatment works.",
          "§3 authors report slowing; within-patient correlations, no comparator"),
        F("A follow-up trial randomised 48 patients before the pandemic struck.",
          "misreported", ["wrong-fact"], TREG2A,
          "§3 phase 2a NCT04055623: only 7 randomised (target 12) because of COVID-19"),
        F("It showed the cells are effective at slowing ALS.",
          "overstated", ["early-phase-as-efficacy"], TREG2A,
          "§3 authors said a meaningful comparison of progression between arms 'was not possible'"),
        M("Another Houston Methodist study in 2013 linked the FoxP3 gene to progression, reporting it was an indicator in 80 percent of patients.",
          "§4 Henkel 2013 EMBO Mol Med; FoxP3 'indicator of disease progression in 80 percent'"),
        M("That 80 percent figure is different from the 80 percent quoted for the European IL-2 trial, which referred to the share of patients with lower levels of a spinal-fluid marker.",
          "§1 80% = share with lower CSF-pNFH; §4 pattern 8 distinguishes the two 80% figures"),
        M("A separate 2018 JAMA Neurology paper linked higher Tregs with slower progression in 33 patients and showed that boosting Tregs prolonged survival in mice.",
          "§4 Sheean 2018: 33 patients, correlation; survival gain in SOD1-G93A mice"),
        M("Volunteers who staff the infusion-suite reception help patients find their way on treatment days.", "off-topic"),
        M("Volunteers interested in joining the research-support rota should contact the volunteer office.", "off-topic"),
    ])

# ---------------------------------------------------------------- 05
doc("05_sports-club-fundraiser_mnd.txt", "amateur sports club fundraising post", "2024-01-27", "27 January 2024",
    M("Run for Robbie: Harriers raise funds as former captain faces MND", "off-topic headline"),
    [
        M("Our former club captain Robbie Lang was diagnosed with motor neurone disease in the autumn, and the Harriers are running the city half-marathon for him in April.",
          "personal/off-topic"),
        F("Robbie's cousin in Ohio takes Relyvrio, which American doctors can prescribe for ALS.",
          "outdated", ["superseded"], PHOENIX,
          "§7c true in January 2024; withdrawn from the US and Canada 4 April 2024 (no new prescriptions)",
          since="2024-04", event=EV_RELY_WD),
        F("That drug was approved after a phase 2 trial, and a 664-person phase 3 trial called PHOENIX is due to report in the coming months.",
          "outdated", ["superseded"], PHOENIX,
          "§7c approval on phase 2 data is right; PHOENIX reported 8 March 2024 and failed",
          since="2024-03", event=EV_PHX),
        M("Here in the UK, the big news has been the low-dose IL-2 trial, run at clinics in the UK and France.",
          "§1 17 clinics in the UK and France"),
        F("Its headline results were announced in December 2022, but the full paper has still not appeared in a journal, which many patients find frustrating.",
          "outdated", ["superseded"], MIRO,
          "§1 top-line Dec 2022 and patient campaigns over the delay (true in Jan 2024); Lancet paper 9 May 2025",
          since="2025-05", event=EV_MIRO_PAPER),
        F("The trial showed the drug slashed the risk of death by 73 percent for all patients.",
          "overstated", ["subgroup-as-whole"], MIRO,
          "§1 73% is the top-line whole-population estimate adjusted for CSF-pNFH; unadjusted primary analysis 19%, not significant"),
        M("Robbie's neurologist says it is not available on the NHS and may not be for some time.",
          "§1 no NHS availability; more data needed"),
        M("Robbie currently takes riluzole, which on average extends life by a few months.", "§7a ~2-3 months"),
        M("Every pound raised goes to MND research, split between the MND Association and My Name'5 Doddie Foundation.", "off-topic"),
        M("At the 2022 announcement, the researchers said the benefit was concentrated in patients with low to moderate levels of a spinal-fluid marker of nerve damage.",
          "§1 Clinigen top-line 8 Dec 2022: low-to-moderate CSF-pNFH subgroup"),
        M("Those patients made up about four in five of the trial, and the drug was said to lower their risk of death by 43 percent.",
          "§1 top-line: 79% of participants, 43% lower risk, attributed to the subgroup"),
        F("So four out of five MND patients will now survive thanks to IL-2.",
          "misreported", ["share-misread"], MIRO,
          "§1 79-80% is the share of participants in the lower CSF-pNFH group, not a survival rate"),
        M("Sponsor forms are on the clubhouse noticeboard, and the online page link is in our bio.", "off-topic"),
        M("Robbie says: 'Run fast, but not faster than I did before my knees gave up!'", "off-topic"),
    ])

# ---------------------------------------------------------------- 06
doc("06_regional-radio-script_mirocals.txt", "regional radio news script", "2025-05-12", "12 May 2025",
    M("RADIO NORTH EAST 0800 BULLETIN: MND DRUG STORY (READ TIME 50 SECONDS)", "script slug; no claim"),
    [
        M("A low-dose immune drug could help some people with motor neurone disease live longer, according to results published this week.",
          "§1 hedged; Lancet online 9 May 2025; subgroup benefit"),
        F("The study, in the New England Journal of Medicine, involved 220 patients.",
          "misreported", ["wrong-fact"], MIRO,
          "§1 published in The Lancet (doi:10.1016/S0140-6736(25)00262-4); 220 is right"),
        M("They were recruited at seventeen clinics in Britain and France.", "§1 17 clinics in the UK and France"),
        M("Half were given low-dose interleukin-2 injections on top of the standard drug riluzole, and half a placebo.",
          "§1 110/110, add-on to riluzole"),
        F("Researchers say it cut the risk of death by nearly half across all patients in the study.",
          "overstated", ["subgroup-as-whole"], MIRO,
          "§1 48% applies to the low CSF-pNFH subgroup; whole-trial 19%, not significant"),
        M("Across the whole trial, the effect on survival at 21 months was not statistically significant.",
          "§1 primary endpoint (640 days) not met"),
        M("The benefit appeared in the roughly seven in ten patients whose spinal fluid showed lower levels of a nerve-damage protein.",
          "§1 paper as reported: ~70% with low CSF-pNFH"),
        M("The trial was funded by the European Union's Horizon 2020 programme.", "§1 EU Horizon 2020 project 633413"),
        F("The drug is expected to be available on the NHS by the end of the year.",
          "misreported", ["wrong-fact"], MIRO,
          "§1 UK MND CSG: 'no realistic prospect' of NHS availability; phase 3 or early access still under discussion"),
        M("Charities have welcomed the results but warn that treated patients still got worse and some died.",
          "§1 MND Scotland: treated people still progressed and some died"),
        F("For patients, it means the disease can now be halted.",
          "overstated", ["sensational", "certainty-inflated"], MIRO,
          "§1/§10 subgroup showed slower death, not halted disease; primary endpoint not met"),
        M("Campaigners hope it marks a turning point, though it is not a cure.", "§10 hedged; no cure"),
        M("Across Europe, around 45,000 people live with the condition at any one time.", "§8 KCL/QMUL ~45,000"),
        M("The drug's developer is now discussing either a larger phase 3 trial or an early-access scheme.",
          "§9 ILT-101 next steps under discussion (May 2025)"),
        F("The first results were announced back in December 2020.",
          "misreported", ["wrong-fact"], MIRO,
          "§1 top-line results announced 8 December 2022"),
    ])

# ---------------------------------------------------------------- 07
doc("07_politician-oped_als-funding.txt", "op-ed by a state politician", "unknown", "(no date shown)",
    M("It's time our state led the fight against ALS", "opinion headline; no checkable claim"),
    [
        M("Every year, families in our state hear the words no one wants to hear: amyotrophic lateral sclerosis.", "rhetoric"),
        M("Federal registry figures have counted around 16,000 Americans living with ALS, and advocates say the true number is closer to 30,000.",
          "§8 CDC registry 15,927 (2014), likely undercount; 'up to 30,000' (ALS Association)"),
        F("Science has now confirmed that ALS is an autoimmune disease, thanks to a landmark study published in Nature.",
          "overstated", ["certainty-inflated", "correlation-as-causation"], NATURE,
          "§6 authors claim an autoimmune component/reaction, not that ALS is an autoimmune disease"),
        F("That study tested blood from more than 400 patients.",
          "misreported", ["wrong-fact"], NATURE,
          "§6 40 ALS patients and 28 controls"),
        F("It showed that the body's own T cells cause the death of motor neurons.",
          "overstated", ["correlation-as-causation"], NATURE,
          "§6 correlational blood study; does not show T cells cause motor neuron death"),
        M("The researchers themselves spoke of an autoimmune component and called for larger studies.",
          "§6 Sulzer 'autoimmune component'; larger follow-up studies needed"),
        M("We have also seen what happens when hope outruns evidence: Relyvrio was withdrawn from the US market in 2024 after its phase 3 trial failed.",
          "§7c PHOENIX failed; withdrawn 4 April 2024"),
        M("And tofersen, approved in 2023, helps only the small share of patients with an SOD1 mutation.",
          "§7d accelerated approval April 2023, SOD1-ALS only (~2%)"),
        F("Meanwhile, Europe is ahead of us, where a low-dose interleukin-2 therapy proved it extends survival for ALS patients.",
          "overstated", ["subgroup-as-whole", "certainty-inflated"], MIRO,
          "§1 primary endpoint not met; benefit only in adjusted/subgroup analysis needing confirmation"),
        F("Edaravone, sold in America, is also approved for patients throughout the European Union.",
          "misreported", ["wrong-fact"], EDA,
          "§7b not approved in the EU; EMA application withdrawn May 2019"),
        M("Our state universities could join trials such as the 120-patient ALSTARS study of a combination immune therapy, which is placebo-controlled.",
          "§9 ALSTARS NCT07161999: randomised, placebo-controlled, n=120"),
        M("I am proposing a $20 million ALS research fund, to be matched by private donors.", "policy proposal; off-topic"),
        F("Cell therapies such as RAPA-501 have already reached phase 3, which shows they work.",
          "overstated", ["early-phase-as-efficacy", "certainty-inflated"], RAPA,
          "§9 'phase 2/3' label is an open-label, non-randomised expansion cohort; no efficacy results (pattern 14)"),
        M("Families living with ALS deserve a government that moves as fast as the science.", "rhetoric"),
    ])

# ---------------------------------------------------------------- 08
doc("08_travel-insurance-faq_als-medication.txt", "travel-insurance FAQ page", "unknown", "(no date shown)",
    M("Travelling with ALS (motor neurone disease): your medication questions answered", "neutral headline"),
    [
        M("Do I need to declare ALS when I buy a policy?", "question; no claim"),
        M("Yes: ALS is a pre-existing medical condition and must be declared, or a related claim may be refused.", "insurance terms; off-topic"),
        M("Can I take riluzole abroad?", "question; no claim"),
        M("Riluzole is a tablet taken every day, so carry enough for your trip plus spare, with your prescription.",
          "§7a oral riluzole 100 mg/day"),
        M("What about edaravone (Radicava)?", "question; no claim"),
        M("Edaravone comes either as an infusion or, in the US since 2022, as an oral suspension, so check which form you use before you pack.",
          "§7b IV 2017; ORS 12 May 2022"),
        F("If you run out in Europe, any EU pharmacy can supply edaravone because it is approved across the EU.",
          "misreported", ["wrong-fact"], EDA,
          "§7b never approved in the EU (EMA application withdrawn 24 May 2019)"),
        M("Can I get Relyvrio refilled in Canada?", "question; no claim"),
        F("Yes, Relyvrio (called Albrioza in Canada) is stocked by Canadian pharmacies, so refills are easy to arrange.",
          "misreported", ["superseded", "wrong-fact"], PHOENIX,
          "§7c withdrawn from US and Canadian markets 4 April 2024; undated page, status false today -> misreported, not outdated"),
        M("I take tofersen; can I miss a dose while travelling?", "question; no claim"),
        F("Tofersen is a once-a-day capsule, so pack it in your hand luggage.",
          "misreported", ["wrong-fact"], VALOR,
          "§7d tofersen is given intrathecally (100 mg), 8 doses over 24 weeks in VALOR"),
        M("Talk to your neurology team before booking, because tofersen is given as an injection into the spinal fluid on a set schedule.",
          "§7d intrathecal dosing"),
        F("Low-dose interleukin-2 is now a licensed MND treatment in the UK, so you may be offered it there.",
          "misreported", ["wrong-fact"], MIRO,
          "§1 CSG: 'no realistic prospect' of NHS availability; §9 no registered phase 3; undated page -> misreported"),
        M("Policies do not cover travel to join clinical trials, such as trials of low-dose interleukin-2 or Treg cell therapy.",
          "insurance terms; trials exist (§1, §3)"),
        M("Our medical screening team knows that most people with ALS live two to five years after diagnosis, and that about 10% live more than ten years.",
          "§8 2-5 years; ~10% >10 years quoted (estimates vary 2-20%)"),
    ])

# ---------------------------------------------------------------- 09
doc("09_bilingual-community-paper_china-america.txt", "bilingual Chinese-English community paper", "2022-08-25", "25 August 2022",
    M("渐冻人症新希望 / New hope for ALS patient from Beijing and America", "headline; 'hope' not a checkable claim"),
    [
        M("ALS, in Chinese we say 'frozen people disease', is making the motor nerve die step by step.", "general description"),
        M("In Beijing, Peking University Third Hospital is doing a study giving low-dose IL-2 every other day, by injection under the skin.",
          "§5 NCT04952155: 1 MIU subcutaneously every other day"),
        F("This study is taking the normal ALS patients, so every ALS family can hope from it.",
          "overstated", ["population-overgeneralised"], PEKING,
          "§5 enrols 'immune-associated ALS syndrome' incl. MMN and other immune-mediated mimics, not typical ALS"),
        F("The study is big, with more than three hundred patients joined.",
          "misreported", ["wrong-fact"], PEKING,
          "§5 estimated enrolment 13 (description says 10)"),
        E("Doctor team already show the IL-2 make the patients stop getting worse.",
          "overstated", ["early-phase-as-efficacy"], PEKING,
          "§5 no published results found (treat claimed results as UNVERIFIED); open-label single-arm cannot show efficacy"),
        M("It is open-label study without placebo, so the doctor and patient both know who get the medicine.",
          "§5 open-label, single group, no placebo"),
        F("In Europe, a bigger IL-2 study named MIROCALS finish already, but the result is not announce yet.",
          "outdated", ["superseded"], MIRO,
          "§1 completed July 2021, no results by Aug 2022 (true then); top-line announced 8 Dec 2022",
          since="2022-12", event=EV_MIRO_TOP),
        F("From America, the medicine AMX0035 (Relyvrio) is still waiting for the FDA decision.",
          "outdated", ["superseded"], CENTAUR,
          "§7c true in Aug 2022; FDA approved 29 Sep 2022 (and the drug was later withdrawn, April 2024)",
          since="2022-09", event=EV_RELY_APP),
        M("In its trial CENTAUR with 137 patients, the function of patients decline more slow than placebo.",
          "§7c CENTAUR n=137, slope difference P=0.03"),
        F("Also for the gene type SOD1, there is still no medicine approved, but the drug tofersen is in study.",
          "outdated", ["superseded"], VALOR,
          "§7d true in Aug 2022; FDA accelerated approval 25 April 2023",
          since="2023-04", event=EV_TOF),
        M("SOD1 type is only about 2 in 100 ALS patients.", "§8/§7d SOD1 ~2% of ALS"),
        F("Riluzole, the old medicine, can make life more long about 2 to 3 years.",
          "misreported", ["wrong-fact"], RILU94,
          "§7a Cochrane: ~2-3 months median gain, not years"),
        M("Edaravone is approve in America since 2017, but in Europe the company took back the application.",
          "§7b FDA May 2017; EMA application withdrawn May 2019"),
        M("Our community association will hold information evening in Chinatown library on 10 September, with translator.", "off-topic"),
        M("Please remember: research is hope, but not yet cure.", "§10 no cure"),
    ])

# ---------------------------------------------------------------- 10
doc("10_whatsapp-group-summary_immune-news.txt", "patient WhatsApp group weekly summary", "unknown", "(no date shown)",
    M("ALS Warriors 💬 weekly summary (admin notes)", "no claim"),
    [
        M("Hi all, here's the round-up of what people shared this week 👇", "no claim"),
        M("Jen posted the Nature paper from La Jolla and Columbia about T cells reacting to the C9orf72 protein in ALS.",
          "§6 Michaelis et al., Nature 2025; LJI/Columbia"),
        F("Big takeaway: it proves ALS is an autoimmune disease and we finally know the cause!!",
          "overstated", ["certainty-inflated", "correlation-as-causation", "sensational"], NATURE,
          "§6 autoimmune component claimed; correlational; causality not established"),
        M("They only looked at blood from 40 people with ALS and 28 without, so it's early days.", "§6 40 patients, 28 controls"),
        E("Apparently patients whose T cells made more IL-10 actually lived longer.",
          "overstated", ["correlation-as-causation", "wrong-fact"], NATURE,
          "§6 IL-10 responses higher with longer *predicted* (model-based) survival, not observed survival; borderline paraphrase"),
        F("Marco shared that COYA 302 stopped ALS progression in the first trial.",
          "overstated", ["early-phase-as-efficacy"], COYA1,
          "§9 phase 1 open-label, 4 patients, no control; slope -0.13/month uncontrolled"),
        M("That trial only had 4 patients and no placebo group, so we can't really tell yet.", "§9 COYA 302 phase 1, n=4, no control"),
        F("The bigger COYA trial, ALSTARS, has already finished and shown it works.",
          "misreported", ["wrong-fact"], ALSTARS,
          "§9 ALSTARS started Oct 2025, est. completion Jul 2027, no efficacy results; undated page -> misreported"),
        F("Someone asked about RAPA-501: it's listed as 'phase 2/3' so it must be basically proven.",
          "overstated", ["early-phase-as-efficacy", "certainty-inflated"], RAPA,
          "§9 open-label, non-randomised expansion cohort; no efficacy results (pattern 14)"),
        M("Sam corrected that: the phase 2/3 part is open-label with no randomisation and no efficacy results yet.",
          "§9 correct; quoted-and-corrected"),
        M("Reminder that Relyvrio isn't available any more in the US or Canada; Amylyx pulled it in April 2024.",
          "§7c withdrawn 4 April 2024"),
        M("Also, Qalsody is only for people with an SOD1 mutation, so ask your neuro about genetic testing.", "§7d SOD1-ALS only"),
        F("Tofersen is basically a cure for SOD1 ALS, the trial showed patients got their function back.",
          "overstated", ["sensational", "certainty-inflated"], VALOR,
          "§7d VALOR primary endpoint not significant (1.2 points, P=0.97); approval on plasma NfL"),
        M("Next call is Thursday 7pm, link in the group description 🙏", "off-topic"),
    ])

# ---------------------------------------------------------------- 11
doc("11_student-essay_als-immunity.txt", "undergraduate student essay", "2019-03-14", "14 March 2019",
    M("Is ALS an immune disease? An essay for BIOL 2043 (Immunology in Health and Disease)", "question headline"),
    [
        M("Amyotrophic lateral sclerosis (ALS) is a neurodegenerative disease in which motor neurons die, and most patients die within two to five years of diagnosis (CDC, 2018).",
          "§8 CDC MMWR 2018: 2-5 years"),
        M("Several lines of evidence suggest that the immune system, and regulatory T cells (Tregs) in particular, may influence how quickly the disease progresses.",
          "§4 hedged"),
        M("Beers et al. (2011) found about 31% fewer Tregs in rapidly progressing patients than in slowly progressing ones.",
          "§4 Beers 2011 Brain: 31% fewer, P=0.02"),
        F("Sheean et al. (2018), writing in Nature Neuroscience, studied 33 patients and 38 healthy controls.",
          "misreported", ["wrong-fact"], SHEEAN,
          "§4 Sheean et al. 2018 is in JAMA Neurology; 33 vs 38 is right"),
        M("They found that patients with more Tregs tended to progress more slowly.", "§4 Tregs correlated with slower progression"),
        F("They also showed that expanding Tregs extends survival in ALS patients, which makes Treg therapy a proven option.",
          "overstated", ["animal-to-human", "certainty-inflated"], SHEEAN,
          "§4 survival extension was in SOD1-G93A mice; human data correlational"),
        M("Thonhoff et al. (2018) gave expanded Tregs to three patients and found the infusions safe, although without a control group efficacy could not be judged.",
          "§3 phase 1, N=3, safe, no control"),
        F("A larger trial of low-dose IL-2 added to riluzole, MIROCALS, is under way in the UK and France, and its results are not expected for some years.",
          "outdated", ["superseded"], MIRO,
          "§1 ran 2017-2021 (true in March 2019); top-line results 8 Dec 2022, Lancet 9 May 2025",
          since="2022-12", event=EV_MIRO_TOP),
        F("Current treatment options remain limited: riluzole is the only licensed ALS drug in the United States.",
          "misreported", ["wrong-fact"], EDA,
          "§7b FDA approved edaravone 5 May 2017, already before the essay date (March 2019)"),
        F("Edaravone, approved in the US in 2017, is currently under review by the European Medicines Agency.",
          "outdated", ["superseded"], EDA,
          "§7b under EMA assessment in March 2019; application withdrawn 24 May 2019",
          since="2019-05", event=EV_EDA_EMA),
        M("Its pivotal trial was in a selected group of early, fast-declining Japanese patients, so it may not apply to all patients.",
          "§7b enriched Japanese population (pattern 13)"),
        F("Therefore, because Tregs are lower in fast progressors, low Tregs must be what causes ALS.",
          "overstated", ["correlation-as-causation"], BEERS11,
          "§4 Beers 2011 is an association between Treg numbers and progression rate"),
        M("In conclusion, the evidence points to an immune contribution to ALS, but controlled trials are needed before immune therapies can be recommended.",
          "§4/§3 hedged, consistent"),
        M("References are listed in APA format on the following page.", "no claim"),
    ])

# ---------------------------------------------------------------- 12
doc("12_veterinary-blog_il2-tregs-lookalike.txt", "veterinary clinic blog (other-disease look-alike)", "unknown", "(no date shown)",
    M("Regulatory T cells and low-dose IL-2: a new idea in veterinary immunology", "look-alike; other species/diseases"),
    [
        M("At Riverbend Veterinary Hospital we are often asked about new immune treatments for dogs and cats.", "off-topic"),
        M("Regulatory T cells, or Tregs, are white blood cells that help keep the immune system from attacking the body's own tissues.",
          "general immunology; no ALS claim"),
        M("In people, low doses of interleukin-2 have been studied as a way to boost Tregs in autoimmune conditions such as lupus and type 1 diabetes.",
          "look-alike: other diseases, outside dossier scope"),
        M("High doses of the same molecule have long been used against some cancers, where the aim is the opposite: to stimulate immune attack.",
          "look-alike: cancer, outside dossier scope"),
        M("In dogs, researchers are exploring whether similar approaches could help immune-mediated conditions, but no such treatment is licensed for pets.",
          "look-alike: veterinary, outside dossier scope"),
        M("Low-dose IL-2 reversed diabetes in laboratory mice, so it will surely work for your dog too.",
          "look-alike overstatement about another disease and species; outside the ALS dossier -> must stay silent"),
        M("Some canine cancer studies have tested IL-2-based treatments, and results so far have been mixed.", "look-alike; outside dossier"),
        M("Human researchers have also tested Tregs and low-dose IL-2 in the nerve disease ALS, with a large trial reported in 2025 whose results still need confirming.",
          "§1 MIROCALS Lancet 2025; CSG: needs confirmation"),
        M("Dogs get a somewhat similar spinal cord disease, degenerative myelopathy, which has been linked to the SOD1 gene.",
          "look-alike: canine disease, outside dossier scope"),
        M("A drug approved for people with SOD1-linked ALS, tofersen, is not licensed for dogs.", "§7d tofersen SOD1-ALS; veterinary part outside dossier"),
        M("Side effects of IL-2 in animals can include fever, vomiting and low blood pressure at higher doses.", "look-alike; outside dossier"),
        M("Cats with chronic gum inflammation are another group in which immune treatments are being explored.", "look-alike; outside dossier"),
        M("Please do not give your pet any human immune medicine without talking to your vet.", "advice; no claim"),
        M("Ask at reception for our leaflet on immune-mediated disease in dogs.", "off-topic"),
    ])


def main():
    out = []
    for d in DOCS:
        lines = [d["headline"]["sentence"], d["date_line"]] + [e["sentence"] for e in d["expect"]]
        with open(os.path.join(HERE, d["file"]), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        out.append({"file": d["file"], "origin": "synthetic", "kind": d["kind"], "published": d["published"],
                    "expect": [d["headline"]] + d["expect"]})
    with open(os.path.join(HERE, "EXPECTATIONS.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(out, fh, allow_unicode=True, sort_keys=False, width=4096)
    print("wrote", len(DOCS), "documents")


if __name__ == "__main__":
    main()
