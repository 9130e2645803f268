// One set of verdict colours for every view: the in-page card (shadow root), the popup, side panel,
// checker and options (React pages), and the page highlights (entrypoints/content/highlights.css,
// which a test keeps identical to HIGHLIGHT below). Pure data and strings: the content script uses it.
import type { Verdict } from '../engine/verdicts';

export const VERDICTS_SHOWN: readonly Verdict[] = ['misreported', 'overstated', 'outdated', 'supported'];

/** Label background (white text on it, WCAG AA) and the card's left border. */
export const VERDICT_COLOUR: Record<Verdict, string> = {
  overstated: '#8f5500',
  misreported: '#b3261e',
  outdated: '#5b4bc4',
  supported: '#2e7d4f',
};

export interface HighlightStyle {
  /** Translucent background: page text stays readable over it on white and on dark pages. */
  background: string;
  /** The underline that marks the flag (3:1 against white and dark pages). */
  line: string;
  lineStyle: 'wavy' | 'dotted' | 'solid';
}

/**
 * Highlight colours by verdict. `alt` paints the second of two adjacent flags of one verdict so that
 * each claim reads as its own block (a lighter background and a straight underline).
 */
export const HIGHLIGHT: Record<Verdict, HighlightStyle & { alt: HighlightStyle }> = {
  overstated: {
    background: 'rgba(255, 176, 32, 0.45)',
    line: '#c77700',
    lineStyle: 'wavy',
    alt: { background: 'rgba(255, 206, 110, 0.30)', line: '#c77700', lineStyle: 'solid' },
  },
  misreported: {
    background: 'rgba(240, 80, 80, 0.38)',
    line: '#d0302f',
    lineStyle: 'wavy',
    alt: { background: 'rgba(250, 150, 150, 0.28)', line: '#d0302f', lineStyle: 'solid' },
  },
  outdated: {
    background: 'rgba(150, 130, 240, 0.38)',
    line: '#7a68e0',
    lineStyle: 'dotted',
    alt: { background: 'rgba(190, 175, 250, 0.28)', line: '#7a68e0', lineStyle: 'solid' },
  },
  supported: {
    background: 'rgba(60, 180, 110, 0.25)',
    line: '#2e9a5a',
    lineStyle: 'solid',
    alt: { background: 'rgba(120, 210, 160, 0.18)', line: '#2e9a5a', lineStyle: 'dotted' },
  },
};

function highlightRule(selector: string, s: HighlightStyle): string {
  return `${selector} { background-color: ${s.background}; text-decoration: underline ${s.lineStyle} ${s.line}; text-decoration-thickness: 2px; }`;
}

/** The ::highlight() rules of the content script (kept in highlights.css; a test compares them). */
export function highlightCss(): string {
  const out: string[] = [];
  for (const v of VERDICTS_SHOWN) {
    out.push(highlightRule(`::highlight(trialtrace-${v})`, HIGHLIGHT[v]));
    out.push(highlightRule(`::highlight(trialtrace-${v}-alt)`, HIGHLIGHT[v].alt));
  }
  out.push('::highlight(trialtrace-pulse) { background-color: rgba(31, 111, 235, 0.45); }');
  return out.join('\n');
}

/** Verdict labels, card borders, legend swatches and <mark>s, for the shadow root and the pages. */
export function verdictCss(): string {
  const out: string[] = [];
  for (const v of VERDICTS_SHOWN) {
    out.push(`.verdict-${v} { background: ${VERDICT_COLOUR[v]}; color: #fff; }`);
    out.push(`.card.verdict-border-${v}, .verdict-border-${v} { border-left-color: ${VERDICT_COLOUR[v]}; }`);
    out.push(highlightRule(`mark.hl-${v}, .swatch-${v}`, HIGHLIGHT[v]));
    out.push(highlightRule(`mark.hl-${v}.alt`, HIGHLIGHT[v].alt));
  }
  return out.join('\n');
}

/** Only what the in-page card needs (labels and borders), compact: it ships in the content script. */
export function cardVerdictCss(): string {
  return VERDICTS_SHOWN.map(
    (v) => `.verdict-${v}{background:${VERDICT_COLOUR[v]}}.verdict-border-${v}{border-left-color:${VERDICT_COLOUR[v]}}`,
  ).join('');
}
