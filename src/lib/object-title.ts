// What admins call a saved object. Most types carry a `title`; a data view's `title` is its index pattern,
// and since Kibana 8 it may also have a `name`, which Kibana's own lists show instead (`name || title`).
// A named data view is therefore shown by its name, with its index pattern beside it.

interface TitledObject {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
}

export interface ObjectTitleParts {
  /** The main text: the title, a data view's name, or the id when there is neither. */
  title: string;
  /** A named data view's index pattern, shown beside its name. */
  pattern?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

export function objectTitleParts(object: TitledObject): ObjectTitleParts {
  const { title, name } = object.attributes;
  if (object.type === 'index-pattern' && text(name)) return { title: text(name)!, pattern: text(title) };
  return { title: text(title) ?? text(name) ?? object.id };
}

export function objectTitle(object: TitledObject): string {
  return objectTitleParts(object).title;
}

/** One line of plain text for an object (see titleLabel); undefined when it has neither title nor name. */
export function objectLabel(object: TitledObject): string | undefined {
  const { title, name } = object.attributes;
  return text(title) ?? text(name) ? titleLabel(objectTitleParts(object)) : undefined;
}

/** Both parts on one line of plain text (labels, messages): `Web logs (logs-*)`, or just the title. */
export function titleLabel({ title, pattern }: ObjectTitleParts): string {
  return pattern ? `${title} (${pattern})` : title;
}
