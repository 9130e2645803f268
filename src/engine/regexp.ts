// Building regular expressions from data (study names, descriptors, sentences to locate).

/** The text with every regular-expression metacharacter escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiledCache = new Map<string, RegExp>();
/** A regular expression built from the claims data (a name, a place, a form), compiled once: the rules ask for
 * the same few patterns on every sentence they check. Never pass a pattern built from page text: the cache would
 * grow with the page. Non-global flags only, so a shared instance keeps no state between tests. */
export function compiled(pattern: string, flags = ''): RegExp {
  const key = `${flags}/${pattern}`;
  let re = compiledCache.get(key);
  if (!re) compiledCache.set(key, (re = new RegExp(pattern, flags)));
  return re;
}
