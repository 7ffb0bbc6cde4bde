// Without a hand-over from the Objects screen: search the current space and pick the objects to copy. The
// pick goes into the URL (the same hand-over contract), so a reload keeps it.
import { EuiButton, EuiFieldSearch, EuiIcon, EuiSelectable, EuiSpacer, type EuiSelectableOption } from '@elastic/eui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { savedObjectQueries } from '../../api/saved-objects';
import { typeDisplayName, typeIcon } from '../../components/object-type-icon';
import { IMPORTABLE_TYPES } from '../../contract/types-registry';
import { objectLabel } from '../../lib/object-title';
import { formatObjectKey, selectionLink, type ObjectRef } from '../../lib/selection-link';

export function ObjectPicker({ spaceId }: { spaceId: string }) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Map<string, ObjectRef>>(new Map());
  const navigate = useNavigate();
  const { data, isFetching, error } = useQuery({
    ...savedObjectQueries.find(spaceId, { types: IMPORTABLE_TYPES.filter((t) => t !== 'config'), search: search ? `${search}*` : undefined, perPage: 50, fields: ['title', 'name'] }),
    placeholderData: keepPreviousData,
  });
  const options: EuiSelectableOption[] = (data?.saved_objects ?? []).map((o) => {
    const key = formatObjectKey(o);
    const option: EuiSelectableOption = {
      key,
      label: objectLabel(o) ?? o.id,
      checked: picked.has(key) ? 'on' : undefined,
      data: { type: o.type, id: o.id },
      prepend: <EuiIcon type={typeIcon(o.type)} aria-hidden />,
      append: <span>{typeDisplayName(o.type)}</span>,
    };
    return option;
  });
  return (
    <>
      <EuiFieldSearch aria-label="Search objects to copy" placeholder="Search objects to copy" value={search} isLoading={isFetching} onChange={(e) => setSearch(e.target.value)} fullWidth />
      <EuiSpacer size="s" />
      {error && <p role="alert">{error.message}</p>}
      <EuiSelectable
        aria-label="Objects to copy"
        options={options}
        listProps={{ bordered: true, isVirtualized: options.length >= 50 }}
        onChange={(_all, _event, changed) => {
          const next = new Map(picked);
          const key = changed.key as string;
          if (changed.checked === 'on') next.set(key, { type: (changed.data as ObjectRef).type, id: (changed.data as ObjectRef).id });
          else next.delete(key);
          setPicked(next);
        }}
      >
        {(list) => list}
      </EuiSelectable>
      <EuiSpacer size="s" />
      <EuiButton disabled={!picked.size} onClick={() => void navigate(selectionLink(spaceId, 'copy', { objects: [...picked.values()] }))}>
        Copy {picked.size} object{picked.size === 1 ? '' : 's'}
      </EuiButton>
    </>
  );
}
