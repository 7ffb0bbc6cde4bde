// URLs of the screens this one links to. (Features cannot import app/paths.ts, the composition
// root, so the two shapes we need are built here.)
import type { ObjectRef } from '../../api/resolve';
import { splitTypedLine, toTypedLine } from './parse-id-list';

export type AliasesScreenTab = 'open' | 'aliases';

// `:` is legal in a query string; keeping it makes the URLs readable (`object=dashboard:abc`).
const encodeParam = (value: string) => encodeURIComponent(value).replace(/%3A/gi, ':');

/** The Objects screen with this object's flyout open. */
export function objectFlyoutPath(space: string, ref: ObjectRef): string {
  return `/s/${encodeURIComponent(space)}/objects?object=${encodeParam(toTypedLine(ref))}`;
}

/** This screen: a tab, and the objects the "Open by id" tab resolves (kept across tabs). */
export function aliasesScreenPath(space: string, { tab = 'open', objects = [] }: { tab?: AliasesScreenTab; objects?: readonly ObjectRef[] } = {}): string {
  const params = [...(tab === 'aliases' ? ['tab=aliases'] : []), ...objects.map((ref) => `object=${encodeParam(toTypedLine(ref))}`)];
  return `/s/${encodeURIComponent(space)}/aliases${params.length ? `?${params.join('&')}` : ''}`;
}

/** The "Open by id" tab, resolving these objects. */
export function openByIdPath(space: string, objects: readonly ObjectRef[]): string {
  return aliasesScreenPath(space, { objects });
}

/** Reads this screen's URL state; `object` values that are not `type:id` are ignored. */
export function readAliasesScreenParams(params: URLSearchParams): { tab: AliasesScreenTab; objects: ObjectRef[] } {
  const objects = params.getAll('object').flatMap((value) => {
    const ref = splitTypedLine(value);
    return ref && ref.type && ref.id ? [ref] : [];
  });
  return { tab: params.get('tab') === 'aliases' ? 'aliases' : 'open', objects };
}
