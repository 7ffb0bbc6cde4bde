import { EuiFieldSearch, EuiFlexGroup, EuiFlexItem, EuiText } from '@elastic/eui';
import { useEffect, useState, type ReactElement } from 'react';
import { formatSearchText, isSameSearch, parseSearchText } from './search-query';
import type { MatchingQuery } from '../../lib/selection-link';
import { TypeFilter } from './type-filter';

/** Long enough that typing a word sends one request, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface CommittedSearch {
  text: string;
  types: string[];
}

interface ObjectsSearchBarProps {
  spaceId: string;
  /** The search in the URL. */
  committed: CommittedSearch;
  /** What the type counts count: the committed search without its types. */
  countQuery: Omit<MatchingQuery, 'type'>;
  onCommit: (search: CommittedSearch) => void;
  toolsLeft?: ReactElement;
}

/**
 * The box holds what the admin types (the draft); the URL gets it after a pause. The draft is replaced
 * from the URL only when the URL means another search (back/forward, a cleared filter), so the admin's
 * spelling and caret are never fought over.
 */
export function ObjectsSearchBar({ spaceId, committed, countQuery, onCommit, toolsLeft }: ObjectsSearchBarProps) {
  const committedText = formatSearchText(committed);
  const [draft, setDraft] = useState(committedText);
  const [seenCommitted, setSeenCommitted] = useState(committedText);
  if (committedText !== seenCommitted) {
    setSeenCommitted(committedText);
    if (!isSameSearch(parseSearchText(draft), committed)) setDraft(committedText);
  }

  const parsed = parseSearchText(draft);
  const isCommitted = isSameSearch(parsed, committed);
  const { text } = parsed;
  const typesKey = parsed.types.join(',');
  useEffect(() => {
    if (isCommitted) return;
    const timer = setTimeout(() => onCommit({ text, types: typesKey ? typesKey.split(',') : [] }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, typesKey, isCommitted, onCommit]);

  const changeTypes = (next: string[]) => {
    const search = { text: parsed.text, types: next };
    setDraft(formatSearchText(search));
    onCommit(search); // a click is deliberate: no need to wait
  };

  return (
    <>
      {/* A plain search field, not EuiSearchBar: the query syntax is parsed by search-query.ts, and
          EuiSearchBar would add ~40 KB gzip to the JS the first screen loads. */}
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
        {toolsLeft ? <EuiFlexItem grow={false}>{toolsLeft}</EuiFlexItem> : null}
        <EuiFlexItem grow style={{ minWidth: 240 }}>
          <EuiFieldSearch
            fullWidth
            isClearable
            value={draft}
            placeholder="Search by title, or type:(dashboard or lens) web"
            aria-label="Search saved objects"
            data-test-subj="objectsSearch"
            onChange={(event) => setDraft(event.target.value)}
            // Enter searches at once; typing searches after a pause.
            onSearch={(value) => {
              const now = parseSearchText(value);
              onCommit({ text: now.text, types: now.types });
            }}
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <TypeFilter spaceId={spaceId} query={countQuery} selected={committed.types} onChange={changeTypes} />
        </EuiFlexItem>
      </EuiFlexGroup>
      {parsed.unknownTypes.length ? (
        <EuiText size="xs" color="warning" role="status">
          <p>
            Not a type this console browses: {parsed.unknownTypes.join(', ')}. Ignored.
          </p>
        </EuiText>
      ) : null}
    </>
  );
}
