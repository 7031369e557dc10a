import { type ReactNode, useId } from 'react';

/**
 * A labelled number input, the shape every form here shares. `accepts` keeps a value out of
 * the form's state while it is being typed outside the range (the browser's own min/max only
 * marks it invalid). An optional field shows '' when empty and reports emptying by `onClear`.
 * `error` is why the value was refused, shown under the field and read with it.
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
  error,
  onClear,
  disabled = false,
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
  error?: ReactNode;
  onClear?: () => void;
  disabled?: boolean;
}) {
  const errorId = useId();
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        required={required}
        disabled={disabled}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          if (event.target.value === '' && onClear) return onClear();
          const next = Number(event.target.value);
          if (accepts(next)) onChange(next);
        }}
      />
      {help && <small>{help}</small>}
      {error && (
        <small id={errorId} className="error">
          {error}
        </small>
      )}
    </label>
  );
}
