import { EuiDescriptionList, EuiToolTip } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactElement, type ReactNode } from 'react';
import { spaceQueries } from '../../api/spaces';
import { SpaceAvatars } from '../../components/space-avatars';
import { typeDisplayName } from '../../components/object-type-icon';
import type { SavedObject, Space } from '../../contract/kibana';
import { fullTime, relativeTime } from '../../lib/relative-time';
import { InlineCode } from '../../components/inline-code';

function timeDescription(iso: string | undefined, by: string | undefined, now: number): ReactElement | string {
  if (!iso) return '—';
  const relative = relativeTime(iso, now);
  // Local time and how long ago, as the table shows it; the exact stored value one hover away.
  return (
    <>
      <EuiToolTip content={iso}>
        {/* Focusable so keyboard users can open the tooltip too (EUI's tooltip pattern). */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <time dateTime={iso} tabIndex={0}>
          {fullTime(iso)}
          {relative ? ` (${relative})` : ''}
        </time>
      </EuiToolTip>
      {by ? ` by ${by}` : ''}
    </>
  );
}

function spaceNames(namespaces: readonly string[] | undefined, spaces: readonly Space[] | undefined): string {
  if (!namespaces || namespaces.length === 0) return 'No space (space-agnostic type)';
  return namespaces.map((id) => (id === '?' ? 'a space you cannot see' : (spaces?.find((space) => space.id === id)?.name ?? id))).join(', ');
}

/** The object's identity and history. */
export function ObjectDetails({ object }: { object: SavedObject }) {
  const { data: spaces } = useQuery(spaceQueries.list());
  const [now] = useState(Date.now);
  const items: { title: string; description: NonNullable<ReactNode> }[] = [
    { title: 'Type', description: `${typeDisplayName(object.type)} (${object.type})` },
    { title: 'ID', description: <InlineCode>{object.id}</InlineCode> },
    {
      title: 'Spaces',
      description: (
        <>
          <SpaceAvatars namespaces={object.namespaces} spaces={spaces} />
          {/* The "all spaces" badge says it already. */}
          {object.namespaces?.includes('*') ? null : spaceNames(object.namespaces, spaces)}
        </>
      ),
    },
    { title: 'Origin ID', description: object.originId ? <InlineCode>{object.originId}</InlineCode> : '— (not a copy)' },
    { title: 'Version', description: object.version ? <InlineCode>{object.version}</InlineCode> : '—' },
    { title: 'Created', description: timeDescription(object.created_at, object.created_by, now) },
    { title: 'Updated', description: timeDescription(object.updated_at, object.updated_by, now) },
    { title: 'Managed', description: object.managed ? 'Yes: managed by Kibana or an integration' : 'No' },
  ];
  return <EuiDescriptionList type="column" compressed listItems={items} columnWidths={[1, 3]} aria-label="Details" />;
}
