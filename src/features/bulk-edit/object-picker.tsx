// A searchable picker of the saved objects of one type (e.g. the data view references should point to),
// from the spaces the edited objects live in. An id that is not listed (a deleted data view) can be typed in.
import { EuiComboBox, type EuiComboBoxOptionOption } from '@elastic/eui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createContext, useContext, useState } from 'react';
import { savedObjectQueries } from '../../api/saved-objects';
import { objectTitle } from '../../lib/object-title';

interface ObjectPickerProps {
  spaceId: string;
  type: string;
  value: string;
  onChange: (id: string) => void;
  'aria-label': string;
  isInvalid?: boolean;
}

/** The spaces the edited objects live in (the screen's space when empty). */
export const SelectionSpaces = createContext<readonly string[]>([]);

export function ObjectPicker({ spaceId, type, value, onChange, 'aria-label': ariaLabel, isInvalid }: ObjectPickerProps) {
  const [search, setSearch] = useState('');
  const term = search.trim();
  const objectSpaces = useContext(SelectionSpaces);
  // Objects in other spaces can only point to what their own space has: list the candidates of every
  // space involved, each with its spaces, so the admin sees where a target is (the preview checks it too).
  const namespaces = objectSpaces.some((space) => space !== spaceId) ? [...objectSpaces] : undefined;
  const found = useQuery({
    ...savedObjectQueries.find(spaceId, { types: [type], search: term ? `${term.replace(/[*"\\]/g, ' ')}*` : undefined, perPage: 50, namespaces }),
    placeholderData: keepPreviousData,
  });
  const options: EuiComboBoxOptionOption<string>[] = (found.data?.saved_objects ?? []).map((object) => ({
    label: `${objectTitle(object)} (${object.id})${namespaces ? ` in ${(object.namespaces ?? []).join(', ')}` : ''}`,
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
