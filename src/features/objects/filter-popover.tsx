import {
  EuiFilterButton,
  EuiFilterGroup,
  EuiPopover,
  EuiPopoverFooter,
  EuiButtonEmpty,
  EuiSelectable,
  type EuiSelectableOption,
} from '@elastic/eui';
import { useState, type ReactNode } from 'react';

export interface FilterOption {
  value: string;
  label: string;
  prepend?: ReactNode;
  append?: ReactNode;
}

interface FilterPopoverProps {
  /** The button's text, e.g. "Type". */
  label: string;
  /** Names the list for assistive tech, e.g. "Types". */
  listLabel: string;
  options: readonly FilterOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Called when the popover opens or closes (e.g. to load counts only when they are seen). */
  onOpenChange?: (isOpen: boolean) => void;
  isDisabled?: boolean;
}

/** A multi-select filter button with a checklist, as EUI's search bar filters look. */
export function FilterPopover({ label, listLabel, options, selected, onChange, onOpenChange, isDisabled }: FilterPopoverProps) {
  const [isOpen, setIsOpen] = useState(false);
  const setOpen = (open: boolean) => {
    setIsOpen(open);
    onOpenChange?.(open);
  };
  const selectableOptions: EuiSelectableOption[] = options.map((option) => ({
    key: option.value,
    label: option.label,
    checked: selected.includes(option.value) ? 'on' : undefined,
    prepend: option.prepend,
    append: option.append,
  }));

  const button = (
    <EuiFilterButton
      iconType="arrowDown"
      onClick={() => setOpen(!isOpen)}
      isSelected={isOpen}
      hasActiveFilters={selected.length > 0}
      numActiveFilters={selected.length || undefined}
      numFilters={options.length}
      isDisabled={isDisabled}
      aria-label={`${label} filter`}
    >
      {label}
    </EuiFilterButton>
  );

  return (
    <EuiFilterGroup>
      <EuiPopover button={button} isOpen={isOpen} closePopover={() => setOpen(false)} panelPaddingSize="none" anchorPosition="downRight">
        <EuiSelectable
          aria-label={listLabel}
          options={selectableOptions}
          onChange={(next) => onChange(next.filter((option) => option.checked === 'on').map((option) => String(option.key)))}
          // Short lists render every option (reachable by assistive tech); long ones are virtualised.
          listProps={{ bordered: false, showIcons: true, isVirtualized: options.length >= 50 }}
        >
          {(list) => <div style={{ width: 280 }}>{list}</div>}
        </EuiSelectable>
        <EuiPopoverFooter paddingSize="s">
          <EuiButtonEmpty size="xs" iconType="cross" onClick={() => onChange([])} isDisabled={selected.length === 0}>
            Clear {label.toLowerCase()} filter
          </EuiButtonEmpty>
        </EuiPopoverFooter>
      </EuiPopover>
    </EuiFilterGroup>
  );
}
