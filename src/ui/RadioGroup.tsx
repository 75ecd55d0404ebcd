import { useId, type ReactNode } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  description?: ReactNode;
}

export interface RadioGroupProps<T extends string> {
  legend: ReactNode;
  value: T;
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
}

/** Native radio buttons in a fieldset: arrow keys move between options, the legend names the group. */
export function RadioGroup<T extends string>({ legend, value, options, onChange }: RadioGroupProps<T>) {
  const name = useId();
  return (
    <fieldset>
      <legend className="field-label">{legend}</legend>
      <div className="radio-list">
        {options.map((option) => (
          <label className="radio" key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="radio-text">
              <span>{option.label}</span>
              {option.description !== undefined && <span className="muted small">{option.description}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
