// A paper cited by journal and year where no study in the record appeared in that journal that year, but one on the
// same topic appeared in that journal and another appeared that year: "In 2017, the Houston team showed in JAMA
// Neurology that Tregs from ALS patients are faulty" (Beers et al. 2017 was in JCI Insight; the JAMA Neurology paper is
// Sheean et al. 2018), "Riluzole's first pivotal trial, published in The Lancet in 1994" (the 1994 trial was in the
// NEJM; The Lancet's is the 1996 one). Two papers run together: the sentence misreports whichever it means. Part of the
// wrong-fact rule (a record check); journals and years come from the claims files.
import type { SourceFile } from '../../claims/schema';
import { yearsIn } from '../study-years';
import { statedJournals } from './journal-facts';
import type { RuleInput, RuleOutcome } from './types';

/** The year a study's paper appeared. */
const paperYear = (src: SourceFile) => (src.status.dates.published ?? '').slice(0, 4) || undefined;

/** A study's name without the journal its name may carry in brackets. */
const bare = (src: SourceFile) => src.name.replace(/\s*\([^)]*\)\s*$/, '');

/** Do two studies share a topic (the treatment or cells they are about)? */
const shareTopic = (a: SourceFile, b: SourceFile) => a.topics.some((t) => t !== 'als' && b.topics.includes(t));

export function checkCitationPair(input: RuleInput): RuleOutcome {
  const { s, source, via, doc } = input;
  if (via === 'standalone') return null;
  const years = [...new Set(yearsIn(s.text))];
  if (years.length !== 1) return null;
  const journals = statedJournals(s.text, doc.journals).filter((j) => j.studies.length > 0);
  if (journals.length !== 1) return null;
  const year = years[0]!;
  const journal = journals[0]!;
  // The journal's papers on this study's topic; one of that year makes the citation right.
  const inJournal = journal.studies.filter((o) => shareTopic(o, source));
  if (inJournal.length === 0 || inJournal.some((o) => paperYear(o) === year)) return null;
  // A paper of that year on the same topic, in another journal.
  const all = new Set(doc.journals.flatMap((j) => j.studies));
  const ofYear = [...all].find((o) => paperYear(o) === year && o.journal?.name !== journal.name && shareTopic(o, source));
  if (!ofYear) return null;
  const other = inJournal[0]!;
  return {
    fired: `No paper on this appeared in ${journal.name} in ${year}: ${bare(ofYear)} appeared in ${ofYear.journal!.name} in ${year}, and ${bare(other)} in ${journal.name} in ${paperYear(other)}.`,
    alsoCites: [ofYear.id, other.id].filter((id) => id !== source.id),
  };
}
