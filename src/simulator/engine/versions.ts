// Kibana encodes a saved object's version as base64(JSON [seq_no, primary_term]) (kibana-api.md §0.2).
import { badRequest } from './errors';

export function encodeVersion(seqNo: number, primaryTerm = 1): string {
  return Buffer.from(JSON.stringify([seqNo, primaryTerm]), 'utf8').toString('base64');
}

/** Returns [seqNo, primaryTerm], or throws Kibana's 400 `Invalid version [...]`. */
export function decodeVersion(version: string): [number, number] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(version, 'base64').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    !parsed.every((n) => typeof n === 'number' && Number.isInteger(n))
  ) {
    throw badRequest(`Invalid version [${version}]`, { raw: true });
  }
  return [parsed[0], parsed[1]];
}

export function isValidVersion(version: string): boolean {
  try {
    decodeVersion(version);
    return true;
  } catch {
    return false;
  }
}
