// EUI ships its icon modules and the icon cache without type declarations at these paths.
declare module '@elastic/eui/es/components/icon/icon' {
  import type { ComponentType } from 'react';
  export const appendIconComponentCache: (iconTypeToIconComponentMap: Record<string, ComponentType>) => void;
}

declare module '@elastic/eui/es/components/icon/assets/*' {
  import type { ComponentType } from 'react';
  export const icon: ComponentType;
}
