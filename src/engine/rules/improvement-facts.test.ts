import { describe, expect, it } from 'vitest';
import { checkText } from '../index';

const flagOn = (text: string, sentence: string, published?: string) =>
  checkText(text, { published, today: '2026-12-05' })
    .filter((f) => f.verdict !== 'supported')
    .find((f) => sentence.includes(f.text) || f.text.includes(sentence));
const page = (line: string) => `Edaravone approved\nRadicava (edaravone) was tested in the MCI186-19 trial.\n${line}\n`;

describe('function told as improved where every arm declined', () => {
  it.each([
    'The researchers found that patients given Radicava got better compared with those given a placebo.',
    "In the trial, edaravone improved patients' everyday function.",
    'Patients on edaravone regained some of their lost abilities.',
  ])('fires: %s', (line) => {
    const f = flagOn(page(line), line, '2018-06-02');
    expect(f?.verdict).toBe('misreported');
    expect(f?.reasons.map((r) => r.message).join(' ')).toMatch(/slowed the decline/);
  });
  it.each([
    'Edaravone slowed the decline in daily function by a third.',
    'Edaravone improved scores compared with placebo on the ALSFRS-R.',
    'Patients did not get better; they declined more slowly.',
    'After two years the medication has let her regain some mobility.',
    'Doctors hope the drug could improve function.',
  ])('stays silent: %s', (line) =>
    expect(flagOn(page(line), line, '2018-06-02')?.reasons.map((r) => r.code) ?? []).not.toContain('wrong-fact'),
  );
});

describe('hype: triumphing over the disease', () => {
  it('reads "Radicava triumphs over ALS" as sensational', () => {
    const line = 'Radicava triumphs over ALS';
    expect(flagOn(page(line), line, '2018-06-02')?.reasons.map((r) => r.code)).toContain('sensational');
  });
});
