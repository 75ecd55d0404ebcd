/**
 * The single `heard-ui` element (appended to <html>) with an open shadow root that holds ALL of Heard's page
 * UI. Nothing is ever inserted into the host's editor and no attribute is set on the host's nodes.
 */
import { UI_CSS } from './styles';

export interface UiRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Container for underlines (one clip box per field). */
  layer: HTMLDivElement;
  destroy(): void;
}

export function createUiRoot(doc: Document = document): UiRoot {
  const host = doc.createElement('heard-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  let styled = false;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(UI_CSS);
    shadow.adoptedStyleSheets = [sheet];
    styled = true;
  } catch {
    // Some isolated worlds cannot adopt constructed sheets; a <style> in our own shadow root works everywhere.
  }
  if (!styled) {
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    shadow.append(style);
  }
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(layer);
  (doc.documentElement ?? doc.body).append(host);
  return {
    host,
    shadow,
    layer,
    destroy(): void {
      host.remove();
    },
  };
}
