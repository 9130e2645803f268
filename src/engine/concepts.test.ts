import { describe, expect, it } from 'vitest';
import { mentions } from './concepts';

describe('cell-therapy concept', () => {
  it.each(['Patients received infusions of their own expanded Tregs.', 'The cells were infused every month.'])(
    'reads a cell product given: %s',
    (s) => expect(mentions(s, 'cell-therapy')).toBe(true),
  );
  it.each(['Edaravone is administered by intravenous infusion only.', 'Radicava IV infusions take an hour.'])(
    'does not read how a drug is given as a cell product: %s',
    (s) => expect(mentions(s, 'cell-therapy')).toBe(false),
  );
});
