import type { ReactNode } from 'react';

/** A polite live region: screen readers announce its text when it changes. Kept in the DOM when empty. */
export function Status({ children, tone = 'neutral' }: { children?: ReactNode; tone?: 'neutral' | 'error' | 'success' }) {
  return (
    <p className={`status status-${tone}`} role="status" aria-live="polite">
      {children}
    </p>
  );
}
