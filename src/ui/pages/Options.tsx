// Options: which verdicts to highlight, show supported, per-site disable, reading level.
import { useState } from 'react';
import type { Settings } from '../../messaging/types';
import { VERDICT_MEANING, VERDICT_WORD } from '../format';
import { useSettingsState } from './useSettings';

const FLAGS: Settings['highlight'] = ['overstated', 'misreported', 'outdated'];

export function Options() {
  const [s, apply] = useSettingsState();
  const setSiteDisabled = (host: string, off: boolean) => {
    const sites = s.disabledSites.filter((x) => x !== host);
    apply({ disabledSites: off ? [...sites, host] : sites });
    return Promise.resolve();
  };
  const [site, setSite] = useState('');
  const toggle = (v: Settings['highlight'][number], on: boolean) =>
    apply({ highlight: on ? [...new Set([...s.highlight, v])] : s.highlight.filter((x) => x !== v) });
  return (
    <main className="options">
      <h1>TrialTrace options</h1>
      <fieldset>
        <legend>Highlight in pages</legend>
        {FLAGS.map((v) => (
          <label key={v} className="row">
            <input type="checkbox" name={`highlight-${v}`} checked={s.highlight.includes(v)} onChange={(e) => toggle(v, e.target.checked)} />{' '}
            {VERDICT_WORD[v]} <span className="hint">— {VERDICT_MEANING[v]}</span>
          </label>
        ))}
        <label className="row">
          <input type="checkbox" name="showSupported" checked={s.showSupported} onChange={(e) => apply({ showSupported: e.target.checked })} />{' '}
          Also show supported sentences <span className="hint">— {VERDICT_MEANING.supported}</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Explanations</legend>
        {(['plain', 'precise'] as const).map((l) => (
          <label key={l} className="row">
            <input type="radio" name="readingLevel" value={l} checked={s.readingLevel === l} onChange={() => apply({ readingLevel: l })} />{' '}
            {l === 'plain' ? 'Plain words (for readers)' : 'Precise, with numbers (for journalists)'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sites where TrialTrace is off</legend>
        {s.disabledSites.length === 0 && <p className="hint">None.</p>}
        <ul className="sites">
          {s.disabledSites.map((h) => (
            <li key={h}>
              {h}{' '}
              <button type="button" onClick={() => void setSiteDisabled(h, false)}>
                Turn back on
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const h = site.trim().toLowerCase();
            if (h) void setSiteDisabled(h, true).then(() => setSite(''));
          }}
        >
          <input aria-label="Site to turn off" placeholder="example.com" value={site} onChange={(e) => setSite(e.target.value)} />{' '}
          <button type="submit">Turn off</button>
        </form>
      </fieldset>
      <p className="hint">TrialTrace makes no network requests: pages are checked on this computer against its own database.</p>
    </main>
  );
}
