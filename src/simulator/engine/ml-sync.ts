// `GET /api/ml/saved_objects/sync` (kibana-api.md §10.1): compares the ML saved objects (`ml-job`,
// `ml-trained-model`) with what Elasticsearch holds (`store.mlJobs`, `store.trainedModels`) and repairs the
// difference. Kibana runs the repairs concurrently and records each one's outcome; the simulator runs them
// one after another in the order Kibana plans them, each in its own try/catch, so one failure stops nothing.
import type { MlJobType, MlSyncItemResult, MlSyncMap, MlSyncResponse, MlSyncType } from '../../contract/kibana';
import type { SimulatorStore, StoredObject } from '../state/store';
import { conflict, KibanaHttpError } from './errors';
import { deleteObject } from './delete';
import { mergeForUpdate } from './merge';

export const ML_JOB_TYPE = 'ml-job';
export const ML_TRAINED_MODEL_TYPE = 'ml-trained-model';

export interface MlSyncOptions {
  simulate: boolean;
  /** Route default true (§10.1): new objects go to `*` instead of the request's space. */
  addToAllSpaces: boolean;
}

interface JobObject {
  object: StoredObject;
  jobId: string;
  type: MlJobType;
  datafeedId: unknown;
}

/** Kibana's `MLJobNotFound`/`MLModelNotFound`: only `statusCode` survives JSON serialization. */
class MlNotFound extends Error {
  statusCode = 404;
}

function clientError(error: unknown): unknown {
  if (error instanceof KibanaHttpError) return error.body;
  if (error instanceof Error) return { ...error };
  return error;
}

const isJobType = (t: unknown): t is MlJobType => t === 'anomaly-detector' || t === 'data-frame-analytics';

function jobObjects(store: SimulatorStore): JobObject[] {
  const found: JobObject[] = [];
  for (const object of store.all()) {
    if (object.type !== ML_JOB_TYPE) continue;
    const { job_id: jobId, type, datafeed_id: datafeedId } = object.attributes;
    if (typeof jobId === 'string' && isJobType(type)) found.push({ object, jobId, type, datafeedId });
  }
  return found;
}

function modelObjects(store: SimulatorStore): { object: StoredObject; modelId: string }[] {
  const found: { object: StoredObject; modelId: string }[] = [];
  for (const object of store.all()) {
    const modelId = object.attributes.model_id;
    if (object.type === ML_TRAINED_MODEL_TYPE && typeof modelId === 'string') found.push({ object, modelId });
  }
  return found;
}

/** The ML saved-object service's writes, as seen from the request's space. */
export class MlSavedObjectService {
  constructor(
    private readonly store: SimulatorStore,
    private readonly space: string,
  ) {}

  private create(type: string, id: string, attributes: Record<string, unknown>, initialNamespaces?: string[]): void {
    // `create` without overwrite: an object with that id anywhere is a conflict (multi-namespace ids are global).
    if (this.store.get(type, id)) throw conflict(type, id);
    const now = this.store.now().toISOString();
    this.store.put({ type, id, namespaces: initialNamespaces ?? [this.space], attributes, references: [], updated_at: now, created_at: now, managed: false });
  }

  /** The internal client deletes from an explicit namespace; `*` cannot be one, so it means default. */
  private forceDelete(type: string, id: string, namespace: string): void {
    deleteObject(this.store, namespace === '*' ? 'default' : namespace, type, id, true);
  }

  private update(object: StoredObject, attributes: Record<string, unknown>): void {
    const { updated_by: _noUserProfile, version: _old, ...kept } = object;
    this.store.put({ ...kept, attributes: mergeForUpdate(object.attributes, attributes), updated_at: this.store.now().toISOString() });
  }

  private visible(object: StoredObject): boolean {
    return this.store.existsIn(object, this.space);
  }

