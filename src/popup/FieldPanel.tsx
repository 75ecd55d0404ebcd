/** The message being written on the page: its analysis, or a calm word about why there is none. */
import { useId, type ReactNode } from 'react';
import type { Finding } from '../engine/types';
import type { ApplyResult, TabState } from '../messaging/protocol';
import { isPaused, isSiteSwitchedOn, type Settings } from '../settings';
import { Button } from '../ui/Button';
import { useTransientMessage } from '../ui/hooks';
import { t } from '../ui/i18n';
import { Status } from '../ui/Status';
import { AnalysisView } from './AnalysisView';
import type { ActiveTab } from './tab';

export interface FieldPanelProps {
  tab: Extract<ActiveTab, { kind: 'web' }>;
  /** undefined while asking the page; null when no content script answers. */
  state: TabState | null | undefined;
  settings: Settings;
  onApply: (finding: Finding, suggestionIndex: number) => Promise<ApplyResult>;
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

export function FieldPanel({ tab, state, settings, onApply, onIgnore, onReload }: FieldPanelProps) {
  const id = useId();
  const [note, setNote] = useTransientMessage();
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
  } else {
    body = (
      <>
        {settings.hints === 'popup' && <p className="muted small">{t('hintsPopupOnlyNote')}</p>}
        <AnalysisView
          text={state.field.text}
          analysis={state.field.analysis}
          source="field"
          fresh
          onApply={async (finding, index) => {
            const result = await onApply(finding, index);
            // The finding's card goes away once the page re-analyses, so the panel confirms it.
            if (result.ok) setNote(t('applied'));
            return result;
          }}
          onIgnore={onIgnore}
        />
      </>
    );
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 className="card-title" id={`${id}-title`}>
        {t('yourMessage')}
      </h2>
      {body}
      <Status tone="success">{note}</Status>
    </section>
  );
}
