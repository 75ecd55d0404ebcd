/** Shows one analysis: tone summary, findings grouped by sentence with alternatives, and what's working. */
import { useId, useState } from 'react';
import type { Analysis, Finding, StrengthKind } from '../engine/types';
import type { ApplyResult } from '../messaging/protocol';
import { Button } from '../ui/Button';
import { copyText } from '../ui/clipboard';
import { formatList, t, type MessageKey } from '../ui/i18n';
import { Status } from '../ui/Status';
import { toneName } from '../ui/tone-name';
import { ellipsize, groupBySentence, markedPieces, rewriteSentence, strengthQuote, wordsFrom, type Piece, type Range } from './sentences';
import { categoryLabel, strengthKinds, topCategories, tonePercent } from './tone';

export interface AnalysisViewProps {
  text: string;
  analysis: Analysis;
  /** Heading level context: 'field' for the page's message, 'scratchpad' for the try-it box. */
  source: 'field' | 'scratchpad';
  /** False while the analysis is older than the text (Apply is disabled then). */
  fresh: boolean;
  onApply: (finding: Finding, suggestionIndex: number) => Promise<ApplyResult>;
  onIgnore: (finding: Finding) => Promise<void>;
}

const STRENGTH_KEYS: Record<StrengthKind, MessageKey> = {
  'i-statement': 'strengthIStatement',
  appreciation: 'strengthAppreciation',
  apology: 'strengthRepair',
  validation: 'strengthValidation',
  'curious-question': 'strengthCuriosity',
};

function isStrengthKind(kind: string): kind is StrengthKind {
  return Object.hasOwn(STRENGTH_KEYS, kind);
}

/** The name of a strength kind; a kind this popup does not know yet (a newer engine) reads as its words. */
function strengthName(kind: string): string {
  return isStrengthKind(kind) ? t(STRENGTH_KEYS[kind]) : kind.replace(/[-_]+/g, ' ');
}

export function ToneSummary({ analysis }: { analysis: Analysis }) {
  const { label, score } = analysis.tone;
  const drivers = topCategories(analysis).map(categoryLabel);
  const helpers = strengthKinds(analysis).map(strengthName);
  let line: string;
  if (drivers.length > 0) line = t('toneDrivenBy', formatList(drivers));
  else if (helpers.length > 0) line = t('toneHelpedBy', formatList(helpers));
  else line = t('toneNothingHard');
  const percent = tonePercent(score);
  return (
    <div className={`tone tone-${label}`}>
      <div className="tone-head">
        <span className="visually-hidden">{t('toneHeading')}</span>
        <span className="tone-chip">{toneName(label)}</span>
        <span className="muted small">{line}</span>
      </div>
      <div className="tone-meter" aria-hidden="true">
        <span className="tone-dot" style={{ left: `${percent}%` }} />
      </div>
    </div>
  );
}

