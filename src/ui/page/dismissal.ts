// The key a "This flag is wrong" dismissal is stored under, per page: the claim and the sentence as
// one line, so the same flag stays hidden when the page is reloaded.
import { oneLine } from '../one-line';

export function dismissalKey(f: { claim: string; text: string }): string {
  return `${f.claim}|${oneLine(f.text)}`;
}

/** The page a dismissal belongs to: the URL without its fragment. */
export function dismissalPage(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}
