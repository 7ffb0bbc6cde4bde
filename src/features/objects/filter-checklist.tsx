// The checklist inside a filter popover (see filter-popover.tsx).
import { EuiSelectable, type EuiSelectableOption } from '@elastic/eui';
import { useEffect, useRef } from 'react';
import type { FilterOption } from './filter-popover';

interface FilterChecklistProps {
  listLabel: string;
  options: readonly FilterOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

export function FilterChecklist({ listLabel, options, selected, onChange }: FilterChecklistProps) {
  // Loaded after the popover opened (the first time): if focus is still on the popover's panel, move it
  // to the list so the arrow keys work without a Tab.
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.getAttribute('role') === 'dialog' && active.contains(wrapper.current)) {
      wrapper.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
    }
  }, []);
  const selectableOptions: EuiSelectableOption[] = options.map((option) => ({
    key: option.value,
    label: option.label,
    checked: selected.includes(option.value) ? 'on' : undefined,
    prepend: option.prepend,
    append: option.append,
  }));
  return (
    <EuiSelectable
      aria-label={listLabel}
      options={selectableOptions}
      onChange={(next) => {
        const values = next.filter((option) => option.checked === 'on').map((option) => String(option.key));
        // EuiSelectable reports from inside its own state update; the URL write renders at once
        // (flushSync), which React can only do once that update is over.
        queueMicrotask(() => onChange(values));
      }}
      // Short lists render every option (reachable by assistive tech); long ones are virtualised.
      listProps={{ bordered: false, showIcons: true, isVirtualized: options.length >= 50 }}
    >
      {(list) => (
        <div ref={wrapper} style={{ width: 280 }}>
          {list}
        </div>
      )}
    </EuiSelectable>
  );
}
