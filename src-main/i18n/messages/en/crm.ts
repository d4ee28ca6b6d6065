/**
 * English: why a CRM link template, or the link it would make for a call, was refused (Settings →
 * CRM's preview, Open CRM). Keys `crmLink.<what>`; `crmLink.char.*` and `crmLink.start.*` are
 * phrases put into the others as `{what}`/`{start}`. Positions, lengths, placeholders, hosts and
 * country codes are data; numbers come as text, as typed. `{field}` names which template was read:
 * the CRM link template, or the caller lookup's address (`url`) or record link (`recordLink`), which
 * crm/template.ts checks for the lookup too.
 */
export const crm = {
  'crmLink.closeBrace':
    'The template has a "\'}\'" at position {position} with no "\'{\'" before it; write %7D for a literal brace.',
  'crmLink.openBrace':
    'The template has a "\'{\'" at position {position} that is not closed by "\'}\'"; write %7B for a literal brace.',
  'crmLink.unknownPlaceholder':
    'The template uses {placeholder}, which is not a placeholder; use one of {placeholders}.',
  'crmLink.empty':
    "{field, select, url {The lookup address} recordLink {The record link} other {The link template}} is empty; enter an address such as https://crm.example/search?q='{e164}'.",
  'crmLink.tooLong':
    '{field, select, url {The lookup address} recordLink {The record link} other {The link template}} is {length} characters long; shorten it to at most {max}.',
  'crmLink.badCharacter':
    '{field, select, url {The lookup address} recordLink {The record link} other {The link template}} contains {what} at position {position}; remove it.',
  'crmLink.char.space': 'a space (write %20 instead)',
  'crmLink.char.backslash': 'a backslash (browsers read it as "/"; write / or %5C)',
  'crmLink.char.control': 'an invisible control character ({code})',
  'crmLink.char.direction': 'an invisible text-direction character ({code})',
  'crmLink.placeholderInScheme':
    'The placeholder {placeholder} is in the scheme; placeholders may appear only in the path, query or fragment (after the host).',
  'crmLink.notHttp':
    '{field, select, url {A lookup address} recordLink {A record link} other {A link template}} must start with https:// (or http://); this one starts with {start}.',
  'crmLink.start.slashes': '"//" with no scheme',
  'crmLink.start.scheme': '"{scheme}"',
  'crmLink.start.none': 'no scheme',
  'crmLink.placeholderInHost':
    'The placeholder {placeholder} is in the host, port or user-name part; placeholders may appear only in the path, query or fragment (after the host).',
  'crmLink.noHost':
    '{field, select, url {The lookup address} recordLink {The record link} other {The link template}} has no host after "//"; write it as https://crm.example/….',
  'crmLink.atBeforeHost':
    '{field, select, url {The lookup address} recordLink {The record link} other {The link template}} has "@" before the host ("{authority}"), so a browser would open the part after "@"; remove the user name and "@".',
  'crmLink.unparseable':
    '{field, select, url {The lookup address} recordLink {The record link} other {The link template}} is not a valid web address; check the host name and port.',
  'crmLink.notWebAddress':
    '{field, select, url {The lookup address} recordLink {The record link} other {The link template}} is not a valid http or https address; check the host name.',
  'crmLink.userInfo':
    '{field, select, url {The lookup address} recordLink {The record link} other {The link template}} carries a user name or password; remove it and the "@".',
  'crmLink.unknownCountry':
    'The default country for \'{e164}\' is wrong: "{country}" is not an ISO 3166 country code known for phone numbers; set a two-letter code such as GB, US or DE.',
  'crmLink.linkTooLong':
    'The link would be {length} characters long (at most {max}); use fewer placeholders in the template.',
  'crmLink.pathStep':
    'A value of this call would make a path step ("." or "..") and change which page the link opens, so it was not built.',
  'crmLink.callNotWebAddress': 'The link for this call is not a valid web address, so it was not built.',
  'crmLink.callNotHttp': 'The link for this call is not an http or https address, so it was not built.',
  'crmLink.callLeaves': 'The link for this call would leave {origin}, so it was not built.',
} satisfies Record<string, string>;
