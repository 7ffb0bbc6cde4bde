import { EuiBadge, EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSpacer, EuiText, EuiTitle, useGeneratedHtmlId } from '@elastic/eui';
import type { ReactNode } from 'react';
import type { LegacyUrlAlias } from '../../api/resolve';
import { typeDisplayName } from '../../components/object-type-icon';
import { purposeDescription } from './alias-wording';
import { ConflictResult } from './conflict-result';
import type { ResolveResult, ResolveResultKind } from './describe-resolve-results';
import { ObjectCard } from './object-card';

const BADGES: Record<ResolveResultKind, { label: string; color: string }> = {
  exactMatch: { label: 'Exact match', color: 'success' },
  aliasMatch: { label: 'Moved', color: 'primary' },
  conflict: { label: 'Conflict', color: 'danger' },
  notFound: { label: 'Not found', color: 'default' },
  unsupportedType: { label: 'Unsupported type', color: 'warning' },
  error: { label: 'Failed', color: 'danger' },
};

function Explanation({ children }: { children: ReactNode }) {
  return (
    <EuiText size="s">
      <p>{children}</p>
    </EuiText>
  );
}

function KibanaSaid({ message }: { message: string }) {
  return (
    <EuiText size="xs" color="subdued">
      <p>Kibana said: {message}</p>
    </EuiText>
  );
}

interface ResultProps {
  space: string;
  result: ResolveResult;
  /** The aliases of the space, once known: they tell a not-found id whose alias is disabled. */
  aliases?: readonly LegacyUrlAlias[];
}

function NotFoundExplanation({ typeName, id, disabledAlias, aliasesKnown }: { typeName: string; id: string; disabledAlias?: LegacyUrlAlias; aliasesKnown: boolean }) {
  if (disabledAlias) {
    return (
      <Explanation>
        No {typeName} has the id <code>{id}</code> in this space. Its alias to <code>{disabledAlias.targetId}</code> is disabled, so
        Kibana no longer follows it: links with the old id answer “not found”. Use the id <code>{disabledAlias.targetId}</code>{' '}
        instead.
      </Explanation>
    );
  }
  return (
    <Explanation>
      No {typeName} has the id <code>{id}</code> in this space, and no {aliasesKnown ? '' : 'enabled '}alias sends it anywhere. The
      object may have been deleted or live in another space{aliasesKnown ? '.' : ', or its alias may have been disabled.'}
    </Explanation>
  );
}

function ResultBody({ space, result, aliases }: ResultProps) {
  const { type, id } = result.requested;
  const typeName = typeDisplayName(type).toLowerCase();
  switch (result.kind) {
    case 'exactMatch':
      return <ObjectCard space={space} object={result.object} />;
    case 'aliasMatch':
      return (
        <>
          <Explanation>
            This id moved to <code>{result.aliasTargetId}</code>. Its alias was {purposeDescription(result.purpose)}; Kibana
            follows it and opens this object:
          </Explanation>
          <EuiSpacer size="s" />
          <ObjectCard space={space} object={result.object} />
        </>
      );
    case 'conflict':
      return <ConflictResult space={space} result={result} />;
    case 'notFound':
      return (
        <>
          <NotFoundExplanation
            typeName={typeName}
            id={id}
            aliasesKnown={aliases !== undefined}
            disabledAlias={aliases?.find((alias) => alias.disabled && alias.sourceId === id && alias.targetType === type)}
          />
          <KibanaSaid message={result.error.message} />
        </>
      );
    case 'unsupportedType':
      return (
        <>
          <Explanation>
            Kibana does not know the type <code>{type}</code>, or does not let its HTTP APIs read it. Check the spelling of the
            type.
          </Explanation>
          <KibanaSaid message={result.error.message} />
        </>
      );
    case 'error':
      return (
        <>
          <Explanation>Kibana could not resolve this id ({result.error.statusCode} {result.error.error}).</Explanation>
          <KibanaSaid message={result.error.message} />
        </>
      );
  }
}

/** One requested id and what Kibana does with it. */
export function ResolveResultPanel({ space, result, aliases }: ResultProps) {
  const headingId = useGeneratedHtmlId({ prefix: 'resolve-result' });
  const badge = BADGES[result.kind];
  const name = `${result.requested.type}:${result.requested.id}`;
  return (
    <EuiPanel hasShadow={false} hasBorder paddingSize="m" role="region" aria-labelledby={headingId}>
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <EuiTitle size="xs">
            <h2 id={headingId}>{name}</h2>
          </EuiTitle>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiBadge color={badge.color}>{badge.label}</EuiBadge>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      <ResultBody space={space} result={result} aliases={aliases} />
    </EuiPanel>
  );
}
