// Options: which verdicts to highlight, show supported, per-site disable, reading level.
import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { clearDismissals, dismissalCount } from '../../messaging/dismissals';
import type { Settings } from '../../messaging/types';
import { verdictMeaning, verdictWord } from '../format';
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
  const [hidden, setHidden] = useState<number | null>(null);
  useEffect(() => void dismissalCount().then(setHidden), []);
  const toggle = (v: Settings['highlight'][number], on: boolean) =>
    apply({ highlight: on ? [...new Set([...s.highlight, v])] : s.highlight.filter((x) => x !== v) });
  return (
    <main className="options">
      <h1>{i18n.t('options.title')}</h1>
      <fieldset>
        <legend>{i18n.t('options.highlight')}</legend>
        {FLAGS.map((v) => (
          <label key={v} className="row">
            <input
              type="checkbox"
              name={`highlight-${v}`}
              checked={s.highlight.includes(v)}
              onChange={(e) => toggle(v, e.target.checked)}
            />{' '}
            {verdictWord(v)} <span className="hint">— {verdictMeaning(v)}</span>
          </label>
        ))}
        <label className="row">
          <input
            type="checkbox"
            name="showSupported"
            checked={s.showSupported}
            onChange={(e) => apply({ showSupported: e.target.checked })}
          />{' '}
          {i18n.t('options.showSupported')} <span className="hint">— {verdictMeaning('supported')}</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.explanations')}</legend>
        {(['plain', 'precise'] as const).map((l) => (
          <label key={l} className="row">
            <input
              type="radio"
              name="readingLevel"
              value={l}
              checked={s.readingLevel === l}
              onChange={() => apply({ readingLevel: l })}
            />{' '}
            {l === 'plain' ? i18n.t('options.plain') : i18n.t('options.precise')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.sitesOff')}</legend>
        {s.disabledSites.length === 0 && <p className="hint">{i18n.t('options.none')}</p>}
        <ul className="sites">
          {s.disabledSites.map((h) => (
            <li key={h}>
              {h}{' '}
              <button type="button" onClick={() => void setSiteDisabled(h, false)}>
                {i18n.t('options.turnBackOn')}
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
          <input
            aria-label={i18n.t('options.siteLabel')}
            placeholder="example.com"
            value={site}
            onChange={(e) => setSite(e.target.value)}
          />{' '}
          <button type="submit">{i18n.t('options.turnOff')}</button>
        </form>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.wrongFlags')}</legend>
        <p role="status">
          {hidden === null ? '…' : hidden === 0 ? i18n.t('options.noneHidden') : i18n.t('options.hiddenCount', hidden)}
        </p>
        {!!hidden && (
          <button type="button" onClick={() => void clearDismissals().then(() => setHidden(0))}>
            {i18n.t('options.showAgain')}
          </button>
        )}
      </fieldset>
      <p className="hint">{i18n.t('options.noNetwork')}</p>
    </main>
  );
}
