import { describe, expect, it } from 'vitest';
import UrlParts from './url-parse-shim';

describe('the url-parse stand-in EUI validates hrefs with', () => {
  it('names the javascript: protocol however it is disguised, as the browser reads it', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)', 'java\nscript:x']) {
      expect(new UrlParts(href).protocol).toBe('javascript:');
    }
  });

  it('gives the protocol of ordinary links, relative ones included', () => {
    expect(new UrlParts('https://kibana.example/app').protocol).toBe('https:');
    expect(['http:', 'https:']).toContain(new UrlParts('/s/default/objects?object=dashboard:a').protocol); // the page's own
    expect(new UrlParts('mailto:admin@example.com').protocol).toBe('mailto:');
  });
});
