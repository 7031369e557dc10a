/**
 * Checkboxes for choosing a set (skills, weekdays): each option toggles its value in
 * `selected`, which is reported whole, in the options' order.
 */
export function CheckboxGroup<T extends string | number>({
  options,
  selected,
  onChange,
}: {
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}) {
  return (
    <>
      {options.map(({ value, label }) => (
        <label key={String(value)} className="checkbox">
          <input
            type="checkbox"
            checked={selected.includes(value)}
            onChange={(e) =>
              onChange(
                options
                  .map((option) => option.value)
                  .filter((v) => (v === value ? e.target.checked : selected.includes(v))),
              )
            }
          />
          {label}
        </label>
      ))}
    </>
  );
}
