// A write whose answer was lost (dropped connection, timeout, gateway timeout: ResultUnknownError)
// may or may not have happened in Kibana. Saying "failed, try again" would be wrong half the time and
// could make the admin apply it twice. The honest sequence is: say "the result is unknown", ask
// Kibana what is true now (a read: safe to repeat), then say what actually happened.
//
// `writeThenCheck` is that sequence for any mutation — delete, disable aliases, and the bulk edit,
// copy and ML sync screens to come. Use it as the mutation function:
//
//   useMutation({
//     mutationFn: (vars) => writeThenCheck({
//       write: () => deleteSavedObject(space, vars),
//       // What Kibana has now, in the caller's terms ('deleted' / 'still-there', or per object).
//       recheck: () => isGone(space, vars),
//       // Optional: the UI shows "the result is unknown, checking what Kibana has now…".
//       onLost: () => setPhase('checking'),
//     }),
//   })
//
// and render the outcome: `answered` → the write's own result; `checked` → what the re-read found
// (say so, and that the answer had been lost); `unknown` → the re-read failed too: show the error and
// offer "Check again" (`outcome.recheck()`), never "Try again" (the write itself is never repeated).
// Any other error (Kibana answered 4xx/5xx) is thrown as before: the write's result is known.
import { isResultUnknown, type ResultUnknownError } from './client';

export type CheckedWrite<R, C> =
  | { status: 'answered'; result: R }
  | { status: 'checked'; lost: ResultUnknownError; found: C; recheck: () => Promise<C> }
  | { status: 'unknown'; lost: ResultUnknownError; checkError: unknown; recheck: () => Promise<C> };

export interface WriteThenCheck<R, C> {
  write: () => Promise<R>;
  /** Reads what the write touched and says what is true now. Must not write. */
  recheck: () => Promise<C>;
  /** Called once the answer is known to be lost, before the re-read starts. */
  onLost?: (lost: ResultUnknownError) => void;
}

export async function writeThenCheck<R, C>({ write, recheck, onLost }: WriteThenCheck<R, C>): Promise<CheckedWrite<R, C>> {
  try {
    return { status: 'answered', result: await write() };
  } catch (error) {
    if (!isResultUnknown(error)) throw error;
    onLost?.(error);
    try {
      return { status: 'checked', lost: error, found: await recheck(), recheck };
    } catch (checkError) {
      return { status: 'unknown', lost: error, checkError, recheck };
    }
  }
}

/** The sentence every lost answer starts with, so each screen says it the same way. */
export const RESULT_UNKNOWN = 'The answer from Kibana was lost, so the result is unknown';
