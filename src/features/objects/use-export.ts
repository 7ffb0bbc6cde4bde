// Export → download → toast, shared by the bulk bar and the object flyout.
import { useExportSavedObjects, type ExportRequest } from '../../api/saved-objects';
import { useToasts } from '../../components/toast-context';
import { downloadFile } from '../../lib/download-file';

export function useExport() {
  const exporting = useExportSavedObjects();
  const toasts = useToasts();
  const run = (space: string, request: ExportRequest, includeReferencesDeep: boolean) =>
    exporting.mutate(
      { space, request, includeReferencesDeep },
      {
        onSuccess: (result) => {
          downloadFile('export.ndjson', result.ndjson);
          const missing = result.missingReferences.length;
          toasts.add({
            title: `Exported ${result.exportedCount.toLocaleString('en-US')} ${result.exportedCount === 1 ? 'object' : 'objects'}`,
            color: missing ? 'warning' : 'success',
            iconType: missing ? 'warning' : 'check',
            text: missing ? `${missing} referenced ${missing === 1 ? 'object was' : 'objects were'} missing and left out.` : undefined,
          });
        },
        onError: (error) => {
          toasts.add({ title: 'Export failed', color: 'danger', iconType: 'error', text: error.message });
        },
      },
    );
  return { run, isExporting: exporting.isPending };
}
