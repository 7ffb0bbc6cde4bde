import { EuiIcon, EuiNotificationBadge, EuiLoadingSpinner } from '@elastic/eui';
import { useQueries } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { savedObjectQueries } from '../../api/saved-objects';
import { typeDisplayName, typeIcon } from '../../components/object-type-icon';
import { IMPORTABLE_TYPES } from '../../contract/types-registry';
import { FilterPopover } from './filter-popover';
import type { MatchingQuery } from '../../lib/selection-link';

interface TypeFilterProps {
  spaceId: string;
  /** The current search without its type filter: what the counts count. */
  query: Omit<MatchingQuery, 'type'>;
  selected: readonly string[];
  onChange: (types: string[]) => void;
}

/**
 * Counts come from one `per_page=0` request per type, in parallel, only while the list is open, and
 * stay cached for a minute: cheap even with 100,000 objects, where loading objects to count them is not.
 */
export const TypeFilter = memo(function TypeFilter({ spaceId, query, selected, onChange }: TypeFilterProps) {
  const [isOpen, setIsOpen] = useState(false);
  const counts = useQueries({
    queries: IMPORTABLE_TYPES.map((type) => ({
      ...savedObjectQueries.count(spaceId, { types: [type], search: query.search, namespaces: query.namespaces }),
      enabled: isOpen,
    })),
  });

  const options = IMPORTABLE_TYPES.map((type, index) => {
    const count = counts[index];
    let append;
    if (count.data !== undefined) {
      append = (
        <EuiNotificationBadge color="subdued" aria-label={`${count.data.toLocaleString('en-US')} objects`}>
          {count.data.toLocaleString('en-US')}
        </EuiNotificationBadge>
      );
    } else if (count.isFetching) append = <EuiLoadingSpinner size="s" aria-label="Counting" />;
    return { value: type, label: typeDisplayName(type), prepend: <EuiIcon type={typeIcon(type)} aria-hidden="true" />, append };
  });

  return <FilterPopover label="Type" listLabel="Types" options={options} selected={selected} onChange={onChange} onOpenChange={setIsOpen} />;
});
