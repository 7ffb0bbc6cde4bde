// Turns the pasted id list into objects to resolve, and explains every line it cannot use. The
// text itself is never changed: the admin fixes the named lines and resolves again.
import type { ObjectRef } from '../../api/resolve';
import { looksLikeKibanaUrl, parseKibanaUrl } from './kibana-url';

/** `typed`: one `type:id` per line. `bare`: one id per line, all of the type picked beside the list. */
export type IdListFormat = 'typed' | 'bare';

export interface IdListProblem {
  /** 1-based line number in the pasted text. */
  line: number;
  text: string;
  message: string;
  /** Errors stop the list from being resolved; warnings only inform. */
  severity: 'error' | 'warning';
}

export interface ParsedIdList {
  objects: ObjectRef[];
  problems: IdListProblem[];
  hasErrors: boolean;
}

export interface ParseOptions {
  format: IdListFormat;
  /** The type of every id in `bare` format. */
  bareType: string;
  /** Types this console knows; others are sent anyway (Kibana may have plugin types) with a warning. */
  knownTypes: readonly string[];
  /** The space the ids are resolved in: a Kibana link from another space is pointed out. */
  currentSpace?: string;
}

/** Kibana's `_bulk_resolve` takes more, but a result page of thousands helps nobody. */
export const MAX_IDS = 1000;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function unknownTypeMessage(type: string, knownTypes: readonly string[]): string {
  const near = knownTypes.find((known) => known === type.toLowerCase() || editDistance(known, type) <= 2);
  const hint = near ? ` Did you mean “${near}”?` : '';
  return `“${type}” is not a saved-object type this console knows.${hint} It is sent anyway; Kibana will say whether it supports it.`;
}

/** Splits at the first colon: type names never contain one, ids may. */
export function splitTypedLine(line: string): { type: string; id: string } | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  return { type: line.slice(0, colon).trim(), id: line.slice(colon + 1).trim() };
}

export function toTypedLine({ type, id }: ObjectRef): string {
  return `${type}:${id}`;
}

export function parseIdList(text: string, { format, bareType, knownTypes, currentSpace }: ParseOptions): ParsedIdList {
  const objects: ObjectRef[] = [];
  const problems: IdListProblem[] = [];
  const firstLineOf = new Map<string, number>();
  const problem = (line: number, lineText: string, message: string, severity: IdListProblem['severity'] = 'error'): void => {
    problems.push({ line, text: lineText, message, severity });
  };

  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const lineText = raw.trim();
    if (lineText === '') return;

    let ref: ObjectRef;
    if (looksLikeKibanaUrl(lineText)) {
      // A whole Kibana link (either format): it names the type itself.
      const linked = parseKibanaUrl(lineText);
      if (!linked) {
        return problem(
          line,
          lineText,
          'This link opens no single saved object. Paste the link of an open dashboard, Discover session, Lens or legacy visualization, map or Canvas workpad.',
        );
      }
      const linkSpace = linked.space ?? 'default';
      if (currentSpace !== undefined && linkSpace !== currentSpace) {
        problem(line, lineText, `The link is from the space “${linkSpace}”; the id is resolved in this space (“${currentSpace}”). Switch spaces to resolve it there.`, 'warning');
      }
      ref = { type: linked.type, id: linked.id };
    } else if (format === 'typed') {
      const parts = splitTypedLine(lineText);
      if (!parts) return problem(line, lineText, `No type: write it as type:id, e.g. dashboard:${lineText}.`);
      if (parts.type === '') return problem(line, lineText, 'The type before “:” is missing.');
      if (parts.id === '') return problem(line, lineText, `The id after “${parts.type}:” is missing.`);
      if (!knownTypes.includes(parts.type)) problem(line, lineText, unknownTypeMessage(parts.type, knownTypes), 'warning');
      ref = parts;
    } else {
      const parts = splitTypedLine(lineText);
      if (parts && knownTypes.includes(parts.type)) {
        problem(line, lineText, `Looks like type:id, but the whole line is used as a ${bareType} id. Switch the format to “type:id per line” if that is not what you meant.`, 'warning');
      }
      ref = { type: bareType, id: lineText };
    }

    const key = toTypedLine(ref);
    const first = firstLineOf.get(key);
    if (first !== undefined) return problem(line, lineText, `Same as line ${first}; resolved once.`, 'warning');
    firstLineOf.set(key, line);
    objects.push(ref);
  });

  if (objects.length > MAX_IDS) {
    problems.push({
      line: 0,
      text: '',
      message: `${objects.length} ids is too many at once: resolve at most ${MAX_IDS} at a time.`,
      severity: 'error',
    });
  }
  return { objects, problems, hasErrors: problems.some((entry) => entry.severity === 'error') };
}
