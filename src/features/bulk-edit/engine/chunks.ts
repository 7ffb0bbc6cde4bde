// Splits `_bulk_update` entries into requests bounded by count and by body size: Kibana refuses a body over
// `server.maxPayload` (1 MB by default) with 413, so a chunk must stay under it whatever the objects weigh.

/** Kibana's default `server.maxPayload` is 1,048,576 bytes; keep a margin for the array's own brackets. */
export const MAX_BODY_BYTES = 1_000_000;
export const DEFAULT_CHUNK_SIZE = 100;

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

export interface Chunking<T> {
  chunks: T[][];
  /** Entries that alone exceed the byte limit: Kibana would refuse any request carrying them. */
  oversized: T[];
}

export function chunkByCountAndBytes<T>(entries: readonly T[], { maxCount = DEFAULT_CHUNK_SIZE, maxBytes = MAX_BODY_BYTES } = {}): Chunking<T> {
  const chunks: T[][] = [];
  const oversized: T[] = [];
  let current: T[] = [];
  // `[` + `]` and a comma between entries.
  let bytes = 2;
  for (const entry of entries) {
    const size = jsonBytes(entry);
    if (size + 2 > maxBytes) {
      oversized.push(entry);
      continue;
    }
    if (current.length > 0 && (current.length >= maxCount || bytes + 1 + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 2;
    }
    bytes += (current.length > 0 ? 1 : 0) + size;
    current.push(entry);
  }
  if (current.length) chunks.push(current);
  return { chunks, oversized };
}
