// Splits `_bulk_update` entries into requests bounded by count and by body size: Kibana refuses a body over
// `server.maxPayload` (1 MB by default) with 413, so a chunk must stay under it whatever the objects weigh.

/** Kibana's default `server.maxPayload` is 1,048,576 bytes; keep a margin for the array's own brackets. */
export const MAX_BODY_BYTES = 1_000_000;
export const DEFAULT_CHUNK_SIZE = 100;

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** UTF-8 length of a string, counted without encoding it (a lone surrogate is sent as U+FFFD: 3 bytes). */
export function utf8Length(text: string): number {
  // Most request bodies are plain ASCII: one byte per character.
  if (ASCII.test(text)) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two UTF-16 units, four bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

export const jsonBytes = (value: unknown) => utf8Length(JSON.stringify(value));

export interface Chunking<T> {
  chunks: T[][];
  /** Entries that alone exceed the byte limit: Kibana would refuse any request carrying them. */
  oversized: T[];
}

export interface ChunkLimits<T> {
  maxCount?: number;
  maxBytes?: number;
  /** The bytes an entry adds to the request body (default: its own JSON). */
  sizeOf?: (entry: T) => number;
}

export function chunkByCountAndBytes<T>(entries: readonly T[], { maxCount = DEFAULT_CHUNK_SIZE, maxBytes = MAX_BODY_BYTES, sizeOf = jsonBytes }: ChunkLimits<T> = {}): Chunking<T> {
  const chunks: T[][] = [];
  const oversized: T[] = [];
  let current: T[] = [];
  // `[` + `]` and a comma between entries.
  let bytes = 2;
  for (const entry of entries) {
    const size = sizeOf(entry);
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
