// The Bulk edit screen of one space: objects from the hand-over link (or a search), edits, a previewed diff,
// a confirmed, version-guarded apply with progress, the report, and the history with undo.
import { EuiButton, EuiCallOut, EuiConfirmModal, EuiPageTemplate, EuiSkeletonText, EuiSpacer, EuiText, EuiTitle, useGeneratedHtmlId } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { savedObjectQueries } from '../../api/saved-objects';
import { formatObjectKey, parseSelectionParams, type MatchingQuery, type ObjectRef, type SelectionTarget } from '../../lib/selection-link';
import { ApplyProgress } from './apply-progress';
import { describeEdits } from './describe-edit';
import { EditBuilder } from './edit-builder';
import { validateEdit, type Edit } from './engine/edits';
import type { ObjectContent } from './engine/edits';
import { planKey, planObject, type ObjectPlan, type SourceObject } from './engine/plan';
import { refuseUnreachable, targetsToCheck } from './engine/reference-targets';
import { readTargetVisibility } from './check-targets';
import { SelectionSpaces } from './object-picker';
import { HistoryPanel } from './history-panel';
import { FIND_WINDOW, loadSelection } from './load-selection';
import { PickObjectsForm } from './pick-objects-form';
import { PreviewTable } from './preview-table';
import { ReportTable, RETRYABLE } from './report-table';
import { useBulkApply, type RunResult } from './use-bulk-apply';

// Loaded when the admin first edits an object's JSON: the flyout is not part of the screen's first paint.
const RawJsonFlyout = lazy(async () => ({ default: (await import('./raw-json-flyout')).RawJsonFlyout }));

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <EuiTitle size="s">
        <h2>{title}</h2>
      </EuiTitle>
      <EuiSpacer size="s" />
      {children}
      <EuiSpacer size="l" />
    </>
  );
}

