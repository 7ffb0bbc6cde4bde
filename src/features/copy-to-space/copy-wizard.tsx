// Copy to spaces: objects → spaces → mode → copy → one grid of decisions → report (EuiSteps).
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiPageTemplate,
  EuiSpacer,
  EuiSteps,
  EuiText,
  type EuiStepProps,
} from '@elastic/eui';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { spaceQueries } from '../../api/spaces';
import { parseSelectionParams, type ObjectRef } from '../../lib/selection-link';
import type { ClosureObject } from './closure';
import { closureQuery } from './closure-query';
import {
  decideAll,
  decisionFor,
  decisionRows,
  groupBySource,
  isValidDecision,
  objectKey,
  summariseSpace,
  type CopyMode,
  type Decision,
  type DecisionRow,
  type SpaceAnswer,
} from './copy-plan';
import { buildReport } from './copy-report';
import { DecisionTable } from './decision-table';
import { ModeStep } from './mode-step';
import { ObjectPicker } from './object-picker';
import { ObjectsStep } from './objects-step';
import { describeRecheck, PendingPanel } from './pending-panel';
import { ReportPanel } from './report-panel';
import { matchingObjectsQuery } from './selection-query';
import { ModeSummary, ObjectsSummary, SpacesSummary } from './setup-summary';
import { SpaceStatusTable, type SpaceStatusRow } from './space-status-table';
import { SpacesStep } from './spaces-step';
import { useCopyActions } from './use-copy-actions';
import { useWizardState, type WizardState } from './wizard-state';

const NO_OBJECTS: ObjectRef[] = [];
const NO_PENDING: WizardState['pending'] = {};

