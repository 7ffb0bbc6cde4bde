import { ScreenPlaceholder } from '../../components/screen-placeholder';

// Placeholder until the screen is built; the shell, its link and its lazy chunk are real.
export function BulkEditRoute() {
  return (
    <ScreenPlaceholder
      title="Bulk edit"
      description="Change attributes of many saved objects at once, preview every change before it is written, and see what succeeded."
    />
  );
}
