/**
 * "Say it gently" in the popup: the page's message with a rewrite for every finding, as a before/after (removed
 * words struck through, added words marked), the tone before and after, a choice per phrase ("Keep as written"
 * included), the text to edit, and "Use this message", which the page applies in one step.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { analyze, sayItGently } from '../engine';
import type { AnalyzeOptions } from '../engine/types';
import type { ApplyResult } from '../messaging/protocol';
import { KEEP_AS_WRITTEN, alternativeName, choosableSteps, phraseName } from '../ui/gentle-choices';
import { Button } from '../ui/Button';
import { MarkedParts } from '../ui/MarkedPreview';
import { t } from '../ui/i18n';
import { diffMessage } from '../ui/preview';
import { Status } from '../ui/Status';
import { toneName } from '../ui/tone-name';

export interface GentlePreviewProps {
  /** The page's message as analysed. */
  text: string;
  options: AnalyzeOptions;
  /** The findings the page shows; any other (put aside there with "Not now") stays as written. */
  shown: readonly string[];
  onUse(original: string, text: string): Promise<ApplyResult>;
  onClose(): void;
}

export function GentlePreview({ text, options, shown, onUse, onClose }: GentlePreviewProps) {
  const id = useId();
  const [choices, setChoices] = useState<Record<string, number>>({});
  const [kept, setKept] = useState<readonly string[]>([]);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const keep = useMemo(() => analyze(text, options).findings.filter((f) => !shown.includes(f.id)).map((f) => f.id), [text, options, shown]);
  const gentle = useMemo(() => sayItGently(text, options, { choices, keep: [...keep, ...kept] }), [text, options, choices, keep, kept]);
  const result = draft ?? gentle.text;
  const toneAfter = useMemo(() => (draft === null ? gentle.toneAfter : analyze(draft, options).tone), [draft, gentle, options]);
  const parts = useMemo(() => diffMessage(text, result), [text, result]);

  // Focus moves into the preview, which shows from its top: the before/after comes first.
  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
    dialog.current?.scrollIntoView({ block: 'start' });
  }, []);

  const pick = (findingId: string, index: number): void => {
    if (index === KEEP_AS_WRITTEN) setKept((list) => [...list, findingId]);
    else {
      setKept((list) => list.filter((k) => k !== findingId));
      setChoices((c) => ({ ...c, [findingId]: index }));
    }
  };

  const use = async (): Promise<void> => {
    setBusy(true);
    const outcome = await onUse(text, result);
    setBusy(false);
    if (outcome.ok) onClose();
    else setProblem(outcome.reason || t('gentleNotApplied'));
  };

  const rows = choosableSteps(gentle.steps, (id) => kept.includes(id));
  return (
    <div
      ref={dialog}
      tabIndex={-1}
      className="gentle stack"
      role="dialog"
      aria-label={t('gentleTitle')}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <h3 className="gentle-title">{t('gentleTitle')}</h3>
      <p className="muted small gentle-tone">{t('gentleTone', [toneName(gentle.toneBefore.label), toneName(toneAfter.label)])}</p>
      <p className="preview gentle-diff" aria-label={t('gentleChanges')}>
        <MarkedParts parts={parts} />
      </p>
      {rows.length > 0 && (
        <div className="gentle-choices stack" role="group" aria-label={t('cardAlternatives')}>
          {rows.map(({ finding, chosen }) => (
            <label key={finding.id} className="gentle-choice">
              <span className="gentle-phrase">{phraseName(finding)}</span>
              <select
                value={kept.includes(finding.id) ? KEEP_AS_WRITTEN : chosen}
                disabled={draft !== null}
                onChange={(e) => pick(finding.id, Number(e.target.value))}
              >
                {finding.suggestions.map((_, i) => (
                  <option key={i} value={i}>
                    {alternativeName(finding, i)}
                  </option>
                ))}
                <option value={KEEP_AS_WRITTEN}>{t('gentleKeep')}</option>
              </select>
            </label>
          ))}
        </div>
      )}
      <div>
        <label className="field-label small" htmlFor={`${id}-text`}>
          {t('gentleEditLabel')}
        </label>
        <textarea id={`${id}-text`} value={result} onChange={(e) => setDraft(e.target.value)} />
        {draft !== null && <p className="muted small">{t('gentleEditedNote')}</p>}
      </div>
      <div className="row">
        <Button variant="primary" size="small" disabled={busy} onClick={() => void use()}>
          {t('gentleUse')}
        </Button>
        <Button variant="quiet" size="small" onClick={onClose}>
          {t('gentleCancel')}
        </Button>
      </div>
      <Status tone="error">{problem}</Status>
    </div>
  );
}
