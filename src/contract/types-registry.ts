import type { NamespaceType } from './kibana';

/** What Kibana knows about a saved-object type (kibana-api.md §14.3). */
export interface SavedObjectTypeInfo {
  namespaceType: NamespaceType;
  /** EUI icon shown in lists. */
  icon: string;
  /** Kibana management icon reported in copy/import `meta.icon`. */
  managementIcon?: string;
  importable: boolean;
  hidden?: boolean;
  /** Human name shown to admins. */
  displayName: string;
}

export const BUILT_IN_TYPES: Record<string, SavedObjectTypeInfo> = {
  dashboard: { namespaceType: 'multiple-isolated', icon: 'dashboardApp', managementIcon: 'dashboardApp', importable: true, displayName: 'Dashboard' },
  visualization: { namespaceType: 'multiple-isolated', icon: 'visualizeApp', managementIcon: 'visualizeApp', importable: true, displayName: 'Visualization' },
  lens: { namespaceType: 'multiple-isolated', icon: 'lensApp', managementIcon: 'lensApp', importable: true, displayName: 'Lens' },
  search: { namespaceType: 'multiple-isolated', icon: 'discoverApp', managementIcon: 'discoverApp', importable: true, displayName: 'Discover session' },
  map: { namespaceType: 'multiple-isolated', icon: 'gisApp', managementIcon: 'gisApp', importable: true, displayName: 'Map' },
  'canvas-workpad': { namespaceType: 'multiple-isolated', icon: 'canvasApp', managementIcon: 'canvasApp', importable: true, displayName: 'Canvas workpad' },
  tag: { namespaceType: 'multiple-isolated', icon: 'tag', managementIcon: 'tag', importable: true, displayName: 'Tag' },
  'index-pattern': { namespaceType: 'multiple', icon: 'indexPatternApp', managementIcon: 'indexPatternApp', importable: true, displayName: 'Data view' },
  config: { namespaceType: 'single', icon: 'advancedSettingsApp', managementIcon: 'advancedSettingsApp', importable: true, displayName: 'Advanced settings' },
  'ml-job': { namespaceType: 'multiple', icon: 'machineLearningApp', importable: false, displayName: 'ML job' },
  'ml-trained-model': { namespaceType: 'multiple', icon: 'machineLearningApp', importable: false, displayName: 'ML trained model' },
  'legacy-url-alias': { namespaceType: 'agnostic', icon: 'link', importable: false, displayName: 'Legacy URL alias' },
  space: { namespaceType: 'agnostic', icon: 'spacesApp', importable: false, displayName: 'Space' },
};

/** The types an admin browses and copies: importable and visible. */
export const IMPORTABLE_TYPES = Object.entries(BUILT_IN_TYPES)
  .filter(([, info]) => info.importable && !info.hidden)
  .map(([name]) => name);
