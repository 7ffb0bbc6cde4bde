import { EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiIcon, EuiLink, EuiSkeletonText, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { ACTIONS, problemText } from '../../api/describe-problem';
import { ObjectTitleText } from '../../components/object-title-text';
import { typeDisplayName, typeIcon } from '../../components/object-type-icon';
import type { SavedObject } from '../../contract/kibana';
import { toObjectRow } from './object-row';
import { REFERRERS_PAGE, referrersQuery } from './referrers-query';
import { useObjectLink } from './use-object-link';

const SHOWN = REFERRERS_PAGE;

/** Objects that reference this one (`_find` with `has_reference`, every importable type, where it lives). */
export function ReferencingObjects({ spaceId, object }: { spaceId: string; object: SavedObject }) {
  const objectLink = useObjectLink();
  const found = useQuery(referrersQuery(spaceId, object));
  const total = found.data?.total ?? 0;

  let body;
  if (found.isPending) body = <EuiSkeletonText lines={2} isLoading contentAriaLabel="Objects that reference this one" />;
  else if (found.isError) {
    body = (
      <EuiCallOut size="s" color="warning" iconType="warning" title="Could not find the objects that reference this one">
        <p>{problemText(found.error, ACTIONS.findObjects)}</p>
      </EuiCallOut>
    );
  } else if (total === 0) {
    body = (
      <EuiText size="s" color="subdued">
        <p>No saved object references this one.</p>
      </EuiText>
    );
  } else {
    body = (
      <>
        <EuiText size="s">
          <ul aria-label="Objects that reference this one" style={{ listStyle: 'none', marginLeft: 0 }}>
            {found.data.saved_objects.map((referrer) => {
              const row = toObjectRow(referrer, spaceId);
              return (
                <li key={row.key}>
                  <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} component="span">
                    <EuiFlexItem grow={false} component="span">
                      <EuiIcon type={typeIcon(referrer.type)} aria-label={typeDisplayName(referrer.type)} />
                    </EuiFlexItem>
                    <EuiFlexItem grow={false} component="span">
                      <span>
                        <ObjectTitleText title={row.title} pattern={row.pattern} renderTitle={(title) => <EuiLink {...objectLink(row.key)}>{title}</EuiLink>} />
                      </span>
                    </EuiFlexItem>
                  </EuiFlexGroup>
                </li>
              );
            })}
          </ul>
        </EuiText>
        {total > SHOWN ? (
          <EuiText size="xs" color="subdued">
            <p>
              and {(total - SHOWN).toLocaleString('en-US')} more.
            </p>
          </EuiText>
        ) : null}
      </>
    );
  }

  return (
    <section aria-label="Referenced by">
      <EuiTitle size="xs">
        <h3>Referenced by{found.data ? ` (${total.toLocaleString('en-US')})` : ''}</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      {body}
    </section>
  );
}
