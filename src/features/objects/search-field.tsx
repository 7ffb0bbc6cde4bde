import { EuiFieldSearch, EuiText } from '@elastic/eui';
import { forwardRef, memo, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { formatSearchText, isSameSearch, parseSearchText } from './search-query';
import { useUrlWriter, type UrlWriteOptions } from './use-url-writer';

/** Long enough that typing a word sends one request, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface CommittedSearch {
  text: string;
  types: string[];
}

interface SearchFieldProps {
  /** The search in the URL. */
  committed: CommittedSearch;
  /** Writes the search into the URL; false when the URL already held it. */
  onCommit: (search: CommittedSearch, options: UrlWriteOptions) => boolean;
}

/** What the type filter beside the field asks of it. */
export interface SearchFieldControls {
  /** Puts these types into the box (keeping the typed text) and searches at once. */
  applyTypes: (types: string[]) => void;
}

// Marks the history entry a typed search wrote, so the next pause in the same typing replaces it: one
// search is one Back, however many pauses it took to type. Random per page load, as history state
// outlives a reload.
const PAGE_LOAD = Math.random().toString(36).slice(2);
function typingMark(session: number) {
  return { typedSearch: `${PAGE_LOAD}:${session}` };
}
function hasMark(state: unknown, mark: { typedSearch: string }): boolean {
  return typeof state === 'object' && state !== null && (state as { typedSearch?: unknown }).typedSearch === mark.typedSearch;
}

/**
 * The box holds what the admin types (the draft); the URL gets it after a pause. The draft is state of
 * this component alone, so a keystroke renders the box and nothing else of the screen (not the table,
 * not the filters and their counts): typing stays as fast at 500 rows a page as at 20.
 *
 * The draft is replaced from the URL only when the URL means another search (back/forward, a cleared
 * filter), so the admin's spelling and caret are never fought over. The URL arriving at a search this
 * box sent is no such change: on a slow machine it arrives while the admin has typed on, and must not
 * take those keys back.
 */
export const SearchField = memo(
  forwardRef<SearchFieldControls, SearchFieldProps>(function SearchField({ committed, onCommit }, ref) {
    const committedText = formatSearchText(committed);
    const [draft, setDraft] = useState(committedText);
    const [seenCommitted, setSeenCommitted] = useState(committedText);
    // Searches sent to the URL and not yet seen back, oldest first.
    const [sent, setSent] = useState<string[]>([]);
    if (committedText !== seenCommitted) {
      setSeenCommitted(committedText);
      const echo = sent.indexOf(committedText);
      if (echo >= 0) setSent(sent.slice(echo + 1));
      else {
        setSent([]);
        if (!isSameSearch(parseSearchText(draft), committed)) setDraft(committedText);
      }
    }

    const parsed = parseSearchText(draft);
    const isCommitted = isSameSearch(parsed, committed);
    const { text } = parsed;
    const typesKey = parsed.types.join(',');

    // A typing session lasts until Enter, leaving the box, or a type filter click.
    const session = useRef(0);
    const url = useUrlWriter();
    const commit = useCallback(
      (search: CommittedSearch, how: 'typing' | 'done') => {
        const mark = typingMark(session.current);
        const continuesTyping = hasMark(url.current().state, mark);
        if (onCommit(search, { replace: continuesTyping, state: how === 'typing' ? mark : undefined })) {
          setSent((pending) => [...pending, formatSearchText(search)]);
        }
        if (how === 'done') session.current += 1;
      },
      [onCommit, url],
    );

    const renderedEntry = useLocation().key;
    useEffect(() => {
      if (isCommitted) return;
      const timer = setTimeout(() => {
        // The URL moved since this screen last rendered (Back, or a click not yet shown): the draft is
        // judged again against the new URL once it renders, and Back is never undone by a late commit.
        if (url.current().key !== renderedEntry) return;
        commit({ text, types: typesKey ? typesKey.split(',') : [] }, 'typing');
      }, SEARCH_DEBOUNCE_MS);
      return () => clearTimeout(timer);
    }, [text, typesKey, isCommitted, commit, url, renderedEntry]);

    useImperativeHandle(
      ref,
      () => ({
        applyTypes: (types) => {
          const search = { text, types };
          setDraft(formatSearchText(search));
          commit(search, 'done'); // a click is deliberate: no need to wait
        },
      }),
      [text, commit],
    );

    return (
      <>
        {/* A plain search field, not EuiSearchBar: the query syntax is parsed by search-query.ts, and
            EuiSearchBar would add ~40 KB gzip to the JS the first screen loads. */}
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
            commit({ text: now.text, types: now.types }, 'done');
          }}
        />
        {parsed.problems.length ? (
          <EuiText size="xs" color="danger" role="status">
            <p>{parsed.problems.join(' ')}</p>
          </EuiText>
        ) : null}
        {parsed.unknownTypes.length ? (
          <EuiText size="xs" color="warning" role="status">
            <p>Not a type this console browses: {parsed.unknownTypes.join(', ')}. Ignored.</p>
          </EuiText>
        ) : null}
      </>
    );
  }),
);
