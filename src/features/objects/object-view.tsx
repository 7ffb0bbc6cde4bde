import {
  EuiBadge,
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiSpacer,
  EuiText,
  useIsWithinBreakpoints,
} from '@elastic/eui';
import { useState } from 'react';
import { ObjectTitleText } from '../../components/object-title-text';
import { ObjectTypeIcon } from '../../components/object-type-icon';
import { objectTitleParts, titleLabel } from '../../lib/object-title';
import { useRouterLinks } from '../../components/use-router-links';
import type { SavedObject } from '../../contract/kibana';
import { DeleteObjectModal } from './delete-object-modal';
import { ExportPopover } from './export-popover';
import { FlyoutTitle } from './flyout-title';
import { ObjectAttributes } from './object-attributes';
import { ObjectDetails } from './object-details';
import { ObjectReferences } from './object-references';
import { ReferencingObjects } from './referencing-objects';
import { selectionLink, type ObjectRef } from '../../lib/selection-link';
import { useExport } from './use-export';

interface ObjectViewProps {
  spaceId: string;
  objectRef: ObjectRef;
  objectKey: string;
  titleId: string;
  onClose: () => void;
  onDeleted: (key: string) => void;
  /** The space the object is read, exported and deleted in. */
  actSpace: string;
  object: SavedObject;
}

/** The flyout's content for a loaded object: header, what is known about it, and the actions. */
export function ObjectView({ spaceId, actSpace, object, objectRef, objectKey, titleId, onClose, onDeleted }: ObjectViewProps) {
  const linkTo = useRouterLinks();
  const narrow = useIsWithinBreakpoints(['xs', 's', 'm']);
  const exporter = useExport();
  const [isDeleting, setIsDeleting] = useState(false);
  const titleParts = objectTitleParts(object);
  // In plain-text uses (the delete confirmation, export and toasts) a named data view keeps its pattern.
  const title = titleLabel(titleParts);
  return (
    <>
      <EuiFlyoutHeader hasBorder>
        <EuiText size="s" color="subdued">
          <ObjectTypeIcon type={object.type} />
        </EuiText>
        <EuiSpacer size="xs" />
        <FlyoutTitle id={titleId}>
          <ObjectTitleText {...titleParts} />
        </FlyoutTitle>
        {object.managed ? (
          <>
            <EuiSpacer size="xs" />
            <EuiBadge color="warning" iconType="lock">
              Managed by Elastic
            </EuiBadge>
          </>
        ) : null}
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {object.managed ? (
          <>
            <EuiCallOut size="s" iconType="lock" title="Kibana or an integration manages this object; changes may be overwritten." />
            <EuiSpacer />
          </>
        ) : null}
        <ObjectDetails object={object} />
        <EuiSpacer />
        <ObjectReferences spaceId={spaceId} actSpace={actSpace} object={object} />
        <EuiSpacer />
        <ReferencingObjects spaceId={spaceId} object={object} />
        <EuiSpacer />
        <ObjectAttributes object={object} title={title} />
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" alignItems="center" responsive={false} wrap>
          {/* Below 992 px the flyout is too narrow for Close and four actions on two rows; the × above and
              Escape still close it. */}
          {narrow ? null : (
            <EuiFlexItem grow={false}>
              <EuiButtonEmpty iconType="cross" onClick={onClose} flush="left">
                Close
              </EuiButtonEmpty>
            </EuiFlexItem>
          )}
          <EuiFlexItem grow={false}>
            <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
              <EuiFlexItem grow={false}>
                <EuiButtonEmpty size="s" iconType="copy" {...linkTo(selectionLink(spaceId, 'copy', { objects: [objectRef] }))}>
                  Copy to spaces
                </EuiButtonEmpty>
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                <EuiButtonEmpty size="s" iconType="pencil" {...linkTo(selectionLink(spaceId, 'bulk-edit', { objects: [objectRef] }))}>
                  Bulk edit
                </EuiButtonEmpty>
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                <ExportPopover
                  what={`“${title}”`}
                  isExporting={exporter.isExporting}
                  onExport={(deep) => exporter.run(actSpace, { objects: [{ type: object.type, id: object.id }] }, deep)}
                />
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                <EuiButton size="s" color="danger" iconType="trash" onClick={() => setIsDeleting(true)}>
                  Delete
                </EuiButton>
              </EuiFlexItem>
            </EuiFlexGroup>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
      {isDeleting ? (
        <DeleteObjectModal
          space={actSpace}
          object={object}
          title={title}
          onCancel={() => setIsDeleting(false)}
          onDeleted={() => {
            setIsDeleting(false);
            onDeleted(objectKey);
          }}
        />
      ) : null}
    </>
  );
}
