import { EuiAccordion, EuiCallOut, EuiLoadingSpinner, EuiSpacer, EuiSwitch, EuiText, EuiTitle } from '@elastic/eui';
import type { UseQueryResult } from '@tanstack/react-query';
import { memo, useMemo, useState } from 'react';
import { ObjectTypeIcon, typeDisplayName } from '../../components/object-type-icon';
import type { Space } from '../../contract/kibana';
import { relatedByType, type ClosureObject } from './closure';
import type { Closure } from './closure-query';
import { objectKey, type SourceGroup } from './copy-plan';

interface ObjectsStepProps {
  groups: SourceGroup[];
  closures: UseQueryResult<Closure>[];
  spaces: Space[] | undefined;
  includeReferences: boolean;
  onIncludeReferencesChange: (include: boolean) => void;
}

export const spaceName = (spaces: Space[] | undefined, id: string) => spaces?.find((s) => s.id === id)?.name ?? id;

export function ObjectsStep({ groups, closures, spaces, includeReferences, onIncludeReferencesChange }: ObjectsStepProps) {
  return (
    <>
      {groups.length > 1 && (
        <>
          <EuiCallOut size="s" iconType="info" title={`These objects live in ${groups.length} spaces`}>
            Kibana copies from one space per request: the wizard sends one copy per source space (
            {groups.map((g) => `${spaceName(spaces, g.source)}: ${g.objects.length}`).join(', ')}).
          </EuiCallOut>
          <EuiSpacer size="m" />
        </>
      )}
      <EuiSwitch
        label="Include related objects (everything the selected objects reference, recursively)"
        checked={includeReferences}
        onChange={(e) => onIncludeReferencesChange(e.target.checked)}
      />
      <EuiSpacer size="m" />
      {groups.map((group, i) => (
        <GroupTree
          key={group.source}
          group={group}
          data={closures[i]?.data}
          isPending={closures[i]?.isPending ?? false}
          error={closures[i]?.isError ? closures[i].error.message : undefined}
          spaces={spaces}
          includeReferences={includeReferences}
        />
      ))}
    </>
  );
}

// Lists render only while their accordion is open: a 1,000-object closure costs nothing until looked at.
const RelatedTree = memo(function RelatedTree({ source, related, count }: { source: string; related: [string, ClosureObject[]][]; count: number }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string, isOpen: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <EuiAccordion id={`related-${source}`} buttonContent={`Related objects added: ${count}`} paddingSize="s" onToggle={(isOpen) => toggle('', isOpen)}>
      {open.has('') &&
        related.map(([type, list]) => (
          <EuiAccordion key={type} id={`related-${source}-${type}`} buttonContent={`${typeDisplayName(type)} (${list.length})`} paddingSize="s" onToggle={(isOpen) => toggle(type, isOpen)}>
            {open.has(type) && (
              <ul>
                {list.map((o) => (
                  <li key={objectKey(o)}>
                    {o.title ?? o.id}{' '}
                    <EuiText size="xs" color="subdued" component="span">
                      ({o.id})
                    </EuiText>
                  </li>
                ))}
              </ul>
            )}
          </EuiAccordion>
        ))}
    </EuiAccordion>
  );
});

interface GroupTreeProps {
  group: SourceGroup;
  data: Closure | undefined;
  isPending: boolean;
  error: string | undefined;
  spaces: Space[] | undefined;
  includeReferences: boolean;
}

// Memoised on plain props (the query's data, not its result object, which is new on every render of the
// wizard): picking spaces or a mode leaves 100 selected objects and their icons alone.
const GroupTree = memo(function GroupTree({ group, data, isPending, error, spaces, includeReferences }: GroupTreeProps) {
  const requestedTitles = useMemo(() => new Map(data?.objects.map((o) => [objectKey(o), o.title])), [data]);
  const related = useMemo(() => (data ? relatedByType(data.objects) : []), [data]);
  const relatedCount = related.reduce((n, [, list]) => n + list.length, 0);
  return (
    <section aria-label={`Objects from ${spaceName(spaces, group.source)}`}>
      <EuiTitle size="xxs">
        <h3>
          From {spaceName(spaces, group.source)}: {group.objects.length} selected
          {includeReferences && data ? `, ${relatedCount} related` : ''}
        </h3>
      </EuiTitle>
      <ul aria-label={`Selected objects from ${spaceName(spaces, group.source)}`}>
        {group.objects.map((o) => (
          <li key={objectKey(o)}>
            <ObjectTypeIcon type={o.type} showName={false} /> {requestedTitles.get(objectKey(o)) ?? o.id}{' '}
            <EuiText size="xs" color="subdued" component="span">
              ({o.id})
            </EuiText>
          </li>
        ))}
      </ul>
      {isPending && (
        <EuiText size="s">
          <EuiLoadingSpinner size="s" /> Reading the related objects…
        </EuiText>
      )}
      {error !== undefined && (
        <EuiCallOut color="danger" iconType="error" size="s" title="Could not read the related objects">
          {error}
        </EuiCallOut>
      )}
      {data && includeReferences && related.length > 0 && <RelatedTree source={group.source} related={related} count={relatedCount} />}
      {data && data.missingReferences.length > 0 && (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut color="warning" iconType="warning" size="s" title={`${data.missingReferences.length} missing reference${data.missingReferences.length === 1 ? '' : 's'} in ${spaceName(spaces, group.source)}`}>
            <p>These objects are referenced but do not exist in the source space, so they cannot be copied. Objects using them will ask you to copy anyway, skip or remap:</p>
            <ul>
              {data.missingReferences.map((r) => (
                <li key={objectKey(r)}>
                  {typeDisplayName(r.type)} {r.id}
                </li>
              ))}
            </ul>
          </EuiCallOut>
        </>
      )}
      <EuiSpacer size="m" />
    </section>
  );
});
