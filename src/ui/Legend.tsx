// The verdict colours and what each means, as painted in pages.
import { i18n } from '#i18n';
import { verdictMeaning, verdictWord } from './format';
import { VERDICTS_SHOWN } from './verdict-style';

export function Legend({ showSupported = true }: { showSupported?: boolean }) {
  return (
    <details className="legend">
      <summary>{i18n.t('legend.title')}</summary>
      <ul>
        {VERDICTS_SHOWN.filter((v) => showSupported || v !== 'supported').map((v) => (
          <li key={v}>
            <span className={`swatch swatch-${v}`}>{verdictWord(v)}</span> {verdictMeaning(v)}
          </li>
        ))}
      </ul>
    </details>
  );
}
