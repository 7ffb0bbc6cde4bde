// Why an alias exists, in the admin's words (kibana-api.md §5.1: `purpose`).

/** Completes "This alias was …". */
export function purposeDescription(purpose: string | undefined): string {
  switch (purpose) {
    case 'savedObjectConversion':
      return 'converted when Kibana 8.0 made ids unique across spaces';
    case 'savedObjectImport':
      return 'created when the object was copied or imported with a new id';
    case undefined:
      return 'created for a reason Kibana did not record';
    default:
      return `created for a reason this console does not know (“${purpose}”)`;
  }
}

/** Short label for table cells; `purposeDescription` goes in the tooltip. */
export function purposeLabel(purpose: string | undefined): string {
  switch (purpose) {
    case 'savedObjectConversion':
      return '8.0 id conversion';
    case 'savedObjectImport':
      return 'Copy or import';
    case undefined:
      return 'Not recorded';
    default:
      return purpose;
  }
}
