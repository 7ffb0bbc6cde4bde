import { EuiFlexGroup, EuiFlexItem, EuiLink, EuiPanel, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { spaceQueries } from '../../api/spaces';
import { ObjectTypeIcon } from '../../components/object-type-icon';
import { SpaceAvatars } from '../../components/space-avatars';
import { useRouterLinks } from '../../components/use-router-links';
import type { SavedObject } from '../../contract/kibana';
import { ObjectTitleText } from '../../components/object-title-text';
import { objectTitleParts, titleLabel } from '../../lib/object-title';
import { objectFlyoutPath } from './object-links';

interface ObjectCardProps {
  space: string;
  object: SavedObject;
  /** Small line above the title, e.g. "Has the old id". */
  label?: ReactNode;
}

/** One saved object as the admin recognises it, with a way to open it in the Objects screen. */
export function ObjectCard({ space, object, label }: ObjectCardProps) {
  const spaces = useQuery(spaceQueries.list());
  const linkTo = useRouterLinks();
  const titleParts = objectTitleParts(object);
  const title = titleLabel(titleParts);
  return (
    <EuiPanel hasBorder paddingSize="m" aria-label={`${title} (${object.type}:${object.id})`} role="group">
      {label ? (
        <EuiText size="xs" color="subdued">
          <strong>{label}</strong>
        </EuiText>
      ) : null}
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} justifyContent="spaceBetween">
        <EuiFlexItem grow={false}>
          <EuiText size="s" color="subdued">
            <ObjectTypeIcon type={object.type} />
          </EuiText>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <SpaceAvatars namespaces={object.namespaces} spaces={spaces.data} />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="xs" />
      <EuiTitle size="xs">
        <h3>
          <ObjectTitleText {...titleParts} />
        </h3>
      </EuiTitle>
      <EuiText size="xs" color="subdued">
        id <code>{object.id}</code>
      </EuiText>
      <EuiSpacer size="s" />
      <EuiLink {...linkTo(objectFlyoutPath(space, object))} aria-label={`Open in Objects: ${title}`}>
        Open in Objects
      </EuiLink>
    </EuiPanel>
  );
}
