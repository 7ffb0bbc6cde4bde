import { EuiFlexGroup, EuiFlexItem, EuiPanel, EuiRadioGroup, EuiText, EuiTitle } from '@elastic/eui';
import { useId } from 'react';
import type { SpaceNames } from './use-space-names';

interface SpaceChoiceProps {
  space: string;
  addToAllSpaces: boolean;
  onChange: (addToAllSpaces: boolean) => void;
  names: SpaceNames;
}

/** The space question made explicit: where the sync runs, and where new saved objects will land. */
export function SpaceChoice({ space, addToAllSpaces, onChange, names }: SpaceChoiceProps) {
  const legendId = useId();
  const here = names.nameOf(space);
  return (
    <EuiPanel hasBorder paddingSize="m">
      <EuiFlexGroup gutterSize="l" wrap>
        <EuiFlexItem style={{ minWidth: 280 }}>
          <EuiTitle size="xxs">
            <h3>The sync runs in the space {here}</h3>
          </EuiTitle>
          <EuiText size="s">
            <p>
              It is the space of this page; change it with the space switcher. From here Kibana can create and delete saved objects
              in any space, but it fixes datafeed ids only on saved objects that are visible in {here}.
            </p>
          </EuiText>
        </EuiFlexItem>
        <EuiFlexItem style={{ minWidth: 320 }}>
          <EuiTitle size="xxs">
            <h3 id={legendId}>Where new saved objects go</h3>
          </EuiTitle>
          <EuiRadioGroup
            name="ml-sync-new-objects"
            aria-labelledby={legendId}
            idSelected={addToAllSpaces ? 'all' : 'this'}
            onChange={(id) => onChange(id === 'all')}
            options={[
              { id: 'all', label: 'All spaces (Kibana’s default)' },
              { id: 'this', label: `Only ${here}` },
            ]}
          />
          <EuiText size="xs" color="subdued">
            <p>
              {addToAllSpaces
                ? 'Every space will list the new jobs and trained models. Restrict them later with “Edit spaces” in Machine Learning.'
                : `Only users of ${here} will see the new jobs and trained models; other spaces will not list them until you share them.`}{' '}
              Trained models whose id starts with “.” always go to all spaces, and a model made by a data frame analytics job that already
              has a saved object takes that job’s spaces.
            </p>
          </EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiPanel>
  );
}
