import { ScreenPlaceholder } from '../../components/screen-placeholder';

// Placeholder until the screen is built; the shell, its link and its lazy chunk are real.
export function CopyToSpaceRoute() {
  return (
    <ScreenPlaceholder
      title="Copy to spaces"
      description="Copy saved objects and their references to other spaces, then resolve conflicts and missing references one by one."
    />
  );
}
