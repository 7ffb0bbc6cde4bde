import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiPageTemplate, EuiSpacer, EuiText } from '@elastic/eui';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { spaceQueries } from '../../api/spaces';
import { useRouterLinks } from '../../components/use-router-links';
import { BulkActionsBar } from './bulk-actions-bar';
import { LoadingObjects } from './loading-objects';
import { NoObjectsPrompt } from './no-objects-prompt';
import { toObjectRow, type ObjectRow } from './object-row';
import { ObjectsLoadError } from './objects-load-error';
import { canSortByTitle, effectiveSort, matchingQuery, objectsPageQuery } from './objects-query';
import { ObjectsSearchBar } from './objects-search-bar';
import { ObjectsTable } from './objects-table';
import { PastLastPagePrompt } from './past-last-page-prompt';
import { ResultNotices } from './result-notices';
import { ScopeFilter } from './scope-filter';
import type { CommittedSearch } from './search-field';
import {
  activeSelection,
  applyPageSelection,
  checkedRows,
  EMPTY_SELECTION,
  removeFromSelection,
  selectAllMatching,
  type Selection,
} from './selection';
import { loadSelection, saveSelection, UNKEYED_ENTRY } from './selection-memory';
import { objectSearch } from './use-object-link';
import { parseObjectsView, updateViewParams, type ObjectsView } from './url-state';
import { useUrlWriter, type UrlWriteOptions } from './use-url-writer';

// The flyout (JSON code blocks and their highlighter) loads when an object is first opened, keeping it
// out of the JS the table needs to show its first rows.
const ObjectFlyout = lazy(async () => ({ default: (await import('./object-flyout')).ObjectFlyout }));

function showing(page: number, size: number, rows: number, total: number): string {
  const objects = `${total.toLocaleString('en-US')} saved ${total === 1 ? 'object' : 'objects'}`;
  if (rows === 0) return objects;
  const first = (page - 1) * size + 1;
  return `Showing ${first.toLocaleString('en-US')}–${(first + rows - 1).toLocaleString('en-US')} of ${objects}`;
}

