// The verdict colours and what each means, as painted in pages.
import { VERDICT_MEANING, VERDICT_WORD } from './format';
import { VERDICTS_SHOWN } from './verdict-style';

export function Legend({ showSupported = true }: { showSupported?: boolean }) {
  return (
    <details className="legend">
      <summary>What the colours mean</summary>
      <ul>
        {VERDICTS_SHOWN.filter((v) => showSupported || v !== 'supported').map((v) => (
          <li key={v}>
            <span className={`swatch swatch-${v}`}>{VERDICT_WORD[v]}</span> {VERDICT_MEANING[v]}
          </li>
        ))}
      </ul>
    </details>
  );
}
