// A searchable picker of the saved objects of one type visible in a space (e.g. the data view references
// should point to). An id that is not listed (a deleted data view) can be typed in.
import { EuiComboBox, type EuiComboBoxOptionOption } from '@elastic/eui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { savedObjectQueries } from '../../api/saved-objects';
import { objectTitle } from './engine/plan';

interface ObjectPickerProps {
  spaceId: string;
  type: string;
  value: string;
  onChange: (id: string) => void;
  'aria-label': string;
  isInvalid?: boolean;
}

export function ObjectPicker({ spaceId, type, value, onChange, 'aria-label': ariaLabel, isInvalid }: ObjectPickerProps) {
  const [search, setSearch] = useState('');
  const term = search.trim();
  const found = useQuery({
    ...savedObjectQueries.find(spaceId, { types: [type], search: term ? `${term.replace(/[*"\\]/g, ' ')}*` : undefined, perPage: 50 }),
    placeholderData: keepPreviousData,
  });
  const options: EuiComboBoxOptionOption<string>[] = (found.data?.saved_objects ?? []).map((object) => ({
    label: `${objectTitle(object)} (${object.id})`,
    value: object.id,
  }));
  const selectedLabel = options.find((option) => option.value === value)?.label ?? value;
  return (
    <EuiComboBox<string>
      aria-label={ariaLabel}
      inputPopoverProps={{ 'aria-label': `Options for ${ariaLabel}` }}
      placeholder={`Search ${type} objects or type an id`}
      singleSelection={{ asPlainText: true }}
      async
      isLoading={found.isFetching}
      isInvalid={isInvalid}
      options={options}
      selectedOptions={value ? [{ label: selectedLabel, value }] : []}
      onSearchChange={setSearch}
      onChange={(selected) => onChange(selected[0]?.value ?? '')}
      onCreateOption={(id) => onChange(id.trim())}
      customOptionText="Use the id {searchValue}"
    />
  );
}