export function BulkEditScreen({ spaceId }: { spaceId: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const target = useMemo(() => parseSelectionParams(searchParams), [searchParams]);
  const selection = useQuery({
    queryKey: [...savedObjectQueries.space(spaceId), 'bulk-edit-selection', target] as const,
    queryFn: ({ signal }) => loadSelection(spaceId, target as SelectionTarget, signal),
    enabled: target !== null,
    // The preview keeps the versions it read; a background refetch must not change what is being reviewed.
    refetchOnWindowFocus: false,
  });
  const [edits, setEdits] = useState<Edit[]>([]);
  const [reread, setReread] = useState<SourceObject[] | null>(null);
  const [preview, setPreview] = useState<{ plans: ObjectPlan[]; edits: Edit[] } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<RunResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Raw JSON edits of single objects, by plan key; they replace what the edits would do to that object.
  const [overrides, setOverrides] = useState<ReadonlyMap<string, ObjectContent>>(new Map());
  const [editingJson, setEditingJson] = useState<ObjectPlan | null>(null);
  const { run, running, progress, cancel } = useBulkApply(spaceId);
  const confirmTitleId = useGeneratedHtmlId({ prefix: 'bulkEditConfirm' });

  const sources = reread ?? selection.data?.sources ?? [];
  // No edits is fine: the preview then lets the admin edit single objects as raw JSON.
  const editsValid = edits.every((edit) => validateEdit(edit).length === 0);
  const previewCurrent = preview !== null && JSON.stringify(preview.edits) === JSON.stringify(edits);
  // 10,000 plans: counted when the preview changes, not on every render of the screen.
  const toChange = useMemo(() => preview?.plans.filter((plan) => plan.status === 'change') ?? [], [preview]);
  const spacesTouched = useMemo(() => new Set(toChange.map((plan) => plan.space)).size, [toChange]);

  const planOf = (source: SourceObject, withOverrides = overrides) =>
    planObject(source, spaceId, edits, withOverrides.get(planKey(source.type, source.id, source.space ?? spaceId)));
  // The spaces the objects live in: pickers offer targets from these, and new references are checked there.
  const objectSpaces = useMemo(
    () => [...new Set((reread ?? selection.data?.sources ?? []).map((source) => source.space ?? spaceId))],
    [reread, selection.data, spaceId],
  );
  /** Refuses the plans whose new references point to objects missing from their space (one read per space). */
  const checkTargets = async (plans: ObjectPlan[]): Promise<ObjectPlan[] | null> => {
    const targets = targetsToCheck(plans);
    if (targets.size === 0) return plans;
    setBusy(true);
    try {
      const visible = await readTargetVisibility(targets);
      return plans.map((plan) => refuseUnreachable(plan, visible));
    } catch (error) {
      setProblem(`The preview could not check that the new references point to objects in each object's space: ${(error as Error).message}`);
      return null;
    } finally {
      setBusy(false);
    }
  };
  const makePreview = async (from: readonly SourceObject[]) => {
    setProblem(null);
    const plans = await checkTargets(from.map((source) => planOf(source)));
    if (plans) setPreview({ plans, edits });
  };
  const saveJson = async (plan: ObjectPlan, content: ObjectContent) => {
    const next = new Map(overrides).set(plan.key, content);
    setOverrides(next);
    setEditingJson(null);
    const source = sources.find((candidate) => planKey(candidate.type, candidate.id, candidate.space ?? spaceId) === plan.key);
    if (!preview || !source) return;
    const [replanned] = (await checkTargets([planOf(source, next)])) ?? [];
    if (replanned) setPreview({ ...preview, plans: preview.plans.map((current) => (current.key === plan.key ? replanned : current)) });
  };

  const apply = async (plans: readonly ObjectPlan[], entryId?: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await run(plans, preview?.edits ?? edits, entryId);
      outcome.recorded.catch((error: unknown) =>
        setProblem(`The results could not be recorded in the history (${(error as Error).message}). Undo still works: it re-reads every object before restoring it.`),
      );
      setResult((previous) => (entryId && previous ? { ...outcome, plans: previous.plans, outcomes: new Map([...previous.outcomes, ...outcome.outcomes]) } : outcome));
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const repreviewConflicts = async () => {
    if (!result) return;
    const keys = new Set([...result.outcomes].filter(([, o]) => o.status === 'conflict' || o.status === 'unknown').map(([key]) => key));
    const refs: ObjectRef[] = result.plans.filter((plan) => keys.has(plan.key)).map((plan) => ({ type: plan.type, id: plan.id, ...(plan.space !== spaceId ? { space: plan.space } : {}) }));
    setBusy(true);
    try {
      const loaded = await loadSelection(spaceId, { objects: refs });
      setReread(loaded.sources);
      setResult(null);
      const plans = await checkTargets(loaded.sources.map((source) => planOf(source)));
      if (plans) setPreview({ plans, edits });
    } catch (error) {
      setProblem(`The conflicting objects could not be re-read: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  let body: React.ReactNode;
  if (target === null) {
    body = <PickObjectsForm onPick={(query: MatchingQuery) => setSearchParams({ query: JSON.stringify(query) })} />;
  } else if (selection.isPending) {
    body = <EuiSkeletonText lines={6} isLoading contentAriaLabel="Objects to edit" />;
  } else if (selection.isError) {
    body = (
      <EuiCallOut color="danger" iconType="error" title="The objects to edit could not be read">
        <p>{selection.error.message}</p>
        <EuiButton size="s" onClick={() => void selection.refetch()} isLoading={selection.isFetching}>Try again</EuiButton>
      </EuiCallOut>
    );
  } else if (selection.data.tooMany !== undefined) {
    body = (
      <EuiCallOut color="warning" iconType="warning" title={`The search matches ${plural(selection.data.tooMany, 'object')}`}>
        <p>{`Kibana lets a client page through at most ${FIND_WINDOW.toLocaleString('en-US')} matches. Narrow the search (a type, a space, more words) and try again.`}</p>
      </EuiCallOut>
    );
  } else {
    const { missing } = selection.data;
    body = (
      <>
        <Section title="Objects">
          <EuiText size="s" role="status">
            <p>{`${plural(sources.length, 'object')} to edit${reread ? ' (the conflicts, re-read)' : ''}.`}</p>
          </EuiText>
          {missing.length ? (
            <EuiCallOut size="s" color="warning" iconType="warning" title={`${plural(missing.length, 'selected object')} could not be read and will not be edited`}>
              <ul>
                {missing.slice(0, 20).map(({ ref, message }) => <li key={formatObjectKey(ref)}>{`${formatObjectKey(ref)}: ${message}`}</li>)}
              </ul>
            </EuiCallOut>
          ) : null}
        </Section>
        {result === null && !running ? (
          <>
            <Section title="Edits">
              <SelectionSpaces.Provider value={objectSpaces}>
                <EditBuilder spaceId={spaceId} edits={edits} onChange={setEdits} />
              </SelectionSpaces.Provider>
              <EuiSpacer size="m" />
              <EuiButton fill iconType="inspect" isDisabled={!editsValid || sources.length === 0 || selection.isFetching} isLoading={busy && result === null} onClick={() => void makePreview(sources)}>
                {preview && !previewCurrent ? 'Preview again' : 'Preview changes'}
              </EuiButton>
            </Section>
            {preview ? (
              <Section title="Preview">
                {!previewCurrent ? <EuiCallOut size="s" color="warning" iconType="warning" title="The edits changed since this preview. Preview again before applying." /> : null}
                <PreviewTable key={JSON.stringify(preview.edits)} plans={preview.plans} onEditJson={setEditingJson} />
                <EuiSpacer size="m" />
                <EuiButton fill color="primary" iconType="save" isDisabled={!previewCurrent || toChange.length === 0 || busy} onClick={() => setConfirming(true)}>
                  {`Apply to ${plural(toChange.length, 'object')}`}
                </EuiButton>
              </Section>
            ) : null}
          </>
        ) : null}
        {running ? <ApplyProgress store={progress} onCancel={cancel} /> : null}
        {result && !running ? (
          <Section title="Result">
            <ReportTable
              plans={result.plans}
              outcomes={result.outcomes}
              stoppedBecause={result.stoppedBecause}
              busy={busy}
              onRetryFailed={() => void apply(result.plans.filter((plan) => RETRYABLE.includes(result.outcomes.get(plan.key)?.status ?? 'updated')), result.entryId)}
              onRepreviewConflicts={() => void repreviewConflicts()}
            />
            <EuiSpacer size="m" />
            <EuiButton
              onClick={() => {
                setResult(null);
                setPreview(null);
                setReread(null);
                // The apply changed the versions: preview the next edit from a fresh read.
                void selection.refetch();
              }}
            >
              Start another edit
            </EuiButton>
          </Section>
        ) : null}
      </>
    );
  }

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Bulk edit"
        description="Change attributes and references of many saved objects at once, preview every change before it is written, and undo it later."
      />
      <EuiPageTemplate.Section>
        {problem ? (
          <>
            <EuiCallOut color="danger" iconType="error" title="The bulk edit could not run">
              <p>{problem}</p>
            </EuiCallOut>
            <EuiSpacer size="m" />
          </>
        ) : null}
        {body}
        <HistoryPanel />
      </EuiPageTemplate.Section>
      {editingJson ? (
        <Suspense fallback={null}>
          <RawJsonFlyout title={editingJson.title} content={editingJson.after} onSave={(content) => void saveJson(editingJson, content)} onClose={() => setEditingJson(null)} />
        </Suspense>
      ) : null}
      {confirming ? (
        <EuiConfirmModal
          title={`Update ${plural(toChange.length, 'object')} in ${plural(spacesTouched, 'space')}?`}
          titleProps={{ id: confirmTitleId }}
          aria-labelledby={confirmTitleId}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void apply(toChange);
          }}
          cancelButtonText="Cancel"
          confirmButtonText={`Update ${plural(toChange.length, 'object')}`}
        >
          <p>{describeEdits(preview?.edits ?? [])}</p>
          <p>Each object is sent with the version read for the preview: one changed since by someone else is reported as a conflict, never overwritten. The before-images are kept in this browser so the edit can be undone.</p>
        </EuiConfirmModal>
      ) : null}
    </>
  );
}
