import { describe, expect, it } from 'vitest';
import { purposeDescription, purposeLabel } from './alias-wording';

describe('alias purpose wording', () => {
  it('explains both purposes Kibana records in plain words', () => {
    expect(purposeDescription('savedObjectConversion')).toBe('converted when Kibana 8.0 made ids unique across spaces');
    expect(purposeDescription('savedObjectImport')).toBe('created when the object was copied or imported with a new id');
    expect(purposeLabel('savedObjectConversion')).toBe('8.0 id conversion');
    expect(purposeLabel('savedObjectImport')).toBe('Copy or import');
  });

  it('is honest about a missing or unknown purpose', () => {
    expect(purposeDescription(undefined)).toBe('created for a reason Kibana did not record');
    expect(purposeLabel(undefined)).toBe('Not recorded');
    expect(purposeDescription('somethingNew')).toBe('created for a reason this console does not know (“somethingNew”)');
    expect(purposeLabel('somethingNew')).toBe('somethingNew');
  });
});
