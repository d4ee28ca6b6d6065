/**
 * English: the caller lookup's sentences: why a CRM lookup failed (`lookup.*`), why nobody was
 * named, the lookup test's answers, and the lookup template's rules (`lookupTemplate.*`). `{field}`
 * is the template's key (url, body, namePaths…), said as a `select`; `{origin}`, `{status}` and the
 * limits are data.
 */
export const lookup = {
  'lookup.failedUnexpectedly': 'The CRM lookup failed unexpectedly; the call shows what the PBX sent.',
  'lookup.failed': 'The CRM lookup failed.',
  'lookup.tokenUnreadable': 'The CRM token could not be read from the keychain: {reason}',
  'lookup.tokenMissing':
    'No CRM token is stored; set it in Settings → Caller lookup (the command line reads ISYMPHONY_CRM_TOKEN, or the keychain with --crm-token-keychain).',
  'lookup.tokenUnsafe': 'The stored CRM token holds characters a header cannot carry; store it again.',
  'lookup.timeout': 'The CRM did not answer within {ms} ms; the call shows what the PBX sent.',
  'lookup.unreachable': 'The CRM at {origin} could not be reached; check the address and the network.',
  'lookup.tooLarge':
    "The CRM's answer was larger than {kb} kB, so it was not read; ask for fewer fields or one record.",
  'lookup.redirected':
    'The CRM answered with a redirect (HTTP {status}), which is not followed so the token stays at {origin}; use the address it points to.',
  'lookup.refused': 'The CRM refused the lookup (HTTP {status}); check the token and its permissions.',
  'lookup.rateLimited': 'The CRM asked to slow down (HTTP 429); lookups resume on the next calls.',
  'lookup.httpStatus': 'The CRM answered HTTP {status} instead of a search result.',
  'lookup.notJson':
    'The CRM answered with something that is not JSON (a web page?); check the lookup address.',
  'lookup.numberUnreadable':
    'The number could not be read as a full international number, so the CRM was not asked (set the default country if callers send national numbers).',
  'lookup.noNumber': 'The call has no number to look up and no caller-ID name.',
  'lookup.notInPhonebook': 'The number is not in the phonebook and the PBX sent no name.',
  'lookup.notAnywhere': 'The number is not in the phonebook or the CRM, and the PBX sent no name.',
  'lookup.testNobody':
    'Neither your phonebook nor the CRM named this number: the CRM found no one, or its answer holds nothing at the name and company paths.',
  'lookup.testNoTemplate': 'Choose a CRM or write a lookup template first, then test it.',
  'lookup.testBusy': 'A lookup test is already running; wait for its result, then try again.',
  'lookup.tokenNoAddress': 'Save a CRM lookup address first; the token is kept for that address.',
  'lookupTemplate.notObject':
    'The CRM lookup must be an object such as \'{"method":"GET","url":"https://…{e164}",…}\'.',
  'lookupTemplate.tokenInTemplate':
    'The CRM token is kept in the system keychain (or an environment variable for the command line), never in the lookup template.',
  'lookupTemplate.unknownKey': '"{key}" is not part of a CRM lookup; use {keys}.',
  'lookupTemplate.preset': 'The preset must be custom or one of {presets}.',
  'lookupTemplate.method': 'The method must be GET or POST.',
  'lookupTemplate.text':
    '{field, select, url {The lookup address} body {The request body} tokenHeader {The token header} tokenPrefix {The token prefix} namePaths {Each name path} companyPath {The company path} recordUrlPath {The record address path} idPath {The record id path} recordLink {The record link} allowedOrigins {Each allowed address} other {This value}} must be text.',
  'lookupTemplate.textLength':
    '{field, select, url {The lookup address} body {The request body} tokenHeader {The token header} tokenPrefix {The token prefix} namePaths {Each name path} companyPath {The company path} recordUrlPath {The record address path} idPath {The record id path} recordLink {The record link} allowedOrigins {Each allowed address} other {This value}} is too long (at most {max, plural, one {# character} other {# characters}}).',
  'lookupTemplate.list':
    '{field, select, namePaths {The name paths} other {The allowed addresses}} must be a list of at most {max, plural, one {# text} other {# texts}}.',
  'lookupTemplate.whole':
    '{field, select, timeoutMs {The timeout} other {The cache time}} must be a whole number.',
  'lookupTemplate.needsReplacing':
    "The lookup still contains {mark}…: replace it with your own (your CRM's domain or account id), as its preset describes.",
  'lookupTemplate.pathLength':
    '{field, select, companyPath {The company path} recordUrlPath {The record address path} idPath {The record id path} other {The name path}} must have 1 to {max, plural, one {# character} other {# characters}}, such as results.0.name.',
  'lookupTemplate.pathShape':
    '{field, select, companyPath {The company path} recordUrlPath {The record address path} idPath {The record id path} other {The name path}} "{path}" must be names and list positions separated by dots, such as results.0.name (letters, digits, "_", "-", "$", "@").',
  'lookupTemplate.addressHttps':
    'The lookup address must start with https:// (plain http is allowed only to this computer, such as http://127.0.0.1).',
  'lookupTemplate.allowedHttps':
    'The allowed address {origin} must start with https:// (plain http is allowed only to this computer, such as http://127.0.0.1).',
  'lookupTemplate.addressPlaceholder':
    "The lookup address uses '{'{name}'}'; a lookup knows only the caller's number: use '{number}' or '{e164}'.",
  'lookupTemplate.bodyLength':
    'The request body has {length, plural, one {# character} other {# characters}}; keep it to {max}.',
  'lookupTemplate.bodyJson':
    "The request body is not JSON once '{number}' and '{e164}' are filled in; write each as a whole value without quotes, e.g. '{\"phone\": {e164}}'.",
  'lookupTemplate.recordLinkId':
    "The record link must contain '{id}', where the record id from the answer goes.",
  'lookupTemplate.recordLinkOther': "The record link uses '{'{name}'}'; it may use only '{id}'.",
  'lookupTemplate.recordLinkOrigin':
    "The record link goes to {origin}, which is neither the lookup's own address nor an allowed one; add it to the allowed addresses.",
  'lookupTemplate.originsMax':
    'Allow at most {max, plural, one {# other address} other {# other addresses}}.',
  'lookupTemplate.originNotAddress': '"{entry}" is not a web address; write it as https://crm.example.',
  'lookupTemplate.originNotPlain': '"{entry}" is not a plain web address; write it as https://crm.example.',
  'lookupTemplate.postNeedsBody': 'A POST lookup needs a JSON body; write one, or use GET.',
  'lookupTemplate.getNoBody': 'A GET lookup sends no body; remove it, or use POST.',
  'lookupTemplate.noNumber':
    "The lookup never sends the caller's number: put '{e164}' or '{number}' in the address or body.",
  'lookupTemplate.tokenHeader':
    'The token header must be a header name such as Authorization or x-api-token.',
  'lookupTemplate.tokenPrefix':
    'The token prefix must be plain text of at most {max, plural, one {# character} other {# characters}}, such as "Bearer ".',
  'lookupTemplate.namePaths':
    'Say where the answer has the name or the company (a path such as results.0.name).',
  'lookupTemplate.namePathsMax': 'Join at most {max, plural, one {# name path} other {# name paths}}.',
  'lookupTemplate.recordLinkNeedsId': 'A record link needs the path of the record id in the answer.',
  'lookupTemplate.timeout':
    'The lookup timeout must be {min} to {max, plural, one {# millisecond} other {# milliseconds}}.',
  'lookupTemplate.cache': 'Keep answers for 0 to {max, plural, one {# minute} other {# minutes}}.',
  'phonebookFile.notCsv': 'The file could not be read as CSV.',
  'phonebookFile.csvQuotes':
    'The file could not be read as CSV{line, select, none {} other { (line {line})}}: check that quotes are closed and every row uses the same separator.',
  'phonebookFile.noRows': 'The file holds no rows.',
  'phonebookFile.noNumberColumn': 'No column holds phone numbers: choose at least one number column.',
  'phonebookFile.badMapping':
    'The mapping names a column the file does not have (it has {columns, plural, one {# column} other {# columns}}).',
  'phonebookFile.tooManyRows': 'The file has more than {max, plural, one {# row} other {# rows}}; split it.',
  'phonebookFile.tooManyCards':
    'The file has more than {max, plural, one {# card} other {# cards}}; split it.',
  'phonebookFile.notVcard':
    'The file could not be read as vCard: every card must run from BEGIN:VCARD to END:VCARD with NAME:value lines.',
  'phonebookFile.tooLarge': 'The file is larger than {mb} MB; split it or export fewer fields.',
  'phonebookFile.empty': 'The file is empty.',
};
