import type { ReactNode } from 'react';

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
}

/** What a chart's or timeline's colours mean; `children` adds items drawn otherwise. */
export function Legend({
  label,
  items,
  children,
}: {
  label: string;
  items: LegendItem[];
  children?: ReactNode;
}) {
  return (
    <div className="legend">
      <span className="visually-hidden">{label}</span>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
        {children}
      </ul>
    </div>
  );
}
