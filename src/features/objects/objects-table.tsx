import { EuiBasicTable, EuiIconTip, EuiLink, EuiProgress, type Criteria, type EuiBasicTableColumn, type EuiBasicTableProps } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useMemo, useRef, useState, type ComponentType } from 'react';
import { spaceQueries } from '../../api/spaces';
import { ObjectTitleText } from '../../components/object-title-text';
import { ObjectTypeIcon } from '../../components/object-type-icon';
import { RelativeTimeText } from '../../components/relative-time-text';
import { SpaceAvatars } from '../../components/space-avatars';
import { titleLabel } from '../../lib/object-title';
import type { ObjectRow } from './object-row';
import { lastReachablePage } from './page-plan';
import { useObjectLink } from './use-object-link';
import { PAGE_SIZES, type PageSize, type SortDirection, type SortField } from './url-state';

// Table columns ↔ the view's sort names.
const SORT_COLUMNS: Record<SortField, keyof ObjectRow> = { updated: 'updatedAt', title: 'title', type: 'type' };
const COLUMN_SORTS = Object.fromEntries(Object.entries(SORT_COLUMNS).map(([sort, column]) => [column, sort])) as Record<string, SortField>;

export interface TableChange {
  page?: number;
  size?: PageSize;
  sort?: SortField;
  direction?: SortDirection;
}

interface ObjectsTableProps {
  rows: ObjectRow[];
  total: number;
  page: number;
  size: PageSize;
  sort: SortField;
  direction: SortDirection;
  titleSortable: boolean;
  isLoading: boolean;
  /** The rows are of the previous view while this one loads: shown dimmed. */
  isStale?: boolean;
  checked: ObjectRow[];
  onCheckedChange: (checkedOnPage: ObjectRow[]) => void;
  onChange: (change: TableChange) => void;
  /** The search's free text: where it matches a title (or a data view's pattern) is highlighted. */
  search?: string;
}

// EuiBasicTable renders every row and cell again whenever it renders, which at 500 rows a page is
// hundreds of milliseconds on a slow machine. Memoised, with every prop below kept stable, it renders
// only when what it shows changes: not for a keystroke, nor a background refresh that finds the same rows.
const MemoisedBasicTable = memo(EuiBasicTable as unknown as ComponentType<EuiBasicTableProps<ObjectRow>>);

/** Memoised: renders only when its props change (the screen keeps them stable, see objects-screen.tsx). */
export const ObjectsTable = memo(function ObjectsTable(props: ObjectsTableProps) {
  const { rows, total, page, size, sort, direction, titleSortable, isLoading, isStale, checked, onCheckedChange, onChange, search } = props;
  const { data: spaces } = useQuery(spaceQueries.list());
  const objectLink = useObjectLink();
  // Relative times are as of when the screen opened; the exact time is in the tooltip.
  const [now] = useState(Date.now);

  const columns = useMemo<EuiBasicTableColumn<ObjectRow>[]>(() => [
      { field: 'type', name: 'Type', sortable: true, width: '170px', render: (type: string) => <ObjectTypeIcon type={type} /> },
      {
        field: 'title',
        name: titleSortable ? (
          'Title'
        ) : (
          <span>
            Title{' '}
            <EuiIconTip
              type="info"
              size="s"
              aria-label="Why title sorting is off"
              content="Kibana sorts several types at once only by type or date. Filter to exactly one type to sort by title."
            />
          </span>
        ),
        sortable: titleSortable,
        truncateText: true,
        render: (title: string, row: ObjectRow) => (
          <ObjectTitleText title={title} pattern={row.pattern} search={search} renderTitle={(text) => <EuiLink {...objectLink(row.key)}>{text}</EuiLink>} />
        ),
      },
      {
        field: 'namespaces',
        name: 'Spaces',
        width: '160px',
        render: (namespaces: string[] | undefined) => <SpaceAvatars namespaces={namespaces} spaces={spaces} />,
      },
      { field: 'updatedAt', name: 'Updated', sortable: true, width: '150px', render: (updatedAt: string | undefined) => <RelativeTimeText iso={updatedAt} now={now} /> },
      { field: 'referenceCount', name: 'References', width: '110px', align: 'right', dataType: 'number' },
  ], [titleSortable, objectLink, spaces, now, search]);

  // EuiBasicTable reports "nothing checked" just before every page, page-size or sort change (it assumes
  // the selection belongs to the page). Here the selection outlives the page, so such a clear is held
  // back for a moment and dropped if a table change follows in the same event.
  const pendingClear = useRef<{ dropped: boolean } | null>(null);
  const handleChecked = useCallback((checkedOnPage: ObjectRow[]) => {
    if (checkedOnPage.length > 0) {
      onCheckedChange(checkedOnPage);
      return;
    }
    const clear = { dropped: false };
    pendingClear.current = clear;
    queueMicrotask(() => {
      if (!clear.dropped) onCheckedChange([]);
    });
  }, [onCheckedChange]);

  const handleChange = useCallback(({ page: nextPage, sort: nextSort }: Criteria<ObjectRow>) => {
    if (pendingClear.current) pendingClear.current.dropped = true;
    const change: TableChange = {};
    if (nextSort && (COLUMN_SORTS[nextSort.field] !== sort || nextSort.direction !== direction)) {
      change.sort = COLUMN_SORTS[nextSort.field];
      change.direction = nextSort.direction;
    } else if (nextPage) {
      if (nextPage.size !== size) change.size = nextPage.size as PageSize;
      else change.page = nextPage.index + 1;
    }
    if (Object.keys(change).length) onChange(change);
  }, [sort, direction, size, onChange]);

  const pagination = useMemo(
    () => ({
      pageIndex: page - 1,
      pageSize: size,
      // Kibana pages only through the first 10,000 matches: offer only pages it can serve.
      totalItemCount: Math.min(total, lastReachablePage(total, size) * size),
      pageSizeOptions: [...PAGE_SIZES],
      showPerPageOptions: true,
    }),
    [page, size, total],
  );
  const sorting = useMemo(() => ({ sort: { field: SORT_COLUMNS[sort], direction } }), [sort, direction]);
  const selection = useMemo(
    () => ({ selected: checked, onSelectionChange: handleChecked, selectableMessage: (_selectable: boolean, row: ObjectRow) => `Select ${titleLabel(row)}` }),
    [checked, handleChecked],
  );
  const rowProps = useMemo(() => (isStale ? { style: { opacity: 0.5 } } : undefined), [isStale]);

  return (
    <div aria-busy={isLoading} style={{ position: 'relative' }}>
      {/* Another view loading shows in the table (dimmed rows, its loading line); a background refresh
          of the same rows only here, so that the table does not render twice for it. */}
      {isLoading && !isStale ? <EuiProgress size="xs" color="primary" position="absolute" role="progressbar" aria-label="Refreshing saved objects" /> : null}
      <MemoisedBasicTable
        tableCaption="Saved objects"
        items={rows}
        itemId="key"
        rowHeader="title"
        columns={columns}
        loading={isStale}
        rowProps={rowProps}
        pagination={pagination}
        sorting={sorting}
        selection={selection}
        onChange={handleChange}
        noItemsMessage="No saved objects on this page."
      />
    </div>
  );
});
