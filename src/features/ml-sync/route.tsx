import { ScreenPlaceholder } from '../../components/screen-placeholder';

// Placeholder until the screen is built; the shell, its link and its lazy chunk are real.
export function MlSyncRoute() {
  return (
    <ScreenPlaceholder
      title="ML sync"
      description="Find machine learning jobs and trained models whose saved objects are missing or left over, and synchronise them."
    />
  );
}