function Strengths({ text, analysis }: { text: string; analysis: Analysis }) {
  const id = useId();
  if (analysis.strengths.length === 0) return null;
  return (
    <section className="stack" aria-labelledby={id}>
      <h3 className="section-title" id={id}>
        {t('whatsWorking')}
      </h3>
      <ul className="strengths">
        {analysis.strengths.map((s) => (
          <li key={`${s.kind}-${s.start}`}>
            <span className="phrase">“{strengthQuote(text, s.start)}”</span> <span className="muted">— {s.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface FindingCardProps {
  text: string;
  sentence: Range;
  finding: Finding;
  fresh: boolean;
  source: AnalysisViewProps['source'];
  onApply: AnalysisViewProps['onApply'];
  onIgnore: AnalysisViewProps['onIgnore'];
}

function FindingCard({ text, sentence, finding, fresh, source, onApply, onIgnore }: FindingCardProps) {
  const [status, setStatus] = useState<{ text: string; tone: 'neutral' | 'error' | 'success' }>({ text: '', tone: 'neutral' });
  const [busy, setBusy] = useState(false);
  const idBase = useId();
  const suggestions = finding.suggestions.slice(0, 3);
  const label = categoryLabel(finding.category);

  async function apply(index: number): Promise<void> {
    setBusy(true);
    setStatus({ text: '', tone: 'neutral' });
    const result = await onApply(finding, index);
    setBusy(false);
    // In the page's field the panel confirms (this card disappears with the finding).
    if (result.ok) setStatus({ text: source === 'field' ? '' : t('applied'), tone: 'success' });
    else setStatus({ text: result.reason ? t('applyFailedBecause', result.reason) : t('applyFailed'), tone: 'error' });
  }

  async function copy(sentenceText: string): Promise<void> {
    const ok = await copyText(sentenceText);
    setStatus(ok ? { text: t('copied'), tone: 'success' } : { text: t('copyFailed'), tone: 'error' });
  }

  return (
    <article className="finding" aria-label={t('findingAria', [label, finding.text])}>
      <div className="finding-head">
        <span className={`tag tag-${finding.severity}`}>{label}</span>
        <span className="phrase">“{finding.text}”</span>
      </div>
      <p>{finding.message}</p>
      {finding.practice && <p className="practice">{t('practiceLine', finding.practice)}</p>}
      {suggestions.length > 0 && (
        <>
          <h4 className="visually-hidden">{t('alternativesHeading')}</h4>
          <ul className="alternatives">
            {suggestions.map((suggestion, index) => {
              const rewrite = rewriteSentence(text, sentence, suggestion);
              const textId = `${idBase}-alt-${index}`;
              return (
                <li className="alternative" key={`${suggestion.start}-${suggestion.end}-${index}`}>
                  {suggestion.label && <span className="alternative-label">{suggestion.label}</span>}
                  <span className="alternative-text" id={textId}>
                    {ellipsize(rewrite.before.trimStart(), 90)}
                    <ins>{rewrite.replacement}</ins>
                    {ellipsize(rewrite.after.trimEnd(), 90)}
                  </span>
                  <div className="row">
                    <Button
                      variant="primary"
                      size="small"
                      disabled={busy || !fresh}
                      onClick={() => void apply(index)}
                      aria-describedby={textId}
                    >
                      {source === 'field' ? t('apply') : t('useThis')}
                    </Button>
                    <Button size="small" onClick={() => void copy(rewrite.sentence)} aria-describedby={textId}>
                      {t('copy')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className="row">
        <Button variant="quiet" size="small" disabled={busy} onClick={() => void onIgnore(finding)}>
          {t('ignorePhrase', ellipsize(finding.text, 40))}
        </Button>
      </div>
      <Status tone={status.tone}>{status.text}</Status>
    </article>
  );
}

/** Keeps long unmarked stretches of a sentence short: the text around the marks is what matters. */
function clipPieces(pieces: Piece[]): Piece[] {
  const max = 90;
  return pieces.map((piece, i) => {
    if (piece.marked || piece.text.length <= max) return piece;
    if (i === 0) return { ...piece, text: `… ${wordsFrom(piece.text.slice(piece.text.length - max), 'start')}` };
    if (i === pieces.length - 1) return { ...piece, text: `${wordsFrom(piece.text.slice(0, max), 'end')} …` };
    return { ...piece, text: ellipsize(piece.text, max * 2) };
  });
}

/** Read off the same verdict as the label and the meter above it. */
function kindMessage(analysis: Analysis): string {
  return analysis.tone.label === 'warm' ? t('nothingFlaggedWarm') : t('nothingFlagged');
}

export function AnalysisView({ text, analysis, source, fresh, onApply, onIgnore }: AnalysisViewProps) {
  if (analysis.language === 'unsupported') {
    return <p className="muted">{t('languageUnsupported')}</p>;
  }
  const groups = groupBySentence(text, analysis.findings);
  return (
    <div className="stack">
      <ToneSummary analysis={analysis} />
      {groups.length === 0 ? (
        <p className="empty-title">{kindMessage(analysis)}</p>
      ) : (
        <>
          <p className="visually-hidden" role="status">
            {t('findingsCount', analysis.findings.length)}
          </p>
          {groups.map((group) => (
            <section className="sentence-group" key={group.range.start} aria-label={t('sentenceAria')}>
              <blockquote className="sentence">
                {clipPieces(markedPieces(text, group.range, group.findings)).map((piece, i) =>
                  piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
                )}
              </blockquote>
              {group.findings.map((finding) => (
                <FindingCard
                  key={finding.id}
                  text={text}
                  sentence={group.range}
                  finding={finding}
                  fresh={fresh}
                  source={source}
                  onApply={onApply}
                  onIgnore={onIgnore}
                />
              ))}
            </section>
          ))}
        </>
      )}
      <Strengths text={text} analysis={analysis} />
    </div>
  );
}
