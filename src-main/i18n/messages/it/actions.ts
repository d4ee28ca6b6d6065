import type { actions as english } from '../en/actions';
import type { Messages } from '../types';

export const actions: Messages<typeof english> = {
  'action.callGone': 'Questa chiamata non è più nota; forse è stata cancellata dalla cronologia.',
  'action.callGoneShort': 'Questa chiamata non è più nota.',
  'action.noCrmTemplate':
    'Nessun link CRM corrisponde a questa chiamata; aggiungi un modello CRM nelle impostazioni o cambiane le regole.',
  'action.templateNotOffered':
    'Questo modello CRM non vale per questa chiamata; scegline uno dal menu della chiamata.',
  'action.noCurrentCall': 'In questo momento nessuna chiamata squilla, è in corso o si è appena conclusa.',
  'action.noNumberToCopy': 'Questo chiamante non ha inviato alcun numero da copiare.',
  'action.diagnosticsFailed': 'Non è stato possibile creare la diagnostica; consulta il registro.',
  'open.notWeb': 'Si possono aprire solo link http e https; controlla il modello di link del CRM.',
  'open.noPhoneApp':
    'Nessuna app del telefono su questo computer ha risposto al link tel:; installa o scegli un softphone.',
  'open.noBrowser':
    'Non è stato possibile aprire il link: nessun browser web ha risposto. Controlla il browser predefinito.',
  'demo.failed':
    'Il server demo non è riuscito ad avviarsi su questo computer; riavvia l’app o connettiti al tuo server.',
  'loginItem.failed':
    'Non è stato possibile cambiare «Avvia all’accesso»; riprova o impostalo nelle impostazioni di sistema.',
  'loginItem.notWritable':
    'Non è stato possibile cambiare «Avvia all’accesso»: non si può scrivere in {folder}.',
  'callLinks.notHandled':
    'Il sistema non ha permesso a questa app di gestire i link {links}; sceglila come gestore nelle impostazioni di sistema.',
  'callLinks.notReleased':
    'Il sistema non ha permesso a questa app di smettere di gestire i link {links}; scegli un altro gestore nelle impostazioni di sistema.',
  'statusRequest.noSuchType': 'Non esiste il tipo di stato «{type}»; i tipi sono {types}.',
  'statusRequest.noSuchTypeUnshown': 'Questo tipo di stato non esiste; i tipi sono {types}.',
  'statusRequest.nameTooLong':
    'Un nome di stato deve avere al massimo {max} caratteri stampabili (oppure va omesso per «{name}»).',
  'statusRequest.noteTooLong': 'Una nota di stato deve essere un testo di al massimo {max} caratteri.',
  'statusRequest.returnNotDate': 'L’ora di rientro non è una data e un’ora valide.',
  'statusRequest.returnNotMs':
    'L’ora di rientro deve essere -1 (nessuna) o un’ora in millisecondi dall’epoca Unix.',
  'statusRequest.returnNotTime':
    'L’ora di rientro deve essere -1 (nessuna), un’ora in millisecondi dall’epoca Unix o una data.',
  'statusRequest.returnPast': 'L’ora di rientro deve essere nel futuro; omettila per non indicarne nessuna.',
  'request.unreadable': 'Non è stato possibile leggere la richiesta {channel}.',
  'request.invalid': 'La richiesta {channel} non era valida.',
  'request.invalidField': 'La richiesta {channel} non era valida. {field}: {reason}',
  'request.unknownKey': '«{key}» non fa parte della richiesta {channel}.',
  'request.lookupNumberTooLong': 'Un numero può avere al massimo {max} caratteri.',
  'request.lookupNumberChars': 'Scrivi un numero di telefono: cifre, con +, spazi, ( ) - . / se vuoi.',
  'request.lookupNumberDigits': 'Scrivi un numero di telefono da cercare.',
  'request.contactNumberTooLong': 'Un numero ha al massimo {max} caratteri.',
  'request.contactTooManyNumbers': 'Un contatto ha al massimo {max} numeri.',
};
