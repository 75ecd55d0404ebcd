/**
 * "Try it here": a message Heard would flag, analysed by the same engine the page uses. Each softer
 * alternative is a button showing its label and its sentence with the change marked, as the card does;
 * clicking it rewrites the message in the box. Applying an alternative of the example leaves nothing flagged.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { analyze, applySuggestion } from '../engine';
import { CATEGORY_INFO } from '../engine/categories';
import type { Analysis, Finding, Suggestion } from '../engine/types';
import { t } from '../ui/i18n';
import { MarkedPreview } from '../ui/MarkedPreview';
import { Status } from '../ui/Status';
import { WelcomeSection } from './Section';
import { caretAfter } from './text';

function FindingItem({ text, finding, onApply }: { text: string; finding: Finding; onApply: (suggestion: Suggestion) => void }) {
  const label = CATEGORY_INFO[finding.category]?.label ?? finding.category;
  return (
    <article className="finding" aria-label={t('findingAria', [label, finding.text])}>
      <div className="finding-head">
        <span className={`tag tag-${finding.severity}`}>{label}</span>
        <span className="phrase">“{finding.text}”</span>
      </div>
      <p>{finding.message}</p>
      {finding.practice && <p className="practice">{t('practiceLine', finding.practice)}</p>}
      <h4 className="alternatives-title" id={`${finding.id}-alts`}>
        {t('welcomeAlternativesFor', finding.text)}
      </h4>
      <ul className="welcome-alternatives" aria-labelledby={`${finding.id}-alts`}>
        {finding.suggestions.slice(0, 3).map((suggestion, index) => (
          <li key={`${suggestion.start}-${suggestion.end}-${index}`}>
            <button type="button" className="btn welcome-alt" onClick={() => onApply(suggestion)}>
              <span className="alternative-label">
                {suggestion.replacement === '' ? t('cardRemove', text.slice(suggestion.start, suggestion.end).trim()) : suggestion.label}
              </span>
              <MarkedPreview text={text} suggestion={suggestion} />
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}

function Findings({ text, analysis, onApply }: { text: string; analysis: Analysis; onApply: (suggestion: Suggestion) => void }) {
  if (analysis.language === 'unsupported') return <p className="muted">{t('languageUnsupported')}</p>;
  if (analysis.findings.length === 0) {
    return <p className="empty-title">{analysis.tone.label === 'warm' ? t('nothingFlaggedWarm') : t('nothingFlagged')}</p>;
  }
  return (
    <div className="stack">
      {analysis.findings.map((finding) => (
        <FindingItem key={finding.id} text={text} finding={finding} onApply={onApply} />
      ))}
    </div>
  );
}

export function TryIt() {
  const id = useId();
  const [text, setText] = useState(() => t('welcomeExample'));
  const [status, setStatus] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const analysis = useMemo(() => (text.trim() === '' ? null : analyze(text)), [text]);

  // After an alternative is applied its button is gone: focus returns to the message, caret after the change.
  useEffect(() => {
    const at = caret.current;
    const el = box.current;
    if (at === null || !el) return;
    caret.current = null;
    el.focus();
    el.setSelectionRange(at, at);
  }, [text]);

  function apply(suggestion: Suggestion): void {
    const next = applySuggestion(text, suggestion);
    caret.current = caretAfter(suggestion);
    setText(next);
    setStatus(t('welcomeApplied', next));
  }

  return (
    <WelcomeSection title={t('welcomeTryTitle')}>
      <p className="muted" id={`${id}-help`}>
        {t('welcomeTryHelp')}
      </p>
      <div>
        <label className="field-label" htmlFor={`${id}-input`}>
          {t('welcomeTryLabel')}
        </label>
        <textarea
          id={`${id}-input`}
          ref={box}
          className="welcome-message"
          aria-describedby={`${id}-help`}
          value={text}
          spellCheck
          onChange={(event) => {
            setText(event.target.value);
            setStatus('');
          }}
        />
      </div>
      <Status tone="success">{status}</Status>
      <section className="stack" aria-labelledby={`${id}-findings`}>
        <h3 className="section-title" id={`${id}-findings`}>
          {t('welcomeFindingsHeading')}
        </h3>
        {analysis ? <Findings text={text} analysis={analysis} onApply={apply} /> : <p className="muted">{t('welcomeEmptyMessage')}</p>}
      </section>
      <p className="muted small">{t('welcomeInPage')}</p>
    </WelcomeSection>
  );
}
