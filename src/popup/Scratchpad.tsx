/** A box to type or paste a message into and see the same analysis live (nothing is stored). */
import { useId, useMemo, useState } from 'react';
import { analyze, applySuggestion } from '../engine';
import { CATEGORIES, type Finding } from '../engine/types';
import type { ApplyResult } from '../messaging/protocol';
import type { Settings } from '../settings';
import { useDebounced } from '../ui/hooks';
import { t } from '../ui/i18n';
import { AnalysisView } from './AnalysisView';

export const SCRATCHPAD_DEBOUNCE_MS = 200;

export interface ScratchpadProps {
  settings: Settings;
  onIgnore: (phrase: string) => Promise<void>;
}

export function Scratchpad({ settings, onIgnore }: ScratchpadProps) {
  const id = useId();
  const [text, setText] = useState('');
  const debounced = useDebounced(text, SCRATCHPAD_DEBOUNCE_MS);
  const categories = useMemo(() => CATEGORIES.filter((c) => settings.categories[c] !== false), [settings.categories]);
  const analysis = useMemo(
    () =>
      debounced.trim() === ''
        ? null
        : analyze(debounced, { categories, sensitivity: settings.sensitivity, ignore: settings.ignoredPhrases }),
    [debounced, categories, settings.sensitivity, settings.ignoredPhrases],
  );
  const pending = text !== debounced;

  async function apply(finding: Finding, index: number): Promise<ApplyResult> {
    const suggestion = finding.suggestions[index];
    if (!suggestion || pending) return { ok: false, reason: '' };
    setText(applySuggestion(debounced, suggestion));
    return { ok: true };
  }

  return (
    <section className="card stack popup-scroll popup-scroll-secondary" aria-labelledby={`${id}-title`}>
      <div>
        <h2 className="card-title" id={`${id}-title`}>
          {t('scratchpadTitle')}
        </h2>
        <p className="muted small" id={`${id}-help`}>
          {t('scratchpadHelp')}
        </p>
      </div>
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {t('scratchpadLabel')}
      </label>
      <textarea
        id={`${id}-input`}
        aria-describedby={`${id}-help`}
        placeholder={t('scratchpadPlaceholder')}
        value={text}
        spellCheck
        onChange={(event) => setText(event.target.value)}
      />
      {pending && text.trim() !== '' && (
        <p className="loading small" aria-hidden="true">
          <span className="spinner" />
          {t('analysing')}
        </p>
      )}
      {analysis && (
        <div aria-busy={pending}>
          <AnalysisView
            text={debounced}
            analysis={analysis}
            source="scratchpad"
            fresh={!pending}
            onApply={apply}
            onIgnore={(finding) => onIgnore(finding.text)}
          />
        </div>
      )}
    </section>
  );
}