/** The Objects screen of one space: everything it shows comes from the URL (url-state.ts). */
export function ObjectsScreen({ spaceId }: { spaceId: string }) {
  const [searchParams] = useSearchParams();
  const url = useUrlWriter();
  const view = useMemo(() => parseObjectsView(searchParams), [searchParams]);
  const openObjectKey = searchParams.get('object');
  const linkTo = useRouterLinks();
  const { data: spaces } = useQuery(spaceQueries.list());
  const spaceName = spaces?.find((space) => space.id === spaceId)?.name || spaceId;

  // Each change composes with the URL as it is now, not as last rendered (see use-url-writer.ts); one
  // that leaves the URL as it is adds no history entry (Back must always step somewhere).
  const updateView = useCallback(
    (patch: Partial<ObjectsView>, options?: UrlWriteOptions) => url.write((current) => updateViewParams(current, patch), options),
    [url],
  );
  const commitSearch = useCallback(
    ({ text, types }: CommittedSearch, options: UrlWriteOptions) => updateView({ q: text, types }, options),
    [updateView],
  );
  const closeFlyout = useCallback(() => url.write((current) => new URLSearchParams(objectSearch(current.toString(), null))), [url]);

  const queryClient = useQueryClient();
  const page = useQuery({ ...objectsPageQuery(spaceId, view), placeholderData: keepPreviousData });
  // While another view loads, the old rows stay (dimmed, marked busy) and the caption keeps describing
  // them, not the view being loaded.
  const [shownView, setShownView] = useState(view);
  if (page.data && !page.isPlaceholderData && shownView !== view) setShownView(view);
  // The rows, their caption and notices show this snapshot, deferred: new rows (500 on a page) render in
  // slices between which the browser paints and takes keys, instead of one long freeze. The first rows
  // are not deferred: there is nothing to show meanwhile.
  const latest = useMemo(
    () => ({ data: page.data, isStale: page.isPlaceholderData, isFetching: page.isFetching, view, captionView: shownView }),
    [page.data, page.isPlaceholderData, page.isFetching, view, shownView],
  );
  const deferred = useDeferredValue(latest);
  const shown = deferred.data === undefined ? latest : deferred;
  const query = useMemo(() => matchingQuery(view), [view]);
  // Back from Copy to spaces or Bulk edit shows the selection that was handed to them (selection-memory.ts).
  const location = useLocation();
  const navigate = useNavigate();
  const entryKey = location.key;
  const [chosen, setChosen] = useState<Selection>(() => loadSelection(entryKey));
  useEffect(() => saveSelection(entryKey, chosen), [entryKey, chosen]);
  // The entry a page load lands on has no key of its own ("default", like every loaded page): give it one,
  // replacing the entry in place, so that its selection is not mistaken for another page load's.
  useEffect(() => {
    if (entryKey === UNKEYED_ENTRY) void navigate(location, { replace: true, state: location.state });
  }, [entryKey, location, navigate]);
  const selection = useMemo(() => activeSelection(chosen, query), [chosen, query]);
  const rows = useMemo(() => shown.data?.rows.map((object) => toObjectRow(object, spaceId)) ?? [], [shown.data, spaceId]);
  // The table and the search bar are memoised: what they get stays the same object until it changes, so
  // a page query changing state (fetching, then the same rows again) renders neither.
  const checked = useMemo(() => checkedRows(selection, rows), [selection, rows]);
  const onCheckedChange = useCallback((onPage: ObjectRow[]) => setChosen(applyPageSelection(selection, rows, onPage)), [selection, rows]);
  const committed = useMemo(() => ({ text: view.q, types: view.types }), [view.q, view.types]);
  const countQuery = useMemo(() => ({ search: query.search, namespaces: query.namespaces }), [query.search, query.namespaces]);
  const scopeFilter = useMemo(
    () => <ScopeFilter spaceName={spaceName} scope={view.scope} spaces={view.spaces} onChange={updateView} />,
    [spaceName, view.scope, view.spaces, updateView],
  );
  const total = shown.data?.total ?? 0;
  const matches = page.data?.total ?? 0;
  const sort = effectiveSort(shown.view);
  const isFiltered = view.q !== '' || view.types.length > 0 || view.spaces.length > 0;

  let results;
  if (shown.data === undefined && page.isError) {
    results = <ObjectsLoadError error={page.error} onRetry={() => void page.refetch()} isRetrying={page.isFetching} />;
  } else if (shown.data === undefined) {
    results = (
      <LoadingObjects
        isFetching={page.fetchStatus === 'fetching'}
        onCancel={() => void queryClient.cancelQueries({ queryKey: objectsPageQuery(spaceId, view).queryKey, exact: true })}
        onRetry={() => void page.refetch()}
      />
    );
  } else if (total === 0) {
    results = (
      <NoObjectsPrompt
        spaceName={spaceName}
        isFiltered={isFiltered}
        isAllSpaces={view.scope === 'all'}
        onClearFilters={() => updateView({ q: '', types: [], spaces: [] })}
        onShowAllSpaces={() => updateView({ scope: 'all' })}
      />
    );
  } else if (rows.length === 0) {
    results = <PastLastPagePrompt onFirstPage={() => updateView({ page: 1 })} />;
  } else {
    results = (
      <ObjectsTable
        rows={rows}
        total={total}
        page={shown.view.page}
        size={shown.view.size}
        sort={sort.sort}
        // Above 10,000 matches the rows come oldest first (see ResultNotices): the header says so.
        direction={shown.data.descendingUnavailable ? 'asc' : sort.direction}
        titleSortable={canSortByTitle(shown.view)}
        isLoading={shown.isFetching}
        isStale={shown.isStale}
        checked={checked}
        onCheckedChange={onCheckedChange}
        onChange={updateView}
        search={shown.view.q}
      />
    );
  }

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Saved objects"
        description="Browse and search the saved objects of this space or of every space, see where each one lives and what it references."
        rightSideItems={[
          <EuiButton key="open-by-id" iconType="link" {...linkTo(`/s/${encodeURIComponent(spaceId)}/aliases`)}>
            Open by id
          </EuiButton>,
        ]}
      />
      <EuiPageTemplate.Section>
        <ObjectsSearchBar
          spaceId={spaceId}
          committed={committed}
          countQuery={countQuery}
          onCommit={commitSearch}
          toolsLeft={scopeFilter}
        />
        <EuiSpacer size="m" />
        <BulkActionsBar
          spaceId={spaceId}
          selection={selection}
          total={page.isPlaceholderData ? 0 : matches}
          onSelectAllMatching={() => setChosen(selectAllMatching(query, matches))}
          onClear={() => setChosen(EMPTY_SELECTION)}
        />
        <EuiSpacer size="s" />
        {shown.data ? (
          <>
            <ResultNotices
              total={total}
              descendingUnavailable={shown.data.descendingUnavailable}
              pageOutOfReach={shown.data.pageOutOfReach}
              onSortOldestFirst={() => updateView({ direction: 'asc' })}
            />
            <EuiFlexGroup justifyContent="spaceBetween" alignItems="center" responsive={false}>
              <EuiFlexItem grow={false}>
                <EuiText size="s" color="subdued" role="status">
                  {showing(shown.captionView.page, shown.captionView.size, rows.length, total)}
                </EuiText>
              </EuiFlexItem>
            </EuiFlexGroup>
            <EuiSpacer size="s" />
          </>
        ) : null}
        {results}
      </EuiPageTemplate.Section>
      {openObjectKey ? (
        <Suspense fallback={null}>
          <ObjectFlyout
            spaceId={spaceId}
            objectKey={openObjectKey}
            onClose={closeFlyout}
            onDeleted={(key) => {
              setChosen((current) => removeFromSelection(current, key));
              closeFlyout();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
