// Build-time transform: React DOM's only assignment of a variable to `innerHTML` is the
// `dangerouslySetInnerHTML` prop. TrialTrace never uses that prop (page text is rendered as text,
// never as HTML), so the shipped bundle should not contain the sink at all: each assignment is
// replaced by a throw. This removes the code path `web-ext lint` warns about (UNSAFE_VAR_ASSIGNMENT)
// instead of hiding the warning, and turns any future use of the prop into a loud error.
import type { Plugin } from 'vite';

/** React DOM's client renderer, the file that holds the sink (production and development builds). */
const REACT_DOM_CLIENT = /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.(production|development)\.js$/;
/** The assignment as React DOM 19 writes it, once for elements and once for custom elements. */
const SINK = /\(domElement\.innerHTML = (\w+)\)/g;
const REPLACEMENT = '(() => { throw Error("TrialTrace: dangerouslySetInnerHTML is disabled in this build"); })()';

/** Replaces every sink in React DOM's source; throws when none is found (React changed: revisit). */
export function removeInnerHtmlSink(code: string, id = 'react-dom-client'): string {
  let count = 0;
  const out = code.replace(SINK, () => {
    count++;
    return REPLACEMENT;
  });
  if (count === 0 && /\.innerHTML = \w/.test(code)) {
    throw new Error(`${id}: React DOM's innerHTML assignment changed shape; update src/build/react-dom-no-inner-html.ts`);
  }
  return out;
}

export function reactDomNoInnerHtml(): Plugin {
  return {
    name: 'trialtrace:react-dom-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!REACT_DOM_CLIENT.test(id)) return null;
      return { code: removeInnerHtmlSink(code, id), map: null };
    },
  };
}
