import { Fragment, type ReactNode } from 'react';

/** Labelled values as a description list: each term with its value, long text wrapped. */
export function DetailsList({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="details-list">
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd className="pre-wrap">{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
