import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs`: a plan takes up to a second on the server,
 * and asking for one per keystroke of "33000" would only queue plans nobody looks at.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
