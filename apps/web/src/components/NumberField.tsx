import type { ReactNode } from 'react';

/**
 * A labelled number input, the shape every form here shares. `accepts` keeps a value out of
 * the form's state while it is being typed outside the range (the browser's own min/max only
 * marks it invalid). An optional field shows '' when empty and reports emptying by `onClear`.
 */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step,
  required = false,
  accepts = () => true,
  help,
  onClear,
}: {
  label: ReactNode;
  value: number | '';
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  required?: boolean;
  accepts?: (value: number) => boolean;
  help?: ReactNode;
  onClear?: () => void;
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        required={required}
        value={value}
        onChange={(event) => {
          if (event.target.value === '' && onClear) return onClear();
          const next = Number(event.target.value);
          if (accepts(next)) onChange(next);
        }}
      />
      {help && <small>{help}</small>}
    </label>
  );
}
