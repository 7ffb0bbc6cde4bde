import { EuiBasicTable, EuiLink, EuiNotificationBadge, EuiPanel, EuiSpacer, EuiText, EuiTitle, type EuiBasicTableColumn } from '@elastic/eui';
import { useId } from 'react';
import { SpaceAvatars } from '../../components/space-avatars';
import { useRouterLinks } from '../../components/use-router-links';
import { CATEGORY_TITLES, kindLabel, type PreviewRow, type SyncCategory } from './sync-preview';
import type { SpaceNames } from './use-space-names';
import { InlineCode } from '../../components/inline-code';

const DESCRIPTIONS: Record<SyncCategory, string> = {
  savedObjectsCreated: 'Jobs and trained models in Elasticsearch that no space lists, because they have no saved object.',
  savedObjectsDeleted: 'Saved objects whose job or trained model no longer exists.',
  datafeedsAdded: 'Anomaly detection saved objects that do not record their job’s datafeed.',
  datafeedsRemoved: 'Anomaly detection saved objects that still record a datafeed the job no longer has.',
};

interface PreviewSectionProps {
  category: SyncCategory;
  rows: readonly PreviewRow[];
  space: string;
  names: SpaceNames;
}

/** One of the four kinds of repair, with its items, why each is listed and where each lives. */
export function PreviewSection({ category, rows, space, names }: PreviewSectionProps) {
  const headingId = useId();
  const linkTo = useRouterLinks();

  const columns: EuiBasicTableColumn<PreviewRow>[] = [
    { field: 'kind', name: 'Kind', width: '180px', render: (kind: string) => kindLabel(kind) },
    { field: 'id', name: 'Id', render: (id: string) => <InlineCode transparentBackground>{id}</InlineCode> },
    {
      field: 'reason',
      name: 'Why',
      width: '26em',
      render: (reason: string, row: PreviewRow) => (
        <EuiText size="s">
          <p>{reason}</p>
          {row.runFrom ? (
            <p>
              <strong>Cannot be repaired from {names.nameOf(space)}:</strong>{' '}
              {row.runFrom.length ? (
                <>
                  its saved object is not visible here. Run the sync from{' '}
                  {row.runFrom.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ' or ' : ''}
                      <EuiLink {...linkTo(`/s/${id}/ml-sync`)}>{names.nameOf(id)}</EuiLink>
                    </span>
                  ))}
                  .
                </>
              ) : (
                'its saved object lives only in spaces you cannot see.'
              )}
            </p>
          ) : null}
        </EuiText>
      ),
    },
    {
      field: 'spaces',
      name: category === 'savedObjectsCreated' ? 'Will be created in' : 'Saved object lives in',
      render: (spaces: PreviewRow['spaces'], row: PreviewRow) => (
        <SpaceAvatars namespaces={row.newObjectSpaces ?? spaces} spaces={names.spaces} />
      ),
    },
  ];
  if (category === 'datafeedsAdded' || category === 'datafeedsRemoved') {
    columns.splice(3, 0, {
      field: 'storedDatafeedId',
      name: 'Datafeed id now → after',
      render: (stored: string | null) => (
        <EuiText size="s">
          {stored ?? <em>none</em>} → {category === 'datafeedsRemoved' ? <em>none</em> : <em>the job’s datafeed</em>}
        </EuiText>
      ),
    });
  }

  return (
    <EuiPanel hasBorder paddingSize="m" role="region" aria-labelledby={headingId}>
      <EuiTitle size="xs">
        <h3 id={headingId}>
          {CATEGORY_TITLES[category]} <EuiNotificationBadge color={rows.length ? 'accent' : 'subdued'}>{rows.length}</EuiNotificationBadge>
        </h3>
      </EuiTitle>
      <EuiText size="s" color="subdued">
        <p>{DESCRIPTIONS[category]}</p>
      </EuiText>
      {rows.length ? (
        <>
          <EuiSpacer size="s" />
          <EuiBasicTable<PreviewRow> tableCaption={CATEGORY_TITLES[category]} items={[...rows]} itemId="key" columns={columns} />
        </>
      ) : null}
    </EuiPanel>
  );
}
