import { EuiTextColor, useEuiTheme } from '@elastic/eui';
import type { ReactNode } from 'react';
import type { ObjectTitleParts } from '../lib/object-title';
import { highlightSegments, highlightTerms } from '../lib/search-highlight';

interface ObjectTitleTextProps extends ObjectTitleParts {
  /** The free text of the current search: where it matches the title or the pattern is highlighted. */
  search?: string;
  /** Wraps the main text, e.g. in a link; the pattern stays outside it. */
  renderTitle?: (title: ReactNode) => ReactNode;
}

/**
 * A plain <mark> in EUI's highlight colours (as EuiMark draws it), without EuiMark's screen-reader
 * "highlight start/end" words, which would become part of link and heading names; and without its
 * module, which the first screen would otherwise load for this alone.
 */
function SearchMark({ children }: { children: ReactNode }) {
  const { euiTheme } = useEuiTheme();
  return (
    <mark style={{ color: euiTheme.colors.textParagraph, backgroundColor: euiTheme.components.markBackground, fontWeight: euiTheme.font.weight.bold }}>
      {children}
    </mark>
  );
}

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  if (!terms.length) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, terms).map((segment, i) =>
        segment.match ? (
          <SearchMark key={i}>{segment.text}</SearchMark>
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
