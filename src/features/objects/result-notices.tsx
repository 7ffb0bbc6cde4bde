import { EuiButton, EuiCallOut, EuiSpacer } from '@elastic/eui';
import type { ReactNode } from 'react';
import { MAX_RESULT_WINDOW } from './page-plan';

interface ResultNoticesProps {
  total: number;
  descendingUnavailable: boolean;
  pageOutOfReach: boolean;
  onSortOldestFirst: () => void;
}

/** Kibana's `_find` pages through at most 10,000 matches (§7.6): say so, and how to narrow. */
export function ResultNotices({ total, descendingUnavailable, pageOutOfReach, onSortOldestFirst }: ResultNoticesProps) {
  const notices: ReactNode[] = [];
  const limit = MAX_RESULT_WINDOW.toLocaleString('en-US');
  if (total > MAX_RESULT_WINDOW || pageOutOfReach) {
    notices.push(
      <EuiCallOut key="window" size="s" iconType="info" title={`Only the first ${limit} of ${total.toLocaleString('en-US')} matches can be paged through`}>
        <p>
          Kibana pages through at most {limit} matches of a search. To reach the others, narrow the search: type part of a
          title, filter to a type, or browse one space.
        </p>
      </EuiCallOut>,
    );
  }
  if (descendingUnavailable) {
    notices.push(
      <EuiCallOut key="order" size="s" color="warning" iconType="sortable" title="Shown in ascending order">
        <p>
          Kibana sorts only in ascending order; the console reads newest-first pages from the end, which it can reach only
          when at most {limit} objects match. Narrow the search to sort newest first.
        </p>
        <EuiButton size="s" onClick={onSortOldestFirst}>
          Sort ascending
        </EuiButton>
      </EuiCallOut>,
    );
  }
  if (notices.length === 0) return null;
  return (
    <>
      {notices.map((notice, index) => (
        <div key={index}>
          {notice}
          <EuiSpacer size="s" />
        </div>
      ))}
    </>
  );
}
