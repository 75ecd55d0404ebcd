import { useEffect, useState } from 'react';
import { CATEGORY_INFO } from '../engine/categories';
import {
  alternativeIndex,
  clearChoices,
  emptyChoices,
  loadChoices,
  mostChosen,
  ruleCategory,
  totalApplied,
  watchChoices,
  type Choices,
  type RuleChoices,
} from '../settings';
import { Button } from '../ui/Button';
import { t } from '../ui/i18n';
import { Status } from '../ui/Status';
import { Section } from './Section';

type Note = { text: string; tone: 'neutral' | 'error' | 'success' };

/** The choice counts, kept fresh as cards in any tab record them. */
function useChoices(): [Choices | undefined, (next: Choices) => void] {
  const [choices, setChoices] = useState<Choices>();
  useEffect(() => {
    let alive = true;
    void loadChoices().then((c) => {
      if (alive) setChoices(c);
    });
    const stop = watchChoices((c) => {
      if (alive) setChoices(c);
    });
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return [choices, setChoices];
}

/** What an alternative is called: its label, or its place on the card for an unlabelled one. */
function alternativeName(key: string): string {
  const index = alternativeIndex(key);
  return index === undefined ? key : t('choicesAlternativeNumber', index + 1);
}

interface Row {
  ruleId: string;
  label: string;
  rule: RuleChoices;
  uses: number;
}

/** Rules with counts, most used first (by rule id among equals, so the list does not jump). */
function rows(choices: Choices): Row[] {
  const out: Row[] = [];
  for (const [ruleId, rule] of Object.entries(choices.rules)) {
    const category = ruleCategory(ruleId);
    if (!category) continue;
    out.push({ ruleId, label: CATEGORY_INFO[category].label, rule, uses: totalApplied(rule) + rule.ignored });
  }
  return out.sort((a, b) => b.uses - a.uses || (a.ruleId < b.ruleId ? -1 : 1));
}

/** Which alternatives the writer uses per rule (choices.ts), with a button that forgets them. */
export function ChoicesSection() {
  const [choices, setChoices] = useChoices();
  const [note, setNote] = useState<Note>({ text: '', tone: 'neutral' });
  const list = choices ? rows(choices) : [];

  async function onClear(): Promise<void> {
    try {
      await clearChoices();
      setChoices(emptyChoices());
      setNote({ text: t('choicesCleared'), tone: 'success' });
    } catch (error) {
      console.warn('[Heard] Could not clear the choice counts', error);
      setNote({ text: t('choicesClearFailed'), tone: 'error' });
    }
  }

  return (
    <Section title={t('choicesTitle')} intro={t('choicesIntro')}>
      {choices && list.length === 0 && <p className="muted">{t('choicesEmpty')}</p>}
      {list.length > 0 && (
        <>
          <ul className="list">
            {list.map(({ ruleId, label, rule }) => {
              const best = mostChosen(rule);
              const applied = totalApplied(rule);
              return (
                <li key={ruleId} className="choice">
                  <span className="choice-name">{label}</span>
                  <span>{best ? t('choicesMostChosen', [alternativeName(best.key), best.count, applied]) : t('choicesNoneApplied')}</span>
                  <span className="muted small">{t('choicesCounts', [applied, rule.ignored])}</span>
                </li>
              );
            })}
          </ul>
          <div className="row">
            <Button onClick={() => void onClear()}>{t('choicesClear')}</Button>
          </div>
        </>
      )}
      <Status tone={note.tone}>{note.text}</Status>
    </Section>
  );
}
