// Cue patterns that need "any treatment the database knows" (better than <drug>, unlike <drug>): built
// from the lexicon's intervention concepts, which the claims files define, and rebuilt when it changes.
import { conceptDef, conceptsOfKind, lexiconVersion } from '../concepts';

/** A regex built from a template in which {TREATMENT} stands for any known treatment's names. */
export function withTreatments(template: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  let version = -1;
  return () => {
    if (!built || version !== lexiconVersion()) {
      const names = conceptsOfKind('intervention').flatMap((c) => conceptDef(c)?.patterns ?? []);
      // With no treatment defined the alternative can never match.
      built = new RegExp(template.replaceAll('{TREATMENT}', names.length ? `(?:${names.join('|')})` : '(?!)'), flags);
      version = lexiconVersion();
    }
    return built;
  };
}
