/**
 * The "open the card" keyboard command (manifest `commands`): its name, and the keys the browser has for it
 * now — the user can remap it in the browser's shortcut settings, so it is always read, never assumed.
 */
import { browser } from 'wxt/browser';

export const OPEN_CARD_COMMAND = 'open-card';

/** The shortcut as the browser shows it ("Alt+Shift+H"), or '' when none is set. */
export async function openCardShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === OPEN_CARD_COMMAND)?.shortcut ?? '';
  } catch {
    // No commands API (an old browser or a test page): no shortcut to show.
    return '';
  }
}
