import { useId, type ReactNode } from 'react';

export function Section({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card options-section" aria-labelledby={id}>
      <div>
        <h2 id={id}>{title}</h2>
        {intro !== undefined && <p className="muted">{intro}</p>}
      </div>
      {children}
    </section>
  );
}
