// Turns Kibana's ML sync answer (kibana-api.md §10.1: category → type → id) plus the ML saved objects
// found in every space into rows an admin can act on: what will change, why, where it lives, and
// whether it can be repaired from the space the sync runs in.
import type { MlSyncMap, MlSyncResponse, MlSyncType } from '../../contract/kibana';

export const SYNC_CATEGORIES = ['savedObjectsCreated', 'savedObjectsDeleted', 'datafeedsAdded', 'datafeedsRemoved'] as const;
export type SyncCategory = (typeof SYNC_CATEGORIES)[number];

export const CATEGORY_TITLES: Record<SyncCategory, string> = {
  savedObjectsCreated: 'Saved objects to create',
  savedObjectsDeleted: 'Saved objects to delete',
  datafeedsAdded: 'Datafeed ids to add',
  datafeedsRemoved: 'Datafeed ids to remove',
};

const KIND_LABELS: Record<MlSyncType, string> = {
  'anomaly-detector': 'Anomaly detection job',
  'data-frame-analytics': 'Data frame analytics job',
  'trained-model': 'Trained model',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as MlSyncType] ?? kind;
}

/** An `ml-job` or `ml-trained-model` saved object as `_find` with `namespaces=*` returns it. */
export interface MlSavedObject {
  type: string;
  id: string;
  namespaces?: readonly string[];
  attributes: Record<string, unknown>;
}


/** The saved object Kibana keeps for a job (`<jobType>-<jobId>`) or a model (its id). */
export function savedObjectKey(kind: string, id: string): { type: string; id: string } {
  return kind === 'trained-model' ? { type: 'ml-trained-model', id } : { type: 'ml-job', id: `${kind}-${id}` };
}

export interface PreviewRow {
  /** `category/kind/id`, unique within one answer. */
  key: string;
  category: SyncCategory;
  kind: string;
  id: string;
  reason: string;
  /** Spaces the existing saved object lives in (`*` = all, `?` = one the caller cannot see); undefined when there is none. */
  spaces: readonly string[] | undefined;
  /** The datafeed id the saved object holds now (datafeed rows only); null = none. */
  storedDatafeedId?: string | null;
  /** Where a new saved object will be created (create rows only). */
  newObjectSpaces?: readonly string[];
  /** Set when the repair cannot be made from the sync's space: the spaces to run it from instead. */
  runFrom?: readonly string[];
}

export interface PreviewOptions {
  /** The space the sync runs in (the URL's space). */
  space: string;
  addToAllSpaces: boolean;
}

function quoted(value: string | null | undefined): string {
  return value ? `“${value}”` : 'no datafeed id';
}

function reasonFor(category: SyncCategory, kind: string, stored: string | null | undefined): string {
  const what = kind === 'trained-model' ? 'trained model' : 'job';
  switch (category) {
    case 'savedObjectsCreated':
      return `The ${what} exists in Elasticsearch but has no saved object, so Kibana lists it in no space.`;
    case 'savedObjectsDeleted':
      return `The saved object is left over: its ${what} no longer exists in Elasticsearch.`;
    case 'datafeedsAdded':
      return `The job has a datafeed in Elasticsearch, but its saved object holds ${quoted(stored)}; it will be set to the job's datafeed.`;
    case 'datafeedsRemoved':
      return `The job no longer has a datafeed, but its saved object still holds ${quoted(stored)}; it will be cleared.`;
  }
}

export function isVisibleIn(namespaces: readonly string[] | undefined, space: string): boolean {
  return !!namespaces && (namespaces.includes('*') || namespaces.includes(space));
}

function newObjectSpaces(kind: string, id: string, { space, addToAllSpaces }: PreviewOptions): string[] {
  // Models whose id starts with "." are Elastic's own and always go to every space (§10.1).
  if (addToAllSpaces || (kind === 'trained-model' && id.startsWith('.'))) return ['*'];
  return [space];
}

function storedDatafeed(object: MlSavedObject | undefined): string | null | undefined {
  if (!object) return undefined;
  const value = object.attributes.datafeed_id;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Every entry of one category map, in Kibana's order. */
export function entriesOf<T>(map: Partial<Record<string, Record<string, T>>> | undefined): { kind: string; id: string; value: T }[] {
  const list: { kind: string; id: string; value: T }[] = [];
  for (const [kind, byId] of Object.entries(map ?? {})) {
    for (const [id, value] of Object.entries(byId ?? {})) list.push({ kind, id, value });
  }
  return list;
}

export function buildPreview(answer: MlSyncResponse, objects: readonly MlSavedObject[], options: PreviewOptions): PreviewRow[] {
  const byKey = new Map(objects.map((o) => [`${o.type}/${o.id}`, o]));
  const rows: PreviewRow[] = [];
  for (const category of SYNC_CATEGORIES) {
    for (const { kind, id } of entriesOf<unknown>(answer[category] as MlSyncMap)) {
      const key = savedObjectKey(kind, id);
      const object = byKey.get(`${key.type}/${key.id}`);
      const isDatafeed = category === 'datafeedsAdded' || category === 'datafeedsRemoved';
      const stored = isDatafeed ? storedDatafeed(object) : undefined;
      const row: PreviewRow = {
        key: `${category}/${kind}/${id}`,
        category,
        kind,
        id,
        reason: reasonFor(category, kind, stored),
        spaces: object?.namespaces,
      };
      if (isDatafeed) row.storedDatafeedId = stored ?? null;
      if (category === 'savedObjectsCreated') row.newObjectSpaces = newObjectSpaces(kind, id, options);
      // Kibana looks the job's saved object up in the request's space only for datafeed repairs: from
      // anywhere else it answers 404. Deletes and creates work from any space.
      if (isDatafeed && object && !isVisibleIn(object.namespaces, options.space)) {
        row.runFrom = (object.namespaces ?? []).filter((ns) => ns !== '?');
      }
      rows.push(row);
    }
  }
  return rows;
}

export function countByCategory(rows: readonly { category: SyncCategory }[]): Record<SyncCategory, number> {
  const counts = { savedObjectsCreated: 0, savedObjectsDeleted: 0, datafeedsAdded: 0, datafeedsRemoved: 0 };
  for (const row of rows) counts[row.category] += 1;
  return counts;
}
