/** A labelled progress bar; without `value` it is indeterminate (the server is working). */
export function ProgressBar({ label, value }: { label: string; value?: number }) {
  return (
    <div className="progress">
      <span>{label}</span>
      <progress aria-label={label} max={1} {...(value === undefined ? {} : { value })} />
    </div>
  );
}
