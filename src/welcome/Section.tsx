import { useId, type ReactNode } from 'react';

/** One card of the welcome page, named by its heading. */
export function WelcomeSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card welcome-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
