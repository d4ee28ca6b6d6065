import type { calls as english } from '../en/calls';
import type { Messages } from '../types';

export const calls: Messages<typeof english> = {
  'dial.viaPbx':
    'Chiamata a {number} tramite il centralino: prima squilla il tuo telefono ({extension}), poi viene composto il numero.',
  'dial.viaTel':
    '{number} è stato passato alla tua app del telefono (link tel:) invece che al centralino. {reason}',
  'dial.pbxOnly':
    'Il centralino non può effettuare questa chiamata. {reason} Componi invece tel:{tel} con la tua app del telefono.',
  'dial.telFailed':
    'Non è stato possibile comporre {number}. {reason} Nemmeno un’app del telefono su questo computer ha risposto al link tel:; installa o scegli un softphone.',
  'dial.noPbx.off': 'Le chiamate tramite il centralino sono disattivate nelle impostazioni.',
  'dial.noPbx.noExtension': 'Nelle impostazioni non è indicato nessun tuo interno.',
  'dial.noPbx.notConnected': 'L’app non è collegata al centralino.',
  'dial.noPbx.refused':
    'Il centralino ha rifiutato di effettuare la chiamata (HTTP {status}): {why, select, licence {la sua licenza o l’account manager non lo consente} other {non conosce questa azione}}.',
  'dial.refused': '{why} Non è stato composto nulla.',
  'dial.why.noNumber': 'Non c’è nessun numero da comporre.',
  'dial.why.tooLong': 'È troppo lungo per essere un numero di telefono.',
  'dial.why.notDigits': 'Non è un numero di telefono (sono ammessi solo cifre, spazi e un + iniziale).',
  'dial.why.invalid': '{number} non è un numero di telefono valido.',
  'dial.why.prefixNotDigits': 'Il prefisso per la linea esterna non è fatto di cifre.',
  'dial.why.linkTooLong': 'Questo link è troppo lungo per contenere un numero di telefono.',
  'dial.why.notALink': 'Non è un link tel:, callto: o sip:.',
  'dial.why.linkUnsafe': 'Questo link contiene caratteri invisibili o di controllo.',
  'dial.why.sipNoUser': 'Questo indirizzo SIP non indica nessun utente da chiamare.',
  'dial.why.linkEncoding': 'Questo link non è codificato correttamente.',
  'dial.why.linkEmpty': 'Questo link non contiene nessun numero.',
  'dial.why.linkComputer': 'Questo link indica un computer, non un numero di telefono.',
  'dial.why.linkNotNumber':
    'Questo link non contiene un numero di telefono (sono ammessi solo cifre, separatori e un + iniziale).',
};
