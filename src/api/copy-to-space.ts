// Copy to spaces (kibana-api.md §3, §4); the wizard's remaps use saved-objects.ts's `_bulk_update` (§6).
// Both copy routes write: a lost answer is a ResultUnknownError and is never resent (client.ts).
import type {
  CopyRequest,
  CopyResponse,
  CopySpaceResult,
  ResolveCopyErrorsRequest,
} from '../contract/kibana';
import { kibanaRequest } from './client';
import { answer, arrayOf, expectBoolean, expectNumber, expectObject, objectOf, optional, type Validator } from './validate';

// Entries are checked loosely: their shape varies by error kind and Kibana version (§3.4, §12), and the
// wizard reads them defensively; only what decides the status must be there.
const spaceResultValidator = objectOf<CopySpaceResult>({
  success: expectBoolean,
  successCount: expectNumber,
  successResults: optional(arrayOf(expectObject)) as Validator<CopySpaceResult['successResults']>,
  errors: optional(arrayOf(expectObject)),
});

const copyResponseValidator: Validator<CopyResponse> = (value, path) => {
  const body = expectObject(value, path);
  return Object.fromEntries(Object.entries(body).map(([space, result]) => [space, spaceResultValidator(result, `${path}${space}`)]));
};

/** `POST /s/{source}/api/spaces/_copy_saved_objects`: copies from the source space to each target. */
export function copySavedObjects(source: string, body: CopyRequest): Promise<CopyResponse> {
  return kibanaRequest({ method: 'POST', path: '/api/spaces/_copy_saved_objects', space: source, body, validate: answer(copyResponseValidator) });
}

/** `POST /s/{source}/api/spaces/_resolve_copy_saved_objects_errors` (no `replaceReferences` on this route). */
export function resolveCopySavedObjectsErrors(source: string, body: ResolveCopyErrorsRequest): Promise<CopyResponse> {
  return kibanaRequest({
    method: 'POST',
    path: '/api/spaces/_resolve_copy_saved_objects_errors',
    space: source,
    body,
    validate: answer(copyResponseValidator),
  });
}
