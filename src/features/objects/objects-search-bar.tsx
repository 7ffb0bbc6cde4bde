import { EuiFlexGroup, EuiFlexItem } from '@elastic/eui';
import { memo, useCallback, useRef, type ReactElement } from 'react';
import type { MatchingQuery } from '../../lib/selection-link';
import { SearchField, type CommittedSearch, type SearchFieldControls } from './search-field';
import { TypeFilter } from './type-filter';
import type { UrlWriteOptions } from './use-url-writer';

interface ObjectsSearchBarProps {
  spaceId: string;
  /** The search in the URL. */
  committed: CommittedSearch;
  /** What the type counts count: the committed search without its types. */
  countQuery: Omit<MatchingQuery, 'type'>;
  /** Writes the search into the URL; false when the URL already held it. */
  onCommit: (search: CommittedSearch, options: UrlWriteOptions) => boolean;
  toolsLeft?: ReactElement;
}

/**
 * The search field with the filters beside it. What is typed lives in the field alone (search-field.tsx):
 * a keystroke renders neither this bar nor the type filter and its counts. Memoised: the screen renders
 * again whenever its page query changes state, and none of that concerns the search.
 */
export const ObjectsSearchBar = memo(function ObjectsSearchBar({ spaceId, committed, countQuery, onCommit, toolsLeft }: ObjectsSearchBarProps) {
  const field = useRef<SearchFieldControls>(null);
  const changeTypes = useCallback((types: string[]) => field.current?.applyTypes(types), []);
  return (
    <EuiFlexGroup gutterSize="s" alignItems="flexStart" responsive={false} wrap>
      {toolsLeft ? <EuiFlexItem grow={false}>{toolsLeft}</EuiFlexItem> : null}
      <EuiFlexItem grow style={{ minWidth: 240 }}>
        <SearchField ref={field} committed={committed} onCommit={onCommit} />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <TypeFilter spaceId={spaceId} query={countQuery} selected={committed.types} onChange={changeTypes} />
      </EuiFlexItem>
    </EuiFlexGroup>
  );
});
