/**
 * English: what other modules say about what people type or the app reads: an address pasted into
 * Settings → Host (`address.*`), the protocol profile's names (`profile.*`), the originate request
 * (`originate.*`) and loading the settings file (`settingsLoad.*`, an older or newer format, a
 * damaged file). Hosts, ports, names, paths and formats are data; ports are text (no grouping).
 */
export const checks = {
  'address.tooLong': 'That is too long for a server address; type only the server’s name.',
  'address.scheme':
    'An address starting with "{scheme}://" cannot be used: paste the iSymphony server’s address (ws://, wss://, http:// or https://) or type its name.',
  'address.spaces': 'A server address cannot contain spaces or control characters.',
  'address.badPort':
    'The port in that address ({port}) is not a port: ports are 1 to 65535 (iSymphony uses {plain}, or {tls} with SSL).',
  'address.unreadable':
    'That address could not be read; type only the server’s name or IP address, such as pbx.example.com.',
  'address.filled':
    'Filled in from the address: server {host}, port {port}{usual, select, plain { (iSymphony’s port)} tls { (iSymphony’s SSL port)} other {}}, TLS {tls, select, on {on} other {off}}.{credentials, select, dropped { The user name and password in it were left out: the manager user and password have their own fields.} other {}}',
  'address.filledPort': 'Filled in: server {host}, port {port}.',
  'address.filledPath': 'Filled in: server {host} (the path after it is not needed).',
  'profile.eventName':
    'The event name for "{kind}" must start with a letter and use only letters, digits, ".", "_" or "-" (at most 64).',
  'profile.eventNameTwice': '"{kind}" and "{other}" cannot both use the event name "{name}".',
  'profile.callerSuffix': 'The calling side must be suffix "1" or "2".',
  'profile.callerSuffixOf': 'The calling side of "{kind}" must be suffix "1" or "2".',
  'profile.fieldName':
    'The field name for "{field}" must start with a letter or "_" and use only letters, digits or "_" (at most 63).',
  'profile.fieldNameReserved':
    'The field name for "{field}" cannot be "{name}": events use that name for something else.',
  'profile.fieldNameTwice': '"{field}" and "{other}" cannot both use the field name "{name}".',
  'originate.path':
    'The originate path is relative to the extension: letters, digits, ".", "_" or "-" in segments separated by "/" (at most 128 characters).',
  'originate.bodyLength': 'The originate body can have at most 1024 characters.',
  'originate.bodyNumber': "The originate body must contain '{number}', where the number goes.",
  'originate.bodyJson':
    'The originate body must be JSON (with \'{number}\' inside a string), such as \'{"destination":"{number}"}\'.',
  'settingsLoad.unreadable':
    'The settings file {path} could not be read ({code}), so default settings are in use. Check its permissions.',
  'settingsLoad.writeFailed':
    'Settings could not be saved to {path} ({code}). Check that the folder exists and that you may write to it.',
  'settingsLoad.notJson':
    'The settings file was damaged (it is not valid JSON), so default settings are in use.',
  'settingsLoad.notObject': 'The settings file does not hold a settings object.',
  'settingsLoad.versionNotWhole': 'The settings file has a schemaVersion that is not a whole number.',
  'settingsLoad.newer':
    'The settings were saved by a newer version of iSymphony Companion (format {version}; this one reads up to {target}). Update the app to use them.',
  'settingsLoad.noMigration': 'Settings in format {at} cannot be converted by this version.',
  'settingsLoad.migrationFailed': 'Settings in format {at} could not be converted to format {next}.',
  'settingsLoad.defaultsInUse': '{reason} Default settings are in use.',
  'settingsLoad.invalid':
    '{count, plural, one {One setting in the file was not valid} other {Some settings in the file were not valid (#)}}, so default settings are in use.',
  'settingsLoad.keptAs': '{reason} The old file was kept as {file}.',
  'settingsLoad.newerInUse':
    '{reason} {usable, select, yes {The settings this version understands are in use.} other {Default settings are in use.}}{kept, select, none {} other { A copy was kept as {kept}.}}',
};
