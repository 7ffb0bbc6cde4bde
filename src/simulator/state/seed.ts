// Picks the starting state: demo or empty, optionally with N generated objects.
import { createDemoState, createEmptyState } from './demo';
import { addGeneratedObjects } from './generator';
import type { StateDocument } from './schema';

export interface SeedOptions {
  empty?: boolean;
  objects?: number;
}

export function seedState({ empty, objects }: SeedOptions = {}): StateDocument {
  const doc = empty ? createEmptyState() : createDemoState();
  return objects ? addGeneratedObjects(doc, objects) : doc;
}
