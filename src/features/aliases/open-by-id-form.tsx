import { EuiButton, EuiButtonGroup, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiForm, EuiFormRow, EuiSpacer, EuiSuperSelect, EuiText, EuiTextArea, useGeneratedHtmlId } from '@elastic/eui';
import { useMemo, useState, type FormEvent } from 'react';
import type { ObjectRef } from '../../api/resolve';
import { ObjectTypeIcon } from '../../components/object-type-icon';
import { BUILT_IN_TYPES, IMPORTABLE_TYPES } from '../../contract/types-registry';
import { parseIdList, type IdListFormat, type IdListProblem } from './parse-id-list';

const KNOWN_TYPES = Object.keys(BUILT_IN_TYPES);
const TYPE_OPTIONS = IMPORTABLE_TYPES.map((type) => ({ value: type, inputDisplay: <ObjectTypeIcon type={type} /> }));
const FORMAT_OPTIONS: { id: IdListFormat; label: string }[] = [
  { id: 'typed', label: 'type:id per line' },
  { id: 'bare', label: 'Ids of one type' },
];

interface OpenByIdFormProps {
  /** The space the ids are resolved in. */
  spaceId: string;
  initialText: string;
  onResolve: (objects: ObjectRef[]) => void;
  isResolving: boolean;
}

function ProblemList({ problems }: { problems: readonly IdListProblem[] }) {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const notes = problems.length - errors;
  const noteCount = `${notes} ${notes === 1 ? 'note' : 'notes'}`;
  // The title counts everything listed below it: what must be fixed, and what is only a note.
  const title = errors
    ? `${errors} ${errors === 1 ? 'line needs' : 'lines need'} fixing before the ids can be resolved${notes ? `, and ${noteCount}` : ''}`
    : `${noteCount} about the list`;
  return (
    <EuiCallOut title={title} color={errors ? 'danger' : 'warning'} iconType={errors ? 'error' : 'info'} size="s">
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.line}:${problem.message}`}>
            {problem.line ? (
              <>
                <strong>Line {problem.line}</strong> (<code>{problem.text}</code>){problem.severity === 'error' ? ' needs fixing' : ', note'}:{' '}
              </>
            ) : null}
            {problem.message}
          </li>
        ))}
      </ul>
    </EuiCallOut>
  );
}

/** The pasted id list. Bad lines are named, never dropped: the text stays as typed. */
export function OpenByIdForm({ spaceId, initialText, onResolve, isResolving }: OpenByIdFormProps) {
  const [text, setText] = useState(initialText);
  const countsNoteId = useGeneratedHtmlId({ prefix: 'resolveCountsNote' });
  const [format, setFormat] = useState<IdListFormat>('typed');
  const [bareType, setBareType] = useState('dashboard');
  // Problems show once the admin tries to resolve, then follow the text as it is fixed.
  const [attempted, setAttempted] = useState(false);
  const parsed = useMemo(
    () => parseIdList(text, { format, bareType, knownTypes: KNOWN_TYPES, currentSpace: spaceId }),
    [text, format, bareType, spaceId],
  );
  const isEmpty = attempted && parsed.objects.length === 0 && !parsed.hasErrors;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!parsed.hasErrors && parsed.objects.length > 0) onResolve(parsed.objects);
  };

  return (
    <EuiForm component="form" onSubmit={submit} aria-label="Open by id" style={{ maxWidth: 880 }}>
      <EuiFormRow label="Format" display="rowCompressed" hasChildLabel={false}>
        <EuiButtonGroup
          legend="Format of the list"
          options={FORMAT_OPTIONS}
          idSelected={format}
          onChange={(id) => setFormat(id as IdListFormat)}
          buttonSize="s"
        />
      </EuiFormRow>
      {format === 'bare' ? (
        <EuiFormRow label="Type of the ids">
          <EuiSuperSelect options={TYPE_OPTIONS} valueOfSelected={bareType} onChange={setBareType} popoverProps={{ 'aria-label': 'Types of ids' }} />
        </EuiFormRow>
      ) : null}
      <EuiFormRow
        label="Ids"
        fullWidth
        isInvalid={isEmpty || (attempted && parsed.hasErrors)}
        error={isEmpty ? 'Paste at least one id.' : undefined}
        helpText={
          format === 'typed'
            ? 'One type:id per line, e.g. dashboard:7adfa750-4c81-11e8-b3d7-01146121b73d — or paste whole Kibana links (dashboards, Discover, Lens, visualize, maps).'
            : 'One id per line; every id is looked up as the type picked above.'
        }
      >
        <EuiTextArea
          fullWidth
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={format === 'typed' ? 'dashboard:old-web-overview\nvisualization:legacy-requests' : 'old-web-overview\nkpi-overview'}
          isInvalid={isEmpty || (attempted && parsed.hasErrors)}
          spellCheck={false}
          style={{ fontFamily: 'monospace' }}
        />
      </EuiFormRow>
      {attempted && parsed.problems.length > 0 ? (
        <>
          <ProblemList problems={parsed.problems} />
          <EuiSpacer size="m" />
        </>
      ) : null}
      <EuiFlexGroup gutterSize="m" responsive={false} alignItems="center">
        <EuiFlexItem grow={false}>
          <EuiButton type="submit" fill iconType="search" isLoading={isResolving} aria-describedby={countsNoteId}>
            Resolve
          </EuiButton>
        </EuiFlexItem>
        <EuiFlexItem>
          {/* Kibana's resolve API counts every alias it follows (resolveCounter), this console's included. */}
          <EuiText size="xs" color="subdued" id={countsNoteId}>
            Resolving an id through an alias adds one to that alias’s resolve count in Kibana, as opening the old link would.
          </EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiForm>
  );
}
