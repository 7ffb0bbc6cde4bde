import { EuiMark, EuiTextColor } from '@elastic/eui';
import type { ReactNode } from 'react';
import type { ObjectTitleParts } from '../lib/object-title';
import { highlightSegments, highlightTerms } from '../lib/search-highlight';

interface ObjectTitleTextProps extends ObjectTitleParts {
  /** The free text of the current search: where it matches the title or the pattern is highlighted. */
  search?: string;
  /** Wraps the main text, e.g. in a link; the pattern stays outside it. */
  renderTitle?: (title: ReactNode) => ReactNode;
}

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  if (!terms.length) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, terms).map((segment, i) =>
        // The screen-reader "highlight start/end" words would become part of link and heading names.
        segment.match ? (
          <EuiMark key={i} hasScreenReaderHelpText={false}>
            {segment.text}
          </EuiMark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

/** A saved object's title as text; a named data view as its name, then its index pattern in subdued text. */
export function ObjectTitleText({ title, pattern, search, renderTitle = (node) => node }: ObjectTitleTextProps) {
  const terms = highlightTerms(search);
  return (
    <>
      {renderTitle(<Highlighted text={title} terms={terms} />)}
      {pattern ? (
        <EuiTextColor color="subdued" component="span">
          {' · '}
          <span>
            <Highlighted text={pattern} terms={terms} />
          </span>
        </EuiTextColor>
      ) : null}
    </>
  );
}
