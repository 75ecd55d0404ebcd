/** The message being written on the page: its analysis, or a calm word about why there is none. */
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { Finding } from '../engine/types';
import type { ApplyResult, TabState } from '../messaging/protocol';
import { analyzeOptionsFor, isPaused, isSiteSwitchedOn, type Settings } from '../settings';
import { Button } from '../ui/Button';
import { useTransientMessage } from '../ui/hooks';
import { t } from '../ui/i18n';
import { Status } from '../ui/Status';
import { AnalysisView } from './AnalysisView';
import { GentlePreview } from './GentlePreview';
import type { ActiveTab } from './tab';

export interface FieldPanelProps {
  tab: Extract<ActiveTab, { kind: 'web' }>;
  /** undefined while asking the page; null when no content script answers. */
  state: TabState | null | undefined;
  settings: Settings;
  onApply: (finding: Finding, suggestionIndex: number) => Promise<ApplyResult>;
  /** "Say it gently": the whole message replaced. */
  onReplace: (original: string, text: string) => Promise<ApplyResult>;
  onIgnore: (finding: Finding) => Promise<void>;
  onReload: () => void;
}

function Empty({ title, help, children }: { title: string; help?: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {help && <p className="muted small">{help}</p>}
      {children}
    </div>
  );
}

export function FieldPanel({ tab, state: live, settings, onApply, onReplace, onIgnore, onReload }: FieldPanelProps) {
  const id = useId();
  const [note, setNote] = useTransientMessage();
  // After Apply the panel keeps showing what was under the pointer until the pointer leaves it (or a key is
  // pressed), so the next button never slides under a still cursor; the fresh analysis comes in then.
  const [held, setHeld] = useState<TabState | null>(null);
  const [gentle, setGentle] = useState(false);
  const options = useMemo(() => analyzeOptionsFor(settings, tab.host), [settings, tab.host]);
  const state = held ?? live;
  const switchedOn = isSiteSwitchedOn(settings, tab.host);
  // Off or paused: the site card says so; nothing to show here.
  if (!switchedOn || isPaused(settings) || state?.enabled === false) return null;

  let body: ReactNode;
  if (state === undefined) {
    body = (
      <p className="loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('readingPage')}
      </p>
    );
  } else if (state === null) {
    body = (
      <Empty title={t('startingTitle')} help={t('startingHelp')}>
        <Button size="small" onClick={onReload}>
          {t('reloadPage')}
        </Button>
      </Empty>
    );
  } else if (state.field === null) {
    body = <Empty title={t('noFieldTitle')} help={t('noFieldHelp')} />;
  } else if (state.field.text.trim() === '') {
    body = <Empty title={t('emptyFieldTitle')} help={t('noFieldHelp')} />;
  } else if (gentle) {
    const field = state.field;
    body = (
      <GentlePreview
        text={field.text}
        options={options}
        shown={field.analysis.findings.map((f) => f.id)}
        onUse={async (original, text) => {
          const result = await onReplace(original, text);
          if (result.ok) setNote(t('applied'));
          return result;
        }}
        onClose={() => setGentle(false)}
      />
    );
  } else {
    body = (
      <>
        {state.field.analysis.findings.length > 0 && (
          <Button variant="primary" size="small" className="gentle-open" onClick={() => setGentle(true)}>
            {t('gentleTitle')}
          </Button>
        )}
        {settings.hints === 'popup' && <p className="muted small">{t('hintsPopupOnlyNote')}</p>}
        <AnalysisView
          text={state.field.text}
          analysis={state.field.analysis}
          source="field"
          fresh={held === null}
          onApply={async (finding, index) => {
            const shown = state;
            const result = await onApply(finding, index);
            // The finding's card goes away once the panel shows the new analysis, so the panel confirms it.
            if (result.ok) {
              setHeld(shown);
              setNote(t('applied'));
            }
            return result;
          }}
          onIgnore={onIgnore}
        />
      </>
    );
  }

  return (
    <section
      className="card stack popup-scroll"
      aria-labelledby={`${id}-title`}
      onPointerLeave={() => setHeld(null)}
      onKeyDown={() => setHeld(null)}
    >
      <h2 className="card-title" id={`${id}-title`}>
        {t('yourMessage')}
      </h2>
      {body}
      <Status tone="success">{note}</Status>
    </section>
  );
}
