import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, over, parseColour, type Rgb } from './contrast';
import { HIGHLIGHT, VERDICT_COLOUR, VERDICTS_SHOWN, highlightCss } from './verdict-style';

// Typical pages: dark text on white, light text on a dark theme.
const WHITE: Rgb = [255, 255, 255];
const DARK: Rgb = [18, 18, 18];
const DARK_TEXT: Rgb = [34, 34, 34];
const LIGHT_TEXT: Rgb = [232, 232, 232];

describe('verdict colours', () => {
  it('computes WCAG contrast as the standard does', () => {
    expect(contrast(WHITE, [0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrast(WHITE, parseColour('#767676').rgb)).toBeCloseTo(4.54, 2);
  });

  for (const v of VERDICTS_SHOWN) {
    for (const [name, style] of [
      ['', HIGHLIGHT[v]],
      [' (adjacent flag)', HIGHLIGHT[v].alt],
    ] as const) {
      it(`${v}${name}: page text stays AA-readable over the highlight on white and dark pages`, () => {
        expect(contrast(DARK_TEXT, over(style.background, WHITE))).toBeGreaterThanOrEqual(4.5);
        expect(contrast(LIGHT_TEXT, over(style.background, DARK))).toBeGreaterThanOrEqual(4.5);
      });
      it(`${v}${name}: the underline that marks the flag is 3:1 against white and dark pages`, () => {
        const line = parseColour(style.line).rgb;
        expect(contrast(line, WHITE)).toBeGreaterThanOrEqual(3);
        expect(contrast(line, DARK)).toBeGreaterThanOrEqual(3);
      });
    }
    it(`${v}: the label's white text is AA on its colour`, () => {
      expect(contrast(WHITE, parseColour(VERDICT_COLOUR[v]).rgb)).toBeGreaterThanOrEqual(4.5);
    });
    it(`${v}: a flag and the adjacent flag look different`, () => {
      const a = HIGHLIGHT[v];
      expect(a.background !== a.alt.background || a.lineStyle !== a.alt.lineStyle).toBe(true);
      expect(a.lineStyle).not.toBe(a.alt.lineStyle);
    });
  }

  it("the content script's highlights.css is exactly the palette's rules", () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../entrypoints/content/highlights.css'), 'utf8');
    const rules = css.split('\n').filter((l) => l.startsWith('::highlight('));
    expect(rules.join('\n')).toBe(highlightCss());
  });
});