export function CopyWizard({ spaceId }: { spaceId: string }) {
  const [params] = useSearchParams();
  const selection = useMemo(() => parseSelectionParams(params), [params]);
  const { state, update, reset } = useWizardState(`${spaceId}?${params.toString()}`);
  const { data: spaces } = useQuery(spaceQueries.list());
  const query = selection && 'query' in selection ? selection.query : undefined;
  const matching = useQuery({ ...matchingObjectsQuery(spaceId, query ?? { type: [] }), enabled: query !== undefined });
  const selected = selection && 'objects' in selection ? selection.objects : (matching.data?.objects ?? NO_OBJECTS);
  const groups = useMemo(() => groupBySource(selected, spaceId), [selected, spaceId]);
  const closureResults = useQueries({ queries: groups.map((g) => closureQuery(g.source, g.objects)) });

  // closureResults is a new array on every render; what it holds changes only when a closure loads.
  const closuresLoaded = closureResults.map((r) => r.dataUpdatedAt).join(',');
  const closures = useMemo(() => {
    const map = new Map<string, ClosureObject[]>();
    groups.forEach((g, i) => {
      const objects = closureResults[i]?.data?.objects ?? g.objects.map((o) => ({ ...o, requested: true }));
      map.set(g.source, state.includeReferences ? objects : objects.filter((o) => o.requested));
    });
    return map;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [groups, state.includeReferences, closuresLoaded]);

  const alreadyThere = useMemo(() => {
    const counts: Record<string, number> = {};
    groups.forEach((g, i) => {
      const namespaces = closureResults[i]?.data?.namespaces ?? {};
      for (const o of closures.get(g.source) ?? []) for (const ns of namespaces[objectKey(o)] ?? []) if (ns !== g.source) counts[ns] = (counts[ns] ?? 0) + 1;
    });
    return counts;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [groups, closures]);

  const actions = useCopyActions(state, update, groups, closures);
  const decisions = useMemo(() => new Map(Object.entries(state.decisions)), [state.decisions]);
  const view = useMemo(() => {
    const latest = new Map<string, SpaceAnswer>(Object.entries({ ...state.copyAnswers, ...state.lastAnswers }));
    for (const [key, p] of Object.entries(state.pending)) latest.set(key, { kind: p.kind, message: p.message });
    return latest;
  }, [state.copyAnswers, state.lastAnswers, state.pending]);
  const rows = useMemo(() => [...view].flatMap(([key, answer]) => decisionRows(key.split('>')[0], key.split('>')[1], answer)), [view]);
  const copying = state.phase === 'copying';
  const statusRows: SpaceStatusRow[] = useMemo(
    () =>
      [...view].map(([key, answer]) => {
        const row = { key, source: key.split('>')[0], space: key.split('>')[1], ...summariseSpace(answer) };
        // While the copy is out, its spaces are "unknown" only on disk (for a reload): on screen they are being copied.
        return copying && state.pending[key]?.sending ? { ...row, status: 'sending' as const, message: undefined } : row;
      }),
    [view, copying, state.pending],
  );

  const onDecide = useCallback((key: string, decision: Decision) => update((s) => ({ decisions: { ...s.decisions, [key]: decision } })), [update]);
  const onDecideAll = useCallback(
    (chosen: DecisionRow[], action: 'overwrite' | 'skip') =>
      update((s) => ({ decisions: Object.fromEntries(decideAll(chosen, new Map(Object.entries(s.decisions)), action)) })),
    [update],
  );

  // Stable, so a decision in the grid does not re-render the status table or the mode step (both memoised).
  const onDecideSpace = useCallback(
    (row: SpaceStatusRow, action: 'overwrite' | 'skip') => onDecideAll(rows.filter((r) => `${r.source}>${r.space}` === row.key), action),
    [onDecideAll, rows],
  );
  const onModeChange = useCallback((mode: CopyMode) => update({ mode }), [update]);

  const busy = state.phase === 'copying' || state.phase === 'resolving';
  const locked = state.phase !== 'setup';
  const invalid = rows.some((r) => !isValidDecision(r, decisionFor(r, decisions)));
  const sources = useMemo(() => groups.map((g) => g.source), [groups]);
  const targetCount = state.spaces.filter((s) => !(sources.length === 1 && s === sources[0])).length;

  const report = useMemo(() => {
    // Only once there is something to report: during the decisions a click must not rebuild it.
    if (state.phase !== 'done' && (rows.length > 0 || state.phase === 'setup' || busy)) return [];
    const lastAnswers = new Map(Object.entries(state.lastAnswers));
    for (const [key, p] of Object.entries(state.pending)) {
      const checked = state.rechecks[key];
      lastAnswers.set(key, { kind: p.kind, message: checked ? `${p.message} ${describeRecheck(checked)}` : p.message });
    }
    return buildReport({
      closures,
      copyAnswers: new Map(Object.entries(state.copyAnswers)),
      lastAnswers,
      decisions,
      remaps: new Map(Object.entries(state.remaps)),
      newCopies: state.mode === 'new-copies',
    });
  }, [state, busy, rows.length, closures, decisions]);

  // The first steps do not change while decisions are made: a click in the grid must not re-render them.
  const objectsStep = useMemo(
    () => (
      <ObjectsStep groups={groups} closures={closureResults} spaces={spaces} includeReferences={state.includeReferences} onIncludeReferencesChange={(include) => update({ includeReferences: include })} />
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [groups, closuresLoaded, spaces, state.includeReferences, update],
  );
  const spacesStep = useMemo(
    () => <SpacesStep spaces={spaces ?? []} sources={sources} alreadyThere={alreadyThere} selected={state.spaces} onChange={(next) => update({ spaces: next })} />,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [spaces, groups, alreadyThere, state.spaces, update],
  );

  if (!selection) {
    return (
      <>
        <EuiPageTemplate.Header pageTitle="Copy to spaces" description="Pick the saved objects to copy, or select them in the Objects screen and choose Copy to spaces." />
        <EuiPageTemplate.Section>
          <ObjectPicker spaceId={spaceId} />
        </EuiPageTemplate.Section>
      </>
    );
  }

  const status = (done: boolean, current: boolean): EuiStepProps['status'] => (done ? 'complete' : current ? 'current' : 'incomplete');
  const steps: EuiStepProps[] = [
    {
      title: `Objects (${selected.length})`,
      status: status(locked, !locked),
      children: matching.isError ? (
        <EuiCallOut color="danger" title="Could not list the matching objects">{matching.error.message}</EuiCallOut>
      ) : (
        <>
          {matching.data?.leftOut ? <EuiCallOut color="warning" size="s" title={`${matching.data.leftOut} more matches are beyond Kibana's 10,000-result window and are left out.`} /> : null}
          {locked ? <ObjectsSummary groups={groups} closures={closures} spaces={spaces} includeReferences={state.includeReferences} /> : objectsStep}
        </>
      ),
    },
    {
      title: `Target spaces (${targetCount})`,
      status: status(locked, !locked),
      children: locked ? <SpacesSummary selected={state.spaces} sources={sources} spaces={spaces} /> : spacesStep,
    },
    {
      title: 'Existing objects',
      status: status(locked, !locked),
      children: locked ? <ModeSummary mode={state.mode} /> : <ModeStep mode={state.mode} onChange={onModeChange} />,
    },
    {
      title: 'Copy',
      status: state.phase === 'copying' ? 'loading' : status(locked, !locked),
      children: (
        <>
          {!locked && (
            <EuiButton fill disabled={!selected.length || !targetCount} onClick={() => void actions.copy()}>
              Copy {selected.length} object{selected.length === 1 ? '' : 's'}
              {state.includeReferences ? ' and related objects' : ''} to {targetCount} space{targetCount === 1 ? '' : 's'}
            </EuiButton>
          )}
          {state.phase === 'copying' && (
            <EuiText size="s">
              <p>Copying… the answer for every target space is shown here when it arrives.</p>
            </EuiText>
          )}
          {/* While the copy is out, its spaces say "Copying…"; the lost-answer panel comes only with the answer. */}
          {locked && statusRows.length > 0 && <SpaceStatusTable rows={statusRows} spaces={spaces} multipleSources={groups.length > 1} onDecideSpace={onDecideSpace} />}
          <EuiSpacer size="s" />
          <PendingPanel
            pending={state.phase === 'copying' ? NO_PENDING : state.pending}
            rechecks={state.rechecks}
            spaces={spaces}
            newCopies={state.mode === 'new-copies'}
            busy={busy}
            rechecking={actions.rechecking}
            onRecheck={(keys) => void actions.recheck(keys)}
            onResend={(keys) => {
              const copies = keys.filter((k) => state.pending[k].step === 'copy');
              const resolves = keys.filter((k) => state.pending[k].step === 'resolve');
              void (async () => {
                if (copies.length) await actions.resend(copies);
                if (resolves.length) await actions.resend(resolves);
              })();
            }}
          />
        </>
      ),
    },
    {
      title: `Decide (${rows.length})`,
      status: state.phase === 'resolving' ? 'loading' : status(state.phase === 'done', state.phase === 'decide' && rows.length > 0),
      children:
        rows.length > 0 && state.phase !== 'done' ? (
          <>
            <EuiText size="s">
              <p>Nothing was written in these spaces yet. Decide each conflict and missing reference; the objects that copied without problems are sent along again.</p>
            </EuiText>
            <EuiSpacer size="s" />
            <DecisionTable rows={rows} decisions={decisions} spaces={spaces} onDecide={onDecide} onDecideAll={onDecideAll} />
            <EuiSpacer size="s" />
            <EuiButton fill disabled={busy || invalid} isLoading={state.phase === 'resolving'} onClick={() => void actions.resolve()}>
              Copy with these decisions
            </EuiButton>
          </>
        ) : (
          <EuiText size="s" color="subdued">
            <p>{locked ? 'No decisions needed.' : 'Conflicts and missing references will be listed here after the copy.'}</p>
          </EuiText>
        ),
    },
    {
      title: 'Report',
      status: status(state.phase === 'done', false),
      children: report.length ? <ReportPanel rows={report} spaces={spaces} /> : <EuiText size="s" color="subdued"><p>The report appears after the copy.</p></EuiText>,
    },
  ];

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Copy to spaces"
        description="Copy saved objects and their related objects to other spaces, decide every conflict in one grid, and get an exact report."
        rightSideItems={
          locked
            ? [
                <EuiButtonEmpty key="again" iconType="refresh" disabled={busy} onClick={reset}>
                  Start over
                </EuiButtonEmpty>,
              ]
            : []
        }
      />
      <EuiPageTemplate.Section>
        <EuiSteps headingElement="h2" steps={steps} />
      </EuiPageTemplate.Section>
    </>
  );
}
