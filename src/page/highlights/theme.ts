/** Light or dark, following the field (light text on a dark editor) or else the system preference. */
export function prefersDark(el: Element | null): boolean {
  const view = el?.ownerDocument.defaultView ?? window;
  if (el) {
    const rgb = parseRgb(view.getComputedStyle(el).color);
    if (rgb) return luminance(rgb) > 0.55;
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

function parseRgb(color: string): [number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function luminance([r, g, b]: [number, number, number]): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
