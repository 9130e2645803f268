// Puts the shared verdict colours (src/ui/verdict-style.ts) into an extension page, once.
import { verdictCss } from '../verdict-style';

export function applyVerdictStyles(doc: Document): void {
  if (doc.getElementById('trialtrace-verdicts')) return;
  const style = doc.createElement('style');
  style.id = 'trialtrace-verdicts';
  style.textContent = verdictCss();
  doc.head.append(style);
}
