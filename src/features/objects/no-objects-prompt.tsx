import { EuiButton, EuiEmptyPrompt } from '@elastic/eui';

interface NoObjectsProps {
  spaceName: string;
  /** A search, type filter or space filter is active. */
  isFiltered: boolean;
  isAllSpaces: boolean;
  onClearFilters: () => void;
  onShowAllSpaces: () => void;
}

/** Empty results that say what to do next. */
export function NoObjectsPrompt({ spaceName, isFiltered, isAllSpaces, onClearFilters, onShowAllSpaces }: NoObjectsProps) {
  if (isFiltered) {
    return (
      <EuiEmptyPrompt
        iconType="search"
        title={<h2>No saved objects match</h2>}
        body={<p>Nothing matches this search and these filters. Clear them to see every object{isAllSpaces ? '' : ` in ${spaceName}`}.</p>}
        actions={<EuiButton onClick={onClearFilters}>Clear search and filters</EuiButton>}
      />
    );
  }
  if (!isAllSpaces) {
    return (
      <EuiEmptyPrompt
        iconType="spacesApp"
        title={<h2>No saved objects in {spaceName}</h2>}
        body={<p>This space has no dashboards, visualizations or other saved objects. Other spaces may.</p>}
        actions={<EuiButton onClick={onShowAllSpaces}>Browse all spaces</EuiButton>}
      />
    );
  }
  return <EuiEmptyPrompt iconType="documents" title={<h2>No saved objects in any space</h2>} body={<p>Kibana has no saved objects the console can browse yet.</p>} />;
}