  createJob(type: MlJobType, jobId: string, datafeedId: string | undefined, addToAllSpaces: boolean): void {
    const id = `${type}-${jobId}`;
    try {
      // A saved object left over from an earlier job with the same id, possibly in another space.
      const stale = jobObjects(this.store).find((j) => j.type === type && j.jobId === jobId);
      if (stale) {
        if (stale.object.namespaces.length) this.forceDelete(ML_JOB_TYPE, id, stale.object.namespaces[0]);
        else deleteObject(this.store, this.space, ML_JOB_TYPE, id, true);
      }
    } catch {
      // Kibana ignores a failed clean-up; the create below reports any real problem.
    }
    this.create(ML_JOB_TYPE, id, { job_id: jobId, datafeed_id: datafeedId ?? null, type }, addToAllSpaces ? ['*'] : undefined);
  }

  deleteJob(type: MlJobType, jobId: string, namespaces: string[]): void {
    const id = `${type}-${jobId}`;
    if (namespaces.length) return this.forceDelete(ML_JOB_TYPE, id, namespaces[0]);
    const job = jobObjects(this.store).find((j) => j.type === type && j.jobId === jobId && this.visible(j.object));
    if (!job) throw new MlNotFound('job not found');
    deleteObject(this.store, this.space, ML_JOB_TYPE, job.object.id, true);
  }

  createTrainedModel(modelId: string, job: { job_id: string } | null, addToAllSpaces: boolean): void {
    try {
      const stale = modelObjects(this.store).find((m) => m.modelId === modelId);
      if (stale) {
        if (stale.object.namespaces.length) this.forceDelete(ML_TRAINED_MODEL_TYPE, modelId, stale.object.namespaces[0]);
        else deleteObject(this.store, this.space, ML_TRAINED_MODEL_TYPE, modelId, true);
      }
    } catch {
      // ignored, as above
    }
    let initialNamespaces = addToAllSpaces ? ['*'] : undefined;
    // A model produced by a data frame analytics job lives where that job's saved object lives.
    if (job) {
      const jobObject = jobObjects(this.store).find((j) => j.type === 'data-frame-analytics' && j.jobId === job.job_id);
      if (jobObject) initialNamespaces = [...jobObject.object.namespaces];
    }
    this.create(ML_TRAINED_MODEL_TYPE, modelId, { model_id: modelId, job }, initialNamespaces);
  }

  /** `updateTrainedModelsSpaces([id], ['*'], [])`; its result is not checked by sync. */
  addTrainedModelToAllSpaces(modelId: string): void {
    const model = modelObjects(this.store).find((m) => m.modelId === modelId && this.visible(m.object));
    if (!model || model.object.namespaces.includes('*')) return;
    const { version: _old, ...kept } = model.object;
    this.store.put({ ...kept, namespaces: [...model.object.namespaces, '*'], updated_at: this.store.now().toISOString() });
  }

  deleteTrainedModel(modelId: string, namespaces: string[]): void {
    if (namespaces.length) return this.forceDelete(ML_TRAINED_MODEL_TYPE, modelId, namespaces[0]);
    const model = modelObjects(this.store).find((m) => m.modelId === modelId && this.visible(m.object));
    if (!model) throw new MlNotFound('trained model not found');
    deleteObject(this.store, this.space, ML_TRAINED_MODEL_TYPE, model.object.id, true);
  }

  /** Looks the job's object up in the request's space only, as Kibana does. */
  addDatafeed(datafeedId: string, jobId: string): void {
    const job = jobObjects(this.store).find((j) => j.type === 'anomaly-detector' && j.jobId === jobId && this.visible(j.object));
    if (!job) throw new MlNotFound(`'${datafeedId}' not found`);
    this.update(job.object, { ...job.object.attributes, datafeed_id: datafeedId });
  }

  /** Finds the object by its datafeed id (not its job id), in the request's space only. */
  deleteDatafeed(datafeedId: string): void {
    const job = jobObjects(this.store).find((j) => j.type === 'anomaly-detector' && j.datafeedId === datafeedId && this.visible(j.object));
    if (!job) throw new MlNotFound(`'${datafeedId}' not found`);
    this.update(job.object, { ...job.object.attributes, datafeed_id: null });
  }
}

