/**
 * "Say it gently": the whole message with a rewrite for every finding, as a before/after with removed words
 * struck through and added words marked, the tone before and after, a choice of alternative per finding
 * (or "Keep as written"), the text itself to edit, and "Use this message", which replaces the message in one
 * step. role="dialog" named "Say it gently". Plain DOM and textContent only — page text never reaches an HTML
 * sink, and nothing here is inside the editor.
 */
import type { GentleMessage, GentleRequest, GentleStep } from '../../engine/gentle';
import type { Finding, Tone } from '../../engine/types';
import { t } from '../../ui/i18n';
import { toneName } from '../../ui/tone-name';
import { KEEP_AS_WRITTEN, alternativeName, choosableSteps, phraseName } from '../../ui/gentle-choices';
import { diffMessage } from '../../ui/preview';
import { heardMark, markedParts } from './card';

export interface GentleDialogHandlers {
  /** The message rewritten again with the writer's picks. */
  rewrite(request: GentleRequest): Promise<GentleMessage>;
  /** The tone of text the writer edited by hand. */
  tone(text: string): Promise<Tone>;
  /**
   * Put `text` in place of the message `original`; resolves to a status to show when it did not work. `used`:
   * the alternatives the text was made of (none once edited by hand).
   */
  use(original: string, text: string, used: readonly GentleStep[]): Promise<string | null>;
  /** Cancel, Escape, or after the message was used. */
  close(used: boolean): void;
}

const TONE_DELAY_MS = 250;

export class GentleDialog {
  readonly element: HTMLDivElement;
  private message: GentleMessage | null = null;
  /** The writer's picks, by finding id of the original message. */
  private choices: Record<string, number> = {};
  private keep = new Set<string>();
  private edited = false;
  private busy = false;
  private toneTimer: ReturnType<typeof setTimeout> | null = null;
  /** Answers that arrive after a newer request are dropped. */
  private generation = 0;
  private readonly diffEl: HTMLParagraphElement;
  private readonly toneEl: HTMLParagraphElement;
  private readonly choicesEl: HTMLDivElement;
  private readonly textEl: HTMLTextAreaElement;
  private readonly editedNote: HTMLParagraphElement;
  private readonly useButton: HTMLButtonElement;
  private readonly statusEl: HTMLParagraphElement;

