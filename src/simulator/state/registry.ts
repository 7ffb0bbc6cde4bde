// Saved-object types the simulated Kibana knows: the built-ins plus a state document's `types` (§14.3).
import { BUILT_IN_TYPES, type SavedObjectTypeInfo } from '../../contract/types-registry';
import type { StateTypeOverride } from './schema';

export class TypeRegistry {
  private readonly types: Map<string, SavedObjectTypeInfo>;

  constructor(overrides: Record<string, StateTypeOverride> = {}) {
    this.types = new Map(Object.entries(BUILT_IN_TYPES));
    for (const [name, o] of Object.entries(overrides)) {
      const base = this.types.get(name);
      this.types.set(name, {
        namespaceType: o.namespaceType,
        icon: o.icon ?? base?.icon ?? 'beaker',
        managementIcon: o.icon ?? base?.managementIcon,
        importable: o.importable ?? base?.importable ?? false,
        hidden: o.hidden ?? base?.hidden ?? false,
        displayName: base?.displayName ?? name,
      });
    }
  }

  /** Registered type info, hidden types included. */
  get(type: string): SavedObjectTypeInfo | undefined {
    return this.types.get(type);
  }

  /** Reachable through the HTTP APIs: registered and not hidden. */
  isVisible(type: string): boolean {
    const info = this.types.get(type);
    return !!info && !info.hidden;
  }

  /** Multi-namespace: ids are global and the object carries a namespaces array. */
  isMultiNamespace(type: string): boolean {
    const ns = this.types.get(type)?.namespaceType;
    return ns === 'multiple' || ns === 'multiple-isolated' || ns === undefined;
  }

  isSingleNamespace(type: string): boolean {
    return this.types.get(type)?.namespaceType === 'single';
  }

  isAgnostic(type: string): boolean {
    return this.types.get(type)?.namespaceType === 'agnostic';
  }

  /** Shareable: only `multiple` may list several spaces (§8). */
  isShareable(type: string): boolean {
    return this.types.get(type)?.namespaceType === 'multiple';
  }

  isImportable(type: string): boolean {
    const info = this.types.get(type);
    return !!info && info.importable && !info.hidden;
  }

  names(): string[] {
    return [...this.types.keys()];
  }
}