export function syncMlSavedObjects(store: SimulatorStore, space: string, { simulate, addToAllSpaces }: MlSyncOptions): MlSyncResponse {
  const results: MlSyncResponse = { savedObjectsCreated: {}, savedObjectsDeleted: {}, datafeedsAdded: {}, datafeedsRemoved: {} };
  const service = new MlSavedObjectService(store, space);
  const tasks: (() => void)[] = [];
  const plan = (map: MlSyncMap, type: MlSyncType, id: string, action: () => void) => {
    const entries = (map[type] ??= Object.create(null) as Record<string, MlSyncItemResult>);
    if (simulate) {
      entries[id] = { success: true };
      return;
    }
    tasks.push(() => {
      try {
        action();
        entries[id] = { success: true };
      } catch (error) {
        entries[id] = { success: false, error: clientError(error) };
      }
    });
  };

  // What Elasticsearch holds.
  const esJobs = { 'anomaly-detector': new Set<string>(), 'data-frame-analytics': new Set<string>() };
  const datafeedOfJob = new Map<string, string>();
  for (const job of store.mlJobs) {
    esJobs[job.type]?.add(job.id);
    if (job.type === 'anomaly-detector' && typeof job.datafeedId === 'string' && job.datafeedId) datafeedOfJob.set(job.id, job.datafeedId);
  }
  const esModels = new Map(store.trainedModels.map((m) => [m.id, m]));

  // What the saved objects say (every space: the caller sees them all without security).
  const objects = jobObjects(store);
  const objectJobIds = { 'anomaly-detector': new Set<string>(), 'data-frame-analytics': new Set<string>() };
  for (const j of objects) objectJobIds[j.type].add(j.jobId);
  const models = modelObjects(store);
  const modelIds = new Set(models.map((m) => m.modelId));

  // 1–3. Jobs and models without a saved object.
  for (const type of ['anomaly-detector', 'data-frame-analytics'] as const) {
    for (const jobId of esJobs[type]) {
      if (objectJobIds[type].has(jobId)) continue;
      plan(results.savedObjectsCreated, type, jobId, () => service.createJob(type, jobId, datafeedOfJob.get(jobId), addToAllSpaces));
    }
  }
  for (const model of store.trainedModels) {
    if (modelIds.has(model.id)) continue;
    const job = model.jobId ? { job_id: model.jobId } : null;
    const internal = model.id.startsWith('.');
    plan(results.savedObjectsCreated, 'trained-model', model.id, () => {
      service.createTrainedModel(model.id, job, addToAllSpaces || internal);
      if (internal) service.addTrainedModelToAllSpaces(model.id);
    });
  }

  // 4–5. Saved objects whose job or model is gone.
  for (const type of ['anomaly-detector', 'data-frame-analytics'] as const) {
    for (const j of objects) {
      if (j.type !== type || esJobs[type].has(j.jobId)) continue;
      const namespaces = [...j.object.namespaces];
      plan(results.savedObjectsDeleted, type, j.jobId, () => service.deleteJob(type, j.jobId, namespaces));
    }
  }
  for (const m of models) {
    if (esModels.has(m.modelId)) continue;
    const namespaces = [...m.object.namespaces];
    plan(results.savedObjectsDeleted, 'trained-model', m.modelId, () => service.deleteTrainedModel(m.modelId, namespaces));
  }

  // 6–7. Datafeed ids out of date on anomaly detection objects.
  for (const j of objects) {
    if (j.type !== 'anomaly-detector') continue;
    const jobExists = esJobs['anomaly-detector'].has(j.jobId);
    const esDatafeed = datafeedOfJob.get(j.jobId);
    const datafeedExists = esDatafeed !== undefined;
    if (datafeedExists && (j.datafeedId === null || (jobExists && esDatafeed !== j.datafeedId))) {
      plan(results.datafeedsAdded, 'anomaly-detector', j.jobId, () => service.addDatafeed(esDatafeed, j.jobId));
    } else if (jobExists && !datafeedExists && j.datafeedId !== null && j.datafeedId !== undefined) {
      const stale = String(j.datafeedId);
      plan(results.datafeedsRemoved, 'anomaly-detector', j.jobId, () => service.deleteDatafeed(stale));
    }
  }

  for (const task of tasks) task();
  return results;
}
