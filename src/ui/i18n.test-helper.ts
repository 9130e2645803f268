// For unit tests of views: the fake browser's i18n.getMessage answers from locales/en.yml, as the
// real browser answers from the compiled _locales/en/messages.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { fakeBrowser } from 'wxt/testing/fake-browser';

function flatten(o: Record<string, unknown>, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(o)) {
    const key = prefix ? `${prefix}_${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else if (v && typeof v === 'object') {
      const forms = Object.keys(v);
      // A plural: { 1: …, n: … } → "one | many", as @wxt-dev/i18n compiles it.
      if (forms.every((f) => /^(\d+|n)$/.test(f)))
        out[key] = forms.map((f) => String((v as Record<string, unknown>)[f])).join(' | ');
      else flatten(v as Record<string, unknown>, key, out);
    }
  }
  return out;
}

export const EN = flatten(parse(readFileSync(resolve(import.meta.dirname, '../../locales/en.yml'), 'utf8')));

export function useEnglishMessages(): void {
  (fakeBrowser.i18n as unknown as { getMessage: (k: string, s?: string[]) => string }).getMessage = (key, subs) => {
    const m = EN[key] ?? '';
    return m.replace(/\$(\d)/g, (_, d: string) => subs?.[Number(d) - 1] ?? '');
  };
}
