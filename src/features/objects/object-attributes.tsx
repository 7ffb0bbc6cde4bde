import { EuiCallOut, EuiCode, EuiSpacer, EuiTitle } from '@elastic/eui';
import { useMemo } from 'react';
import { JsonView } from '../../components/json-view';
import type { SavedObject } from '../../contract/kibana';
import { expandJsonStrings } from './expand-json';

/** The attributes, with JSON kept in strings (panelsJSON, visState, …) shown parsed, and said so. */
export function ObjectAttributes({ object, title }: { object: SavedObject; title: string }) {
  const expanded = useMemo(() => expandJsonStrings(object.attributes), [object.attributes]);
  return (
    <section aria-label="Attributes">
      <EuiTitle size="xs">
        <h3>Attributes</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      {expanded.expandedPaths.length ? (
        <>
          <EuiCallOut size="s" iconType="info" title="JSON stored as text is shown parsed">
            <p>
              {expanded.expandedPaths.map((path, index) => (
                <span key={path}>
                  {index > 0 ? ', ' : ''}
                  <EuiCode>{path}</EuiCode>
                </span>
              ))}{' '}
              {expanded.expandedPaths.length === 1 ? 'is' : 'are'} stored by Kibana as a JSON string.
            </p>
          </EuiCallOut>
          <EuiSpacer size="s" />
        </>
      ) : null}
      <JsonView value={expanded.value} aria-label={`Attributes of ${title}`} />
    </section>
  );
}
