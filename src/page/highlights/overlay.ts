/**
 * Underlines: positioned elements in the heard-ui shadow root over the flagged text (never inside the
 * editor). pointer-events are off, so typing and clicks go straight through; hit-testing for hover/click is
 * done against the text rects kept here.
 */
import type { Finding } from '../../engine/types';
import type { FieldSnapshot } from '../text/field-text';
import { textRects } from '../text/contenteditable';
import { pointIn, visibleBox, type Box } from '../dom';
import { Mirror } from './mirror';
import type { UiRoot } from './ui-root';
import { prefersDark } from './theme';

interface Placed {
  finding: Finding;
  /** Text rects in viewport coordinates (for hit-testing and card placement). */
  rects: DOMRect[];
  marks: HTMLDivElement[];
}

export class Overlay {
  private readonly clip: HTMLDivElement;
  private readonly mirror: Mirror;
  private snap: FieldSnapshot | null = null;
  private findings: readonly Finding[] = [];
  private placed: Placed[] = [];
  private visible: Box | null = null;
  private activeId: string | null = null;

  constructor(private readonly ui: UiRoot) {
    const doc = ui.shadow.ownerDocument;
    this.clip = doc.createElement('div');
    this.clip.className = 'clip';
    this.clip.hidden = true;
    ui.layer.append(this.clip);
    this.mirror = new Mirror(ui.shadow);
  }

  show(snap: FieldSnapshot, findings: readonly Finding[]): void {
    this.snap = snap;
    this.findings = findings;
    this.layout();
  }

  hide(): void {
    this.snap = null;
    this.findings = [];
    this.placed = [];
    this.clip.replaceChildren();
    this.clip.hidden = true;
  }

  isShowing(): boolean {
    return this.snap !== null && this.findings.length > 0;
  }

  setActive(id: string | null): void {
    this.activeId = id;
    for (const p of this.placed) for (const m of p.marks) m.classList.toggle('active', p.finding.id === id);
  }

  /** Recompute positions (scroll, resize, zoom, wrapping). Cheap: only rect reads and style writes. */
  layout(): void {
    const snap = this.snap;
    this.clip.replaceChildren();
    this.placed = [];
    if (!snap || this.findings.length === 0 || !snap.field.element.isConnected) {
      this.clip.hidden = true;
      return;
    }
    const el = snap.field.element;
    const box = visibleBox(el);
    this.visible = box;
    if (!box) {
      this.clip.hidden = true;
      return;
    }
    const cs = this.clip.style;
    cs.left = `${box.left}px`;
    cs.top = `${box.top}px`;
    cs.width = `${box.right - box.left}px`;
    cs.height = `${box.bottom - box.top}px`;
    this.clip.classList.toggle('dark-marks', prefersDark(el));
    const doc = this.clip.ownerDocument;
    for (const finding of this.findings) {
      const rects = this.rectsFor(snap, finding.start, finding.end);
      const marks: HTMLDivElement[] = [];
      for (const r of rects) {
        const mark = doc.createElement('div');
        mark.className = 'mark';
        if (finding.id === this.activeId) mark.classList.add('active');
        mark.dataset.severity = finding.severity;
        mark.dataset.category = finding.category;
        mark.dataset.findingId = finding.id;
        const ms = mark.style;
        ms.left = `${r.left - box.left}px`;
        ms.top = `${r.bottom - box.top - 3}px`;
        ms.width = `${r.width}px`;
        marks.push(mark);
      }
      this.clip.append(...marks);
      this.placed.push({ finding, rects, marks });
    }
    this.clip.hidden = false;
  }

  rectsFor(snap: FieldSnapshot, start: number, end: number): DOMRect[] {
    if (snap.editable) return textRects(snap.editable, start, end);
    return this.mirror.rects(snap.field.element as HTMLTextAreaElement | HTMLInputElement, snap.text, start, end);
  }

  /** The finding whose (visible) text is under the point, if any. */
  hitTest(x: number, y: number): Finding | null {
    if (!this.visible || !pointIn(this.visible, x, y)) return null;
    for (const p of this.placed) {
      for (const r of p.rects) if (pointIn(r, x, y, 1)) return p.finding;
    }
    return null;
  }

  rectsOf(id: string): DOMRect[] {
    return this.placed.find((p) => p.finding.id === id)?.rects ?? [];
  }

  destroy(): void {
    this.hide();
    this.clip.remove();
    this.mirror.destroy();
  }
}
