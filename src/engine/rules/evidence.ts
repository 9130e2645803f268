// What kind of evidence a source is, in words a rule message can use. Only verified facts count.
import type { SourceFile } from '../../claims/schema';

/** A result that settles the question: a randomised phase 3 (or meta-analysis) that met its primary endpoint. */
export function isConfirmatory(source: SourceFile): boolean {
  const d = source.design;
  const met = source.primaryEndpoint?.met === true;
  return met && ((d.randomised && (d.phase === '3' || d.phase === '4')) || d.type === 'meta-analysis');
}

/** Small, early or uncontrolled: cannot show clinical efficacy. */
export function isEarlyPhase(source: SourceFile): boolean {
  const d = source.design;
  if (d.type === 'single-arm-trial') return true;
  if (d.type !== 'randomised-controlled-trial') return false;
  if (d.phase === '1' || d.phase === '1/2' || d.phase === '2a') return true;
  return d.control === 'none' || (d.n?.verified === true && d.n.value < 20);
}

export function sizeWords(source: SourceFile): string {
  const n = source.design.n;
  return n?.verified ? `${n.value} ${source.design.type === 'laboratory' ? 'donors' : 'participants'}` : 'a small group';
}

/** Why a source does not settle the matter, for messages ("…, but <why>"). */
export function whyUnconfirmed(source: SourceFile): string {
  const d = source.design;
  if (source.primaryEndpoint?.met === false) {
    const what = source.primaryEndpoint.description.replace(/\.$/, '').replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
    return `${source.name} missed its primary endpoint (${what})`;
  }
  if (d.associationOnly) return `${source.name} found an association (${sizeWords(source)}), which cannot show cause`;
  if (isEarlyPhase(source)) {
    // A registry may relabel an open-label cohort "phase 2/3"; the design, not the label, makes it early.
    const phase = d.phase && !['2/3', '3', '4'].includes(d.phase) ? `phase ${d.phase} ` : '';
    const arm = d.type === 'single-arm-trial' ? 'single-arm ' : '';
    const control = d.control === 'none' ? ', without a control group' : '';
    return `${source.name} was an early ${phase}${arm}study of ${sizeWords(source)}${control}`;
  }
  if (d.type === 'animal') return `${source.name} was a study in animals`;
  return `${source.name}'s result has not been confirmed`;
}
