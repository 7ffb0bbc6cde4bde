// Once the copy is sent, the first three steps can no longer change ("Start over" does that): each says in a
// line what was chosen, instead of keeping its lists on screen disabled. The copy's status and the decision
// grid then sit right below, not under hundreds of greyed-out entries, and the page the answer is drawn
// into stays small.
import { EuiText } from '@elastic/eui';
import { memo } from 'react';
import type { Space } from '../../contract/kibana';
import type { ClosureObject } from './closure';
import type { CopyMode, SourceGroup } from './copy-plan';
import { MODES } from './mode-step';
import { spaceName } from './objects-step';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface ObjectsSummaryProps {
  groups: SourceGroup[];
  /** Source space → the objects copied from it (with the related ones when they are included). */
  closures: ReadonlyMap<string, readonly ClosureObject[]>;
  spaces: Space[] | undefined;
  includeReferences: boolean;
}

export const ObjectsSummary = memo(function ObjectsSummary({ groups, closures, spaces, includeReferences }: ObjectsSummaryProps) {
  return (
    <EuiText size="s">
      <ul aria-label="Objects copied">
        {groups.map((g) => {
          const related = (closures.get(g.source) ?? []).filter((o) => !o.requested).length;
          return (
            <li key={g.source}>
              From {spaceName(spaces, g.source)}: {plural(g.objects.length, 'selected object')}
              {includeReferences ? ` and ${plural(related, 'related object')}` : ', related objects not included'}
            </li>
          );
        })}
      </ul>
    </EuiText>
  );
});

/** The target spaces (a source space is never a target when there is only one). */
export const SpacesSummary = memo(function SpacesSummary({ selected, sources, spaces }: { selected: string[]; sources: string[]; spaces: Space[] | undefined }) {
  const targets = selected.filter((id) => !(sources.length === 1 && id === sources[0]));
  return (
    <EuiText size="s">
      <p>{targets.map((id) => spaceName(spaces, id)).join(', ')}</p>
    </EuiText>
  );
});

export function ModeSummary({ mode }: { mode: CopyMode }) {
  return (
    <EuiText size="s">
      <p>{MODES.find((m) => m.id === mode)?.label}</p>
    </EuiText>
  );
}
