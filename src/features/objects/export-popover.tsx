import { EuiButton, EuiButtonEmpty, EuiPopover, EuiSpacer, EuiSwitch, EuiText, EuiToolTip } from '@elastic/eui';
import { useState } from 'react';

interface ExportPopoverProps {
  /** What is exported, for the button's accessible name, e.g. "3 selected objects". */
  what: string;
  onExport: (includeReferencesDeep: boolean) => void;
  isExporting: boolean;
  /** Why export is not possible now; the button is disabled with this as its tooltip. */
  disabledReason?: string;
}

/** Export as NDJSON, with or without the objects they reference (Kibana's `includeReferencesDeep`). */
export function ExportPopover({ what, onExport, isExporting, disabledReason }: ExportPopoverProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [includeReferences, setIncludeReferences] = useState(true);
  const button = (
    <EuiButtonEmpty
      iconType="exportAction"
      size="s"
      onClick={() => setIsOpen((open) => !open)}
      isDisabled={!!disabledReason}
      isLoading={isExporting}
      aria-label={`Export ${what}`}
    >
      Export
    </EuiButtonEmpty>
  );
  return (
    <EuiPopover
      aria-label="Export options"
      button={disabledReason ? <EuiToolTip content={disabledReason}>{button}</EuiToolTip> : button}
      isOpen={isOpen}
      closePopover={() => setIsOpen(false)}
      anchorPosition="upCenter"
    >
      <div style={{ width: 280 }}>
        <EuiText size="s">
          <p>Download {what} as an NDJSON file Kibana can import.</p>
        </EuiText>
        <EuiSpacer size="s" />
        <EuiSwitch
          label="Include related objects"
          checked={includeReferences}
          onChange={(event) => setIncludeReferences(event.target.checked)}
        />
        <EuiSpacer size="m" />
        <EuiButton
          fill
          size="s"
          fullWidth
          iconType="download"
          isLoading={isExporting}
          onClick={() => {
            setIsOpen(false);
            onExport(includeReferences);
          }}
        >
          Export
        </EuiButton>
      </div>
    </EuiPopover>
  );
}
