// The list of a text's or a tab's findings: one entry per distinct flag (a sentence repeated on the
// page is listed once, "appears 2× on this page"), its sentence at body size, its reasons as plain
// labels, and on expansion what the source found and the study. Page text is rendered as text.
import { i18n } from '#i18n';
import type { FindingView, ReadingLevel } from '../messaging/types';
import { cardModel, groupDuplicates } from './card-model';
import { CardBody } from './FindingCard';

export interface ListedFinding extends FindingView {
  /** False when the sentence could not be anchored in the page: listed, not highlighted. */
  painted?: boolean;
  anchored?: boolean;
}

export interface FindingsListProps {
  findings: ListedFinding[];
  level: ReadingLevel;
  /** Show / go to a finding (index into `findings`). */
  onPick?: (i: number) => void;
  /** The pick button's words: "Show in page", "Show card". */
  pickLabel?: string;
  /** "This flag is wrong" (index into `findings`). */
  onWrong?: (i: number) => void;
  selected?: number;
  /** Where duplicates were found: in a page or in pasted text. */
  where?: 'page' | 'text';
}

export function FindingsList({ findings, level, onPick, pickLabel, onWrong, selected, where = 'page' }: FindingsListProps) {
  if (!findings.length) return <p className="empty">{i18n.t('list.none')}</p>;
  const groups = groupDuplicates(findings.map((f, i) => ({ ...f, i })));
  return (
    <ol className="findings">
      {groups.map(({ first: f, all }) => {
        const m = cardModel(f);
        const i = f.i;
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: a mouse shortcut for the item's own Show button, which keyboards use.
          <li
            key={`${f.start}-${f.end}-${f.claim}`}
            className={`finding${all.some((x) => x.i === selected) ? ' selected' : ''}`}
            data-verdict={f.verdict}
            data-claim={f.claim}
            data-count={all.length}
            onClick={
              onPick
                ? (e) => !(e.target as Element).closest('button, a, summary, details, input, textarea') && onPick(i)
                : undefined
            }
          >
            <p className="item-head">
              <span className={`verdict verdict-${m.verdict}`}>{m.verdictWord}</span>
              {all.length > 1 && (
                <span className="dupes">
                  {i18n.t(where === 'page' ? 'list.appearsOnPage' : 'list.appearsInText', [String(all.length)])}
                </span>
              )}
            </p>
            <p className="sentence">{m.sentence}</p>
            {m.reasons.length > 0 && (
              <ul className="reason-list" aria-label={i18n.t('list.why')}>
                {m.reasons.map((r) => (
                  <li key={r.code} className="reason" data-code={r.code}>
                    {r.label}
                  </li>
                ))}
              </ul>
            )}
            <details className="more">
              <summary>{i18n.t('list.sourceFound')}</summary>
              {m.reasons.length > 0 && (
                <ul className="reason-details">
                  {m.reasons.map((r) => (
                    <li key={r.code}>{r.detail}</li>
                  ))}
                </ul>
              )}
              <CardBody finding={f} level={level} reasons={false} />
            </details>
            <p className="source-ids">{f.sources.join(' · ')}</p>
            {f.anchored === false && <p className="note">{i18n.t('list.notHighlighted')}</p>}
            {(onPick || onWrong) && (
              <p className="item-actions">
                {onPick && f.anchored !== false && (
                  <button type="button" className="show" onClick={() => onPick(i)}>
                    {pickLabel ?? i18n.t('list.showCard')}
                  </button>
                )}
                {onWrong && (
                  <button type="button" className="wrong" onClick={() => onWrong(i)}>
                    {i18n.t('list.wrong')}
                  </button>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
