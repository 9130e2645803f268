import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import type { Cue, CueKind } from './types';

const cue = (kind: CueKind, text: string, index: number, negated = false): Cue => ({ kind, text, index, negated });

describe('decide', () => {
  it('is none without relationship cues', () => {
    expect(decide([]).label).toBe('none');
    expect(decide([cue('hedge', 'may', 0)]).label).toBe('none');
  });
  it('is conditional when a hedge comes shortly before a causal cue', () => {
    expect(decide([cue('hedge', 'may', 5), cue('causal', 'reduce', 9)]).label).toBe('conditional');
  });
  it('ignores a hedge after the causal cue or too far before it', () => {
    expect(decide([cue('causal', 'reduces', 5), cue('hedge', 'possibly', 20)]).label).toBe('causal');
    expect(decide([cue('hedge', 'may', 0), cue('causal', 'reduces', 200)]).label).toBe('causal');
  });
  it('lets the first of causal/correlational decide', () => {
    expect(decide([cue('correlational', 'associated', 3), cue('causal', 'improves', 40)]).label).toBe('correlational');
    expect(decide([cue('causal', 'improves', 3), cue('correlational', 'associated', 40)]).label).toBe('causal');
  });
  it('uses weak and change cues only as fallbacks', () => {
    expect(decide([cue('change', 'increase', 3), cue('causal', 'improves', 40)]).label).toBe('causal');
    expect(decide([cue('change', 'increase', 3)]).label).toBe('correlational');
    expect(decide([cue('causal-weak', 'effective', 3)]).label).toBe('causal');
  });
  it('lets a recommendation anywhere make the sentence none', () => {
    expect(decide([cue('causal', 'improves', 3), cue('recommendation', 'should', 40)]).label).toBe('none');
  });
  it('reads a negated difference as a (negated) comparison: correlational', () => {
    expect(decide([cue('correlational', 'differences in', 3, true)]).label).toBe('correlational');
  });
});
