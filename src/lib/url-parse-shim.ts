// EUI checks every link's href with `url-parse` (services/security/href_validator.js) only to refuse the
// `javascript:` protocol. The browser's own URL parser answers that exactly as the browser will treat the
// link (it strips the same leading controls and tabs, lowercases the scheme), and saves the first screen
// url-parse and its two dependencies. vite.config.ts points `url-parse` here; only `protocol` is read.
export default class UrlParts {
  readonly protocol: string;

  constructor(href: string) {
    let protocol = '';
    try {
      protocol = new URL(href, globalThis.location?.href ?? 'http://localhost/').protocol;
    } catch {
      // Unparsable: no protocol, as url-parse answers for such input.
    }
    this.protocol = protocol;
  }
}
