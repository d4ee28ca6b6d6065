/**
 * The demo CRM: one small page the demo server serves on 127.0.0.1, showing the caller's record,
 * so "Open CRM" in demo mode opens something real. The number and name come from the link (typed
 * by a caller, percent-encoded by the app): every value is HTML-escaped, the page runs no script
 * and loads nothing (its own strict CSP), and it asks for no credentials.
 */
import { DEMO_CONTACTS, type DemoContact } from './contacts';

export const DEMO_CRM_PATH = '/demo-crm/contact';

/** The link template demo mode uses for this server. */
export function demoCrmTemplateUrl(host: string, port: number): string {
  return `http://${host}:${port}${DEMO_CRM_PATH}?number={e164}&raw={number}&name={name}`;
}

export interface PageAnswer {
  readonly status: 200 | 405;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A caller's value is shown, never run: the five HTML-special characters escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const MAX_SHOWN = 80;

function param(url: URL, name: string): string {
  const value = url.searchParams.get(name) ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are never shown
  return value.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '').slice(0, MAX_SHOWN);
}

function find(number: string): DemoContact | undefined {
  const digits = number.replace(/[^0-9+]/g, '');
  return digits === '' ? undefined : DEMO_CONTACTS.find((c) => c.number === digits);
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1f24}
header{background:#24527a;color:#fff;padding:12px 20px;font-weight:600}
main{max-width:640px;margin:24px auto;padding:20px 24px;background:#fff;border-radius:8px;box-shadow:0 1px 4px #0002}
h1{margin:0 0 4px;font-size:22px}.number{direction:ltr;unicode-bidi:isolate;font-variant-numeric:tabular-nums;color:#4a5560}
dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:16px 0 0}dt{color:#4a5560}dd{margin:0}
.note{margin-top:16px;padding:10px 12px;background:#fff7e0;border-left:4px solid #d9a400}.demo{color:#4a5560;font-size:13px;margin-top:20px}`;

/** The page for `GET /demo-crm/contact?number=…&name=…`. */
export function demoCrmPage(method: string, requestUrl: string): PageAnswer {
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy':
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, headers: { ...headers, Allow: 'GET, HEAD' }, body: 'Only GET.\n' };
  }
  const url = new URL(requestUrl, 'http://demo.invalid');
  const number = param(url, 'number') || param(url, 'raw');
  const name = param(url, 'name');
  const contact = find(number);
  const title = contact?.name ?? contact?.company ?? (name || 'Unknown caller');
  const rows: [string, string][] = contact
    ? [
        ['Company', contact.company],
        ['Phone', contact.number],
      ]
    : [['Phone', number || 'not given']];
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Demo CRM</title><style>${STYLE}</style></head>
<body><header>Demo CRM</header><main data-record="${contact ? 'found' : 'none'}">
<h1>${escapeHtml(title)}</h1><p class="number">${escapeHtml(number)}</p>
<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd${k === 'Phone' ? ' class="number"' : ''}>${escapeHtml(v)}</dd>`).join('')}</dl>
${contact ? `<p class="note">${escapeHtml(contact.note)}</p>` : '<p class="note">No record for this number yet: a real CRM would offer to create one.</p>'}
<p class="demo">This page is served by iSymphony Companion's demo server on this computer. Your own CRM opens the same way once its link is set up in Settings → CRM links.</p>
</main></body></html>
`;
  return { status: 200, headers, body: method === 'HEAD' ? '' : body };
}
