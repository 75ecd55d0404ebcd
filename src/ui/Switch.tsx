import { useId, type ReactNode } from 'react';

export interface SwitchProps {
  checked: boolean;
  onChange: (next: boolean) => void;
  /** Visible label; also the switch's accessible name. */
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  /** Extra content on the row (e.g. a Remove button), after the switch. */
  children?: ReactNode;
}

/** An on/off switch: a real <button role="switch"> with aria-checked, labelled by a visible <label>. */
export function Switch({ checked, onChange, label, description, disabled, children }: SwitchProps) {
  const id = useId();
  return (
    <div className="switch-row">
      <div className="switch-text">
        <label htmlFor={id} className="switch-label">
          {label}
        </label>
        {description !== undefined && (
          <span id={`${id}-desc`} className="switch-desc">
            {description}
          </span>
        )}
      </div>
      {children}
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-describedby={description !== undefined ? `${id}-desc` : undefined}
        disabled={disabled}
        className="switch"
        onClick={() => onChange(!checked)}
      >
        <span className="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
