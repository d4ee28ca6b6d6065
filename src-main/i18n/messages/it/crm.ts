import type { crm as english } from '../en/crm';
import type { Messages } from '../types';

export const crm: Messages<typeof english> = {
  'crmLink.closeBrace':
    "Il modello ha una «'}'» alla posizione {position} senza una «'{'» prima; scrivi %7D per una graffa letterale.",
  'crmLink.openBrace':
    "Il modello ha una «'{'» alla posizione {position} che nessuna «'}'» chiude; scrivi %7B per una graffa letterale.",
  'crmLink.unknownPlaceholder':
    'Il modello usa {placeholder}, che non è un segnaposto; usa uno di {placeholders}.',
  'crmLink.empty':
    "{field, select, url {L’indirizzo di ricerca} recordLink {Il link del record} other {Il modello di link}} è vuoto; inserisci un indirizzo come https://crm.example/search?q='{e164}'.",
  'crmLink.tooLong':
    '{field, select, url {L’indirizzo di ricerca} recordLink {Il link del record} other {Il modello di link}} è lungo {length} caratteri; accorcialo a {max} al massimo.',
  'crmLink.badCharacter':
    '{field, select, url {L’indirizzo di ricerca} recordLink {Il link del record} other {Il modello di link}} contiene {what} alla posizione {position}; toglilo.',
  'crmLink.char.space': 'uno spazio (scrivi invece %20)',
  'crmLink.char.backslash': 'una barra rovesciata (i browser la leggono come «/»; scrivi / o %5C)',
  'crmLink.char.control': 'un carattere di controllo invisibile ({code})',
  'crmLink.char.direction': 'un carattere invisibile di direzione del testo ({code})',
  'crmLink.placeholderInScheme':
    'Il segnaposto {placeholder} è nello schema; i segnaposto possono stare solo nel percorso, nella query o nel frammento (dopo l’host).',
  'crmLink.notHttp':
    '{field, select, url {Un indirizzo di ricerca} recordLink {Un link del record} other {Un modello di link}} deve iniziare con https:// (o http://); questo inizia con {start}.',
  'crmLink.start.slashes': '«//» senza schema',
  'crmLink.start.scheme': '«{scheme}»',
  'crmLink.start.none': 'nessuno schema',
  'crmLink.placeholderInHost':
    'Il segnaposto {placeholder} è nell’host, nella porta o nel nome utente; i segnaposto possono stare solo nel percorso, nella query o nel frammento (dopo l’host).',
  'crmLink.noHost':
    '{field, select, url {L’indirizzo di ricerca} recordLink {Il link del record} other {Il modello di link}} non ha un host dopo «//»; scrivilo come https://crm.example/….',
  'crmLink.atBeforeHost':
    '{field, select, url {L’indirizzo di ricerca} recordLink {Il link del record} other {Il modello di link}} ha una «@» prima dell’host («{authority}»), quindi un browser aprirebbe la parte dopo la «@»; togli il nome utente e la «@».',
  'crmLink.unparseable':
    '{field, select, url {L’indirizzo di ricerca} recordLink {Il link del record} other {Il modello di link}} non è un indirizzo web valido; controlla il nome host e la porta.',
  'crmLink.notWebAddress':
    '{field, select, url {L’indirizzo di ricerca} recordLink {Il link del record} other {Il modello di link}} non è un indirizzo http o https valido; controlla il nome host.',
  'crmLink.userInfo':
    '{field, select, url {L’indirizzo di ricerca} recordLink {Il link del record} other {Il modello di link}} contiene un nome utente o una password; toglili insieme alla «@».',
  'crmLink.unknownCountry':
    "Il paese predefinito per '{e164}' è sbagliato: «{country}» non è un codice paese ISO 3166 noto per i numeri di telefono; inserisci un codice di due lettere come IT, CH o SM.",
  'crmLink.linkTooLong':
    'Il link sarebbe lungo {length} caratteri (al massimo {max}); usa meno segnaposto nel modello.',
  'crmLink.pathStep':
    'Un valore di questa chiamata formerebbe un passo di percorso («.» o «..») e cambierebbe la pagina che il link apre, quindi non è stato creato.',
  'crmLink.callNotWebAddress':
    'Il link per questa chiamata non è un indirizzo web valido, quindi non è stato creato.',
  'crmLink.callNotHttp':
    'Il link per questa chiamata non è un indirizzo http o https, quindi non è stato creato.',
  'crmLink.callLeaves': 'Il link per questa chiamata uscirebbe da {origin}, quindi non è stato creato.',
};
