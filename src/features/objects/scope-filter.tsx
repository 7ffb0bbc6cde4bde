import { EuiAvatar, EuiButtonGroup, EuiFlexGroup, EuiFlexItem } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { spaceQueries } from '../../api/spaces';
import { FilterPopover } from './filter-popover';
import type { ObjectsScope } from './url-state';

interface ScopeFilterProps {
  spaceName: string;
  scope: ObjectsScope;
  spaces: readonly string[];
  onChange: (change: { scope: ObjectsScope; spaces?: string[] }) => void;
}

// EuiAvatar throws on colours it cannot parse; Kibana accepts more.
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** This space, or every space at once (`namespaces=*`), optionally only some of them. */
export const ScopeFilter = memo(function ScopeFilter({ spaceName, scope, spaces, onChange }: ScopeFilterProps) {
  const { data: allSpaces = [] } = useQuery(spaceQueries.list());
  const options = allSpaces.map((space) => ({
    value: space.id,
    label: space.name || space.id,
    prepend: <EuiAvatar type="space" size="s" name={space.name || space.id} initials={space.initials} color={space.color && HEX_COLOR.test(space.color) ? space.color : undefined} aria-hidden={true} />,
  }));

  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
      <EuiFlexItem grow={false}>
        <EuiButtonGroup
          legend="Spaces to browse"
          idSelected={scope}
          onChange={(id) => onChange({ scope: id as ObjectsScope })}
          options={[
            { id: 'space', label: spaceName },
            { id: 'all', label: 'All spaces' },
          ]}
        />
      </EuiFlexItem>
      {scope === 'all' ? (
        <EuiFlexItem grow={false}>
          <FilterPopover label="Space" listLabel="Spaces" options={options} selected={spaces} onChange={(next) => onChange({ scope: 'all', spaces: next })} />
        </EuiFlexItem>
      ) : null}
    </EuiFlexGroup>
  );
});