  constructor(parent: ShadowRoot, private readonly handlers: GentleDialogHandlers) {
    const doc = parent.ownerDocument;
    const el = doc.createElement('div');
    this.element = el;
    el.className = 'card gentle';
    el.setAttribute('role', 'dialog');
    el.setAttribute('aria-label', t('gentleTitle'));
    el.hidden = true;
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.handlers.close(false);
      }
      // Keys typed here must not reach the page's shortcut handlers.
      e.stopPropagation();
    });

    const head = doc.createElement('p');
    head.className = 'head';
    const title = doc.createElement('span');
    title.textContent = t('gentleTitle');
    head.append(heardMark(doc), title);

    this.toneEl = doc.createElement('p');
    this.toneEl.className = 'gentle-tone';

    this.diffEl = doc.createElement('p');
    this.diffEl.className = 'preview gentle-diff';
    this.diffEl.setAttribute('aria-label', t('gentleChanges'));

    this.choicesEl = doc.createElement('div');
    this.choicesEl.className = 'gentle-choices';
    this.choicesEl.setAttribute('role', 'group');
    this.choicesEl.setAttribute('aria-label', t('cardAlternatives'));

    const textLabel = doc.createElement('label');
    textLabel.className = 'gentle-label';
    textLabel.textContent = t('gentleEditLabel');
    this.textEl = doc.createElement('textarea');
    this.textEl.className = 'gentle-text';
    this.textEl.rows = 4;
    this.textEl.spellcheck = true;
    this.textEl.addEventListener('input', () => this.onEdited());
    textLabel.append(this.textEl);

    this.editedNote = doc.createElement('p');
    this.editedNote.className = 'gentle-note';
    this.editedNote.hidden = true;
    this.editedNote.textContent = t('gentleEditedNote');

    const foot = doc.createElement('div');
    foot.className = 'foot';
    this.useButton = doc.createElement('button');
    this.useButton.type = 'button';
    this.useButton.className = 'primary';
    this.useButton.textContent = t('gentleUse');
    this.useButton.addEventListener('click', () => void this.use());
    const cancel = doc.createElement('button');
    cancel.type = 'button';
    cancel.className = 'link';
    cancel.textContent = t('gentleCancel');
    cancel.addEventListener('click', () => this.handlers.close(false));
    foot.append(this.useButton, cancel);

    this.statusEl = doc.createElement('p');
    this.statusEl.className = 'status';
    this.statusEl.setAttribute('role', 'status');

    el.append(head, this.toneEl, this.diffEl, this.choicesEl, textLabel, this.editedNote, foot, this.statusEl);
    parent.append(el);
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  hasFocus(): boolean {
    const root = this.element.getRootNode() as ShadowRoot;
    return !!root.activeElement && this.element.contains(root.activeElement);
  }

  open(message: GentleMessage, anchor: DOMRect, dark: boolean): void {
    this.choices = {};
    this.keep = new Set();
    this.edited = false;
    this.element.classList.toggle('dark', dark);
    this.element.hidden = false;
    this.show(message);
    this.place(anchor);
    this.useButton.focus({ preventScroll: true });
  }

  close(): void {
    this.generation++;
    if (this.toneTimer !== null) clearTimeout(this.toneTimer);
    this.toneTimer = null;
    this.message = null;
    this.element.hidden = true;
    this.statusEl.textContent = '';
  }

  /** Next to the field: below it when there is room, else above it, else at the top of the window. */
  place(anchor: DOMRect): void {
    const el = this.element;
    const view = el.ownerDocument.defaultView ?? window;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    let top = anchor.bottom + 6;
    if (top + h > view.innerHeight - 8) top = anchor.top - h - 6 >= 8 ? anchor.top - h - 6 : 8;
    const left = Math.max(8, Math.min(anchor.left, view.innerWidth - w - 8));
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }

  private show(message: GentleMessage): void {
    this.message = message;
    this.textEl.value = message.text;
    this.renderChoices(message.steps);
    this.renderResult(message.text, message.toneAfter);
  }

  /** The before/after and the tone line, for the text now in the box. */
  private renderResult(text: string, after: Tone): void {
    const message = this.message;
    if (!message) return;
    this.diffEl.replaceChildren(...markedParts(this.element.ownerDocument, diffMessage(message.original, text)));
    this.toneEl.textContent = t('gentleTone', [toneName(message.toneBefore.label), toneName(after.label)]);
    this.element.dataset.toneAfter = after.label;
  }

  /** One row per finding that has its own rewrite (or was kept): the phrase and a list of its alternatives. */
  private renderChoices(steps: readonly GentleStep[]): void {
    const doc = this.element.ownerDocument;
    const rows = choosableSteps(steps, (id) => this.keep.has(id)).map((step) => {
      const row = doc.createElement('label');
      row.className = 'gentle-choice';
      const phrase = doc.createElement('span');
      phrase.className = 'gentle-phrase';
      phrase.textContent = phraseName(step.finding);
      const select = doc.createElement('select');
      step.finding.suggestions.forEach((_, i) => select.append(option(doc, i, alternativeName(step.finding, i))));
      select.append(option(doc, KEEP_AS_WRITTEN, t('gentleKeep')));
      select.value = String(this.keep.has(step.finding.id) ? KEEP_AS_WRITTEN : step.chosen);
      select.disabled = this.edited;
      select.addEventListener('change', () => void this.pick(step.finding, Number(select.value)));
      row.append(phrase, select);
      return row;
    });
    this.choicesEl.replaceChildren(...rows);
    this.choicesEl.hidden = rows.length === 0;
  }

  private async pick(finding: Finding, index: number): Promise<void> {
    if (index === KEEP_AS_WRITTEN) this.keep.add(finding.id);
    else {
      this.keep.delete(finding.id);
      this.choices[finding.id] = index;
    }
    const generation = ++this.generation;
    try {
      const message = await this.handlers.rewrite({ choices: { ...this.choices }, keep: [...this.keep] });
      if (generation !== this.generation || this.edited) return;
      this.show(message);
    } catch {
      this.statusEl.textContent = t('gentleFailed');
    }
  }

  /** Edited by hand: the picks no longer apply to this text, and the tone after is read again shortly. */
  private onEdited(): void {
    const message = this.message;
    if (!message) return;
    if (!this.edited) {
      this.edited = true;
      this.editedNote.hidden = false;
      this.choicesEl.querySelectorAll('select').forEach((s) => (s.disabled = true));
    }
    const text = this.textEl.value;
    this.renderResult(text, message.toneAfter);
    if (this.toneTimer !== null) clearTimeout(this.toneTimer);
    const generation = ++this.generation;
    this.toneTimer = setTimeout(() => {
      this.toneTimer = null;
      this.handlers.tone(text).then(
        (tone) => {
          if (generation === this.generation) this.renderResult(text, tone);
        },
        () => undefined,
      );
    }, TONE_DELAY_MS);
  }

  private async use(): Promise<void> {
    const message = this.message;
    if (!message || this.busy) return;
    this.busy = true;
    this.useButton.disabled = true;
    try {
      const used = this.edited ? [] : message.steps.filter((step) => step.chosen >= 0);
      const problem = await this.handlers.use(message.original, this.textEl.value, used);
      if (problem === null) this.handlers.close(true);
      else this.statusEl.textContent = problem;
    } finally {
      this.busy = false;
      this.useButton.disabled = false;
    }
  }
}

function option(doc: Document, value: number, text: string): HTMLOptionElement {
  const el = doc.createElement('option');
  el.value = String(value);
  el.textContent = text;
  return el;
}
