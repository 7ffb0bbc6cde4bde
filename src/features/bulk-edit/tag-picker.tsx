// Tags of the space, picked by name; the value is their ids (tag references point to ids).
import { EuiComboBox } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { savedObjectQueries } from '../../api/saved-objects';
import { objectTitle } from '../../lib/object-title';

interface TagPickerProps {
  spaceId: string;
  value: string[];
  onChange: (ids: string[]) => void;
  'aria-label': string;
}

export function TagPicker({ spaceId, value, onChange, 'aria-label': ariaLabel }: TagPickerProps) {
  const tags = useQuery(savedObjectQueries.find(spaceId, { types: ['tag'], perPage: 1000 }));
  const options = (tags.data?.saved_objects ?? []).map((tag) => ({ label: objectTitle(tag), value: tag.id }));
  return (
    <EuiComboBox<string>
      aria-label={ariaLabel}
      inputPopoverProps={{ 'aria-label': `Options for ${ariaLabel}` }}
      placeholder="Pick tags"
      isLoading={tags.isLoading}
      options={options}
      selectedOptions={value.map((id) => options.find((option) => option.value === id) ?? { label: id, value: id })}
      onChange={(selected) => onChange(selected.map((option) => option.value ?? option.label))}
    />
  );
}
