import { EuiButtonEmpty, EuiFilterButton, EuiFilterGroup, EuiLoadingSpinner, EuiPopover, EuiPopoverFooter } from '@elastic/eui';
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';

// The checklist (EuiSelectable, ~30 KB gzip) loads when a filter is first opened or hovered, not with
// the table's first rows.
const loadChecklist = () => import('./filter-checklist');
const FilterChecklist = lazy(async () => ({ default: (await loadChecklist()).FilterChecklist }));

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
  const panel = useRef<HTMLElement | null>(null);
  // Focus lands on the list itself, so the arrow keys move through it at once (no Tab first).
  // (The trap asks only once the panel is open, so the panel exists.)
  const listOrPanel = () => (panel.current?.querySelector<HTMLElement>('[role="listbox"]') ?? panel.current) as HTMLElement;
  const setOpen = (open: boolean) => {
    setIsOpen(open);
    onOpenChange?.(open);
  };
  const button = (
    <EuiFilterButton
      iconType="chevronSingleDown"
      onClick={() => setOpen(!isOpen)}
      onMouseEnter={() => void loadChecklist()}
      onFocus={() => void loadChecklist()}
      isSelected={isOpen}
      hasActiveFilters={selected.length > 0}
      numActiveFilters={selected.length || undefined}
      numFilters={options.length}
      isDisabled={isDisabled}
    >
      {label}
    </EuiFilterButton>
  );

  return (
    <EuiFilterGroup>
      <EuiPopover
        aria-label={`${label} filter`}
        panelRef={(element) => {
          panel.current = element;
        }}
        initialFocus={listOrPanel}
        button={button}
        isOpen={isOpen} closePopover={() => setOpen(false)} panelPaddingSize="none" anchorPosition="downRight">
        <Suspense fallback={<EuiLoadingSpinner size="m" style={{ margin: 16 }} aria-label={`Loading ${listLabel.toLowerCase()}`} />}>
          <FilterChecklist listLabel={listLabel} options={options} selected={selected} onChange={onChange} />
        </Suspense>
        <EuiPopoverFooter paddingSize="s">
          <EuiButtonEmpty size="xs" iconType="cross" onClick={() => onChange([])} isDisabled={selected.length === 0}>
            Clear {label.toLowerCase()} filter
          </EuiButtonEmpty>
        </EuiPopoverFooter>
      </EuiPopover>
    </EuiFilterGroup>
  );
}
