// The simulator's state document (kibana-api.md §14.3) and its validation. A bad document is refused
// with a message naming the first offending path, and the old state is kept.
import type { NamespaceType, SavedObjectReference, Space } from '../../contract/kibana';
import { SPACE_ID_PATTERN } from '../../contract/kibana';

export interface StateObject {
  type: string;
  id: string;
  namespaces?: string[];
  originId?: string;
  attributes: Record<string, unknown>;
  references?: SavedObjectReference[];
  updated_at?: string;
  created_at?: string;
  updated_by?: string;
  created_by?: string;
  version?: string;
  managed?: boolean;
}

export interface StateMlJob {
  type: 'anomaly-detector' | 'data-frame-analytics';
  id: string;
  /** Anomaly-detection jobs only: the datafeed that exists in Elasticsearch, if any. */
  datafeedId?: string | null;
}

export interface StateTrainedModel {
  id: string;
  /** The data-frame-analytics job that produced it. */
  jobId?: string | null;
}

export interface StateTypeOverride {
  namespaceType: NamespaceType;
  icon?: string;
  importable?: boolean;
  hidden?: boolean;
}

export interface StateDocument {
  spaces: Space[];
  objects: StateObject[];
  ml?: { jobs?: StateMlJob[]; trainedModels?: StateTrainedModel[] };
  types?: Record<string, StateTypeOverride>;
}

const NAMESPACE_TYPES = ['single', 'multiple', 'multiple-isolated', 'agnostic'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the first problem found, or undefined when the document is usable. */
export function findStateProblem(doc: unknown): string | undefined {
  if (!isPlainObject(doc)) return 'the state document must be a JSON object';
  if (!Array.isArray(doc.spaces)) return '"spaces" must be an array';
  const spaceIds = new Set<string>();
  for (const [i, space] of doc.spaces.entries()) {
    if (!isPlainObject(space)) return `spaces[${i}] must be an object`;
    if (typeof space.id !== 'string' || !SPACE_ID_PATTERN.test(space.id))
      return `spaces[${i}].id must be lower case, a-z, 0-9, '_', and '-'`;
    if (typeof space.name !== 'string') return `spaces[${i}].name must be a string`;
    if (spaceIds.has(space.id)) return `spaces[${i}].id "${space.id}" appears twice`;
    spaceIds.add(space.id);
  }
  if (!spaceIds.has('default')) return 'the "default" space is required';
  if (!Array.isArray(doc.objects)) return '"objects" must be an array';
  for (const [i, object] of doc.objects.entries()) {
    const where = `objects[${i}]`;
    if (!isPlainObject(object)) return `${where} must be an object`;
    if (typeof object.type !== 'string' || !object.type) return `${where}.type must be a non-empty string`;
    if (typeof object.id !== 'string' || !object.id) return `${where}.id must be a non-empty string`;
    if (!isPlainObject(object.attributes)) return `${where}.attributes must be an object`;
    if (object.namespaces !== undefined) {
      if (!Array.isArray(object.namespaces) || !object.namespaces.every((n) => typeof n === 'string' && n))
        return `${where}.namespaces must be an array of space ids`;
    }
    if (object.references !== undefined) {
      if (!Array.isArray(object.references)) return `${where}.references must be an array`;
      for (const [j, ref] of object.references.entries()) {
        if (!isPlainObject(ref) || typeof ref.type !== 'string' || typeof ref.id !== 'string' || typeof ref.name !== 'string')
          return `${where}.references[${j}] must have string name, type and id`;
      }
    }
    for (const key of ['originId', 'updated_at', 'created_at', 'version'] as const) {
      if (object[key] !== undefined && typeof object[key] !== 'string') return `${where}.${key} must be a string`;
    }
  }
  if (doc.ml !== undefined) {
    if (!isPlainObject(doc.ml)) return '"ml" must be an object';
    const { jobs, trainedModels } = doc.ml;
    if (jobs !== undefined) {
      if (!Array.isArray(jobs)) return 'ml.jobs must be an array';
      for (const [i, job] of jobs.entries()) {
        if (!isPlainObject(job) || typeof job.id !== 'string')
          return `ml.jobs[${i}] must have a string id`;
        if (job.type !== 'anomaly-detector' && job.type !== 'data-frame-analytics')
          return `ml.jobs[${i}].type must be "anomaly-detector" or "data-frame-analytics"`;
      }
    }
    if (trainedModels !== undefined) {
      if (!Array.isArray(trainedModels)) return 'ml.trainedModels must be an array';
      for (const [i, model] of trainedModels.entries()) {
        if (!isPlainObject(model) || typeof model.id !== 'string') return `ml.trainedModels[${i}] must have a string id`;
      }
    }
  }
  if (doc.types !== undefined) {
    if (!isPlainObject(doc.types)) return '"types" must be an object';
    for (const [name, info] of Object.entries(doc.types)) {
      if (!isPlainObject(info) || !NAMESPACE_TYPES.includes(String(info.namespaceType)))
        return `types.${name}.namespaceType must be one of ${NAMESPACE_TYPES.join(', ')}`;
    }
  }
  return undefined;
}
