// Kibana wire types and constants shared by api/ (the client) and simulator/ (the stand-in).
// Type-only apart from small constant tables; see ../shared/kibana-api.md for the behaviour.

export type NamespaceType = 'single' | 'multiple' | 'multiple-isolated' | 'agnostic';

export interface SavedObjectReference {
  name: string;
  type: string;
  id: string;
}

/** Kibana's error body (Boom payload), kibana-api.md §1.4. */
export interface KibanaErrorBody {
  statusCode: number;
  error: string;
  message: string;
  attributes?: Record<string, unknown>;
}

export interface SavedObject<A = Record<string, unknown>> {
  id: string;
  type: string;
  namespaces?: string[];
  originId?: string;
  updated_at?: string;
  created_at?: string;
  updated_by?: string;
  created_by?: string;
  version?: string;
  attributes: A;
  references: SavedObjectReference[];
  managed?: boolean;
  typeMigrationVersion?: string;
  coreMigrationVersion?: string;
}

export interface FoundSavedObject<A = Record<string, unknown>> extends SavedObject<A> {
  score: number | null;
}

export interface FindResponse<A = Record<string, unknown>> {
  page: number;
  per_page: number;
  total: number;
  saved_objects: FoundSavedObject<A>[];
}

/** A per-object error inside a bulk answer. */
export interface SavedObjectErrorItem {
  id: string;
  type: string;
  error: KibanaErrorBody;
}

export interface BulkGetResponse {
  saved_objects: (SavedObject | SavedObjectErrorItem)[];
}

export interface Space {
  id: string;
  name: string;
  description?: string;
  color?: string;
  initials?: string;
  imageUrl?: string;
  disabledFeatures: string[];
  _reserved?: boolean;
  solution?: 'es' | 'oblt' | 'security' | 'classic';
}

export type ResolveOutcome = 'exactMatch' | 'aliasMatch' | 'conflict';
export type AliasPurpose = 'savedObjectConversion' | 'savedObjectImport';

export interface ResolvedObject {
  saved_object: SavedObject;
  outcome: ResolveOutcome;
  alias_target_id?: string;
  alias_purpose?: AliasPurpose;
}

export interface ResolvedObjectError {
  saved_object: { type: string; id: string; error: KibanaErrorBody };
  outcome: 'exactMatch';
}

export interface BulkResolveResponse {
  resolved_objects: (ResolvedObject | ResolvedObjectError)[];
}

export interface LegacyUrlAliasAttributes {
  sourceId: string;
  targetNamespace: string;
  targetType: string;
  targetId: string;
  resolveCounter?: number;
  lastResolved?: string;
  disabled?: boolean;
  purpose?: AliasPurpose;
}

export interface BulkUpdateObject {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  version?: string;
  references?: SavedObjectReference[];
  namespace?: string;
}

export interface BulkUpdateResponse {
  saved_objects: (SavedObject | SavedObjectErrorItem)[];
}

// ---- copy to space (§3, §4) ----
export interface CopyObjectRef {
  type: string;
  id: string;
}

export interface CopyRequest {
  spaces: string[];
  objects: CopyObjectRef[];
  includeReferences?: boolean;
  overwrite?: boolean;
  createNewCopies?: boolean;
  compatibilityMode?: boolean;
}

export interface ImportMeta {
  title?: string;
  icon?: string;
}

export type ImportErrorDetail =
  | { type: 'conflict'; destinationId?: string }
  | { type: 'ambiguous_conflict'; destinations: { id: string; title?: string; updatedAt?: string }[] }
  | { type: 'missing_references'; references: { type: string; id: string }[] }
  | { type: 'unsupported_type' }
  | { type: 'unknown'; statusCode: number; error: string; message: string };

export interface ImportError {
  id: string;
  type: string;
  meta: ImportMeta;
  error: ImportErrorDetail;
  overwrite?: true;
  managed?: boolean;
}

export interface ImportSuccess {
  type: string;
  id: string;
  meta: ImportMeta;
  managed?: boolean;
  overwrite?: true;
  destinationId?: string;
  createNewCopy?: true;
}

export interface CopySpaceResult {
  success: boolean;
  successCount: number;
  successResults?: ImportSuccess[];
  /** Import errors, or (when the whole space failed) one raw error payload. */
  errors?: (ImportError | Record<string, unknown>)[];
}

export type CopyResponse = Record<string, CopySpaceResult>;

export interface CopyRetry {
  type: string;
  id: string;
  overwrite?: boolean;
  destinationId?: string;
  createNewCopy?: boolean;
  ignoreMissingReferences?: boolean;
}

export interface ResolveCopyErrorsRequest {
  retries: Record<string, CopyRetry[]>;
  objects: CopyObjectRef[];
  includeReferences?: boolean;
  createNewCopies?: boolean;
  compatibilityMode?: boolean;
}

// ---- ML sync (§10.1) ----
export type MlJobType = 'anomaly-detector' | 'data-frame-analytics';
export type MlSyncType = MlJobType | 'trained-model';
export interface MlSyncItemResult {
  success: boolean;
  error?: unknown;
}
export type MlSyncMap = Partial<Record<MlSyncType, Record<string, MlSyncItemResult>>>;
export interface MlSyncResponse {
  savedObjectsCreated: MlSyncMap;
  savedObjectsDeleted: MlSyncMap;
  datafeedsAdded: MlSyncMap;
  datafeedsRemoved: MlSyncMap;
}

/** Public route version Kibana stamps on responses (§1.3). */
export const PUBLIC_API_VERSION = '2023-10-31';
/** Space id rule (§2.1). */
export const SPACE_ID_PATTERN = /^[a-z0-9_-]+$/;
