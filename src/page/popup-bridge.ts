/**
 * The page side of the popup channel (src/messaging/protocol.ts): every frame gets the popup's requests; the
 * frame that should answer does, the others return undefined so another frame's answer wins.
 */
import { isContentRequest, type ApplyResult, type TabState } from '../messaging/protocol';

export interface PopupBridgeHandlers {
  isTopFrame: boolean;
  /** The analysed text of this frame's field, or null. */
  fieldText(): string | null;
  /** null: this frame has no field; otherwise whether its field has focus now. */
  fieldFocus(): boolean | null;
  /** The state to report, once settings are loaded. */
  tabState(): Promise<TabState>;
  /** Applies a finding's suggestion; undefined when this frame does not have that finding. */
  apply(findingId: string, suggestionIndex: number): Promise<ApplyResult> | undefined;
  /** "Say it gently" from the popup: the whole message replaced, if this frame's field holds `original`. */
  replace(original: string, text: string): Promise<ApplyResult>;
  ignore(phrase: string): Promise<void>;
  /** The "open the card" command: true when this frame had a finding to open it for. */
  openCard(): boolean;
}

/** Answer delays: the frame whose field has focus at once, one with an older field later, the top frame last. */
const FOCUSED_MS = 0;
const OLDER_FIELD_MS = 40;
const TOP_FRAME_MS = 120;

export function popupBridge(h: PopupBridgeHandlers): (message: unknown) => Promise<unknown> | undefined {
  return (message) => {
    if (!isContentRequest(message)) return undefined;
    switch (message.type) {
      case 'heard:get-state': {
        const focus = h.fieldFocus();
        if (focus === null && !h.isTopFrame) return undefined;
        const delay = focus ? FOCUSED_MS : focus === false ? OLDER_FIELD_MS : TOP_FRAME_MS;
        return new Promise<void>((resolve) => setTimeout(resolve, delay)).then(() => h.tabState());
      }
      case 'heard:apply':
        return h.apply(message.findingId, message.suggestionIndex);
      case 'heard:replace':
        // Only the frame whose field holds that message answers.
        return h.fieldText() === message.analysedText ? h.replace(message.analysedText, message.text) : undefined;
      case 'heard:open-card':
        // Only the frame that opened a card answers; the others stay silent.
        return h.openCard() ? Promise.resolve(true) : undefined;
      case 'heard:ignore':
        if (!h.isTopFrame) return undefined;
        return h.ignore(message.phrase).then(
          (): ApplyResult => ({ ok: true }),
          (err: unknown): ApplyResult => ({ ok: false, reason: String(err) }),
        );
    }
  };
}
