// Opened from the menu with nothing handed over: a search that picks the objects to edit. It writes the
// same `?query=` a hand-over link would, so the URL stays the state.
import { EuiButton, EuiFieldSearch, EuiFlexGroup, EuiFlexItem, EuiFormRow, EuiPanel, EuiSelect, EuiSwitch, EuiText } from '@elastic/eui';
import { useState, type FormEvent } from 'react';
import type { MatchingQuery } from '../../lib/selection-link';

const TYPES = ['visualization', 'lens', 'dashboard', 'search', 'index-pattern', 'map', 'tag', 'canvas-workpad', 'config'];

export function PickObjectsForm({ onPick }: { onPick: (query: MatchingQuery) => void }) {
  const [type, setType] = useState('visualization');
  const [search, setSearch] = useState('');
  const [allSpaces, setAllSpaces] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPick({ type: [type], ...(search.trim() ? { search: search.trim() } : {}), ...(allSpaces ? { namespaces: ['*'] } : {}) });
  };
  return (
    <EuiPanel hasBorder>
      <EuiText size="s">
        <h2>Pick the objects to edit</h2>
        <p>Select objects on the Saved objects screen and choose “Bulk edit”, or find them here.</p>
      </EuiText>
      <form onSubmit={submit} aria-label="Find objects to edit">
        <EuiFlexGroup alignItems="flexEnd" wrap>
          <EuiFlexItem grow={false}>
            <EuiFormRow label="Type">
              <EuiSelect options={TYPES.map((value) => ({ value, text: value }))} value={type} onChange={(e) => setType(e.target.value)} />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem>
            <EuiFormRow label="Search" helpText="Kibana search syntax; empty = every object of the type">
              <EuiFieldSearch value={search} onChange={(e) => setSearch(e.target.value)} fullWidth />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiFormRow hasEmptyLabelSpace>
              <EuiSwitch label="In every space" checked={allSpaces} onChange={(e) => setAllSpaces(e.target.checked)} />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiFormRow hasEmptyLabelSpace>
              <EuiButton type="submit" fill>
                Find objects
              </EuiButton>
            </EuiFormRow>
          </EuiFlexItem>
        </EuiFlexGroup>
      </form>
    </EuiPanel>
  );
}
