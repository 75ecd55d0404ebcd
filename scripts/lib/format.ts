/** Plain-text output helpers shared by the scripts. */

/**
 * Pads cells into columns. `align` has one letter per column, `l` or `r`; columns past its end are
 * right-aligned so numbers line up. The default left-aligns only the first column (the row's name).
 */
export function table(rows: string[][], align = 'l'): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const pad = (cell: string, i: number): string =>
    align[i] === 'l' ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0);
  return rows.map((row) => row.map(pad).join('  ').trimEnd()).join('\n');
}

/** `part / whole` as a percentage with one decimal; "—" when there is nothing to divide. */
export function pct(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
}

export function fixed(value: number | null, digits = 2): string {
  return value === null || Number.isNaN(value) ? '—' : value.toFixed(digits);
}

/** Collapses whitespace and cuts long text, so one corpus row stays on one readable line. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function mark(pass: boolean): string {
  return pass ? '✓' : '✗';
}
