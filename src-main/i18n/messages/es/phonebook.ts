import type { phonebook as english } from '../en/phonebook';
import type { Messages } from '../types';

export const phonebook: Messages<typeof english> = {
  'phonebook.deleted': '{who} eliminado.',
  'phonebook.deletedUnnamed': 'Contacto eliminado.',
  'phonebook.searchLabel': 'Buscar contactos por nombre, empresa o número',
  'phonebook.searchPlaceholder': 'Buscar nombre, empresa o número',
  'phonebook.add': 'Añadir contacto',
  'phonebook.importFile': 'Importar archivo…',
  'phonebook.importedSkipped':
    '{imported, plural, one {# contacto importado} other {# contactos importados}}, {skipped, plural, one {# sin número omitido} other {# sin número omitidos}}.',
  'phonebook.imported': '{imported, plural, one {# contacto importado} other {# contactos importados}}.',
  'phonebook.saved': 'Contacto guardado.',
  'phonebook.contacts': 'Contactos',
  'phonebook.noName': '(sin nombre)',
  'phonebook.editWho': 'Editar {who}',
  'phonebook.edit': 'Editar',
  'phonebook.deleteWho': 'Eliminar {who}',
  'phonebook.delete': 'Eliminar',
  'phonebook.noMatch': 'Ningún contacto coincide.',
  'phonebook.empty':
    'Todavía no hay contactos. Importe un archivo CSV o vCard, o añada llamantes desde su ficha.',
  'phonebook.showMore': 'Mostrar más',
  'phonebook.countMatch':
    '{count, plural, one {# contacto coincide} other {# contactos coinciden}}, de {all, number}',
  'phonebook.count': '{count, plural, one {# contacto} other {# contactos}}',
  'phonebook.editTitle': 'Editar contacto',
  'phonebook.company': 'Empresa',
  'phonebook.numbers': 'Números de teléfono, uno por línea',
  'phonebook.import.column': 'Columna {n}',
  'phonebook.import.none': '(ninguna)',
  'phonebook.import.title': 'Importar {file}',
  'phonebook.import.rows':
    '{rows, plural, one {# fila} other {# filas}}. Elija qué contiene cada columna; la vista previa muestra las primeras filas tal como se leerán.',
  'phonebook.import.secondName': 'Segunda columna de nombre (opcional)',
  'phonebook.import.numbers': 'Números de teléfono',
  'phonebook.import.numbersColumn': 'Números',
  'phonebook.import.vcardSkipped':
    '{contacts, plural, one {# contacto} other {# contactos}} con número de teléfono; {skipped} sin número se omitirán.',
  'phonebook.import.vcard':
    '{contacts, plural, one {# contacto} other {# contactos}} con número de teléfono.',
  'phonebook.import.hasContacts': 'La agenda ya tiene contactos',
  'phonebook.import.addThese': 'Añadir estos',
  'phonebook.import.replace': 'Sustituirla por estos',
  'phonebook.import.import': 'Importar',
  'phonebook.name': 'Nombre',
  'phonebook.save': 'Guardar',
  'phonebook.refused.noDialog':
    'Esta aplicación no puede mostrar aquí una ventana para elegir archivos, así que no se pueden importar archivos.',
  'phonebook.refused.notAFile': '{file} no es un archivo.',
  'phonebook.refused.tooLarge': '{file} supera los {mb} MB; divídalo o exporte menos campos.',
  'phonebook.refused.unreadable': 'No se pudo leer {file} ({code}).',
  'phonebook.refused.noFilePicked': 'Elija primero un archivo para importar.',
  'phonebook.refused.wouldBeTooMany':
    'La agenda tendría más de {max, number} contactos; sustitúyala en lugar de añadir, o importe menos.',
  'phonebook.refused.full': 'La agenda tiene {max, number} contactos, su máximo.',
  'phonebook.refused.needsNumber': 'Introduzca al menos un número de teléfono.',
  'phonebook.refused.contactGone': 'Ese contacto ya no está en la agenda.',
  'phonebook.refused.noNumber': 'Este llamante no envió ningún número que añadir.',
  'phonebook.refused.readOnly': 'La agenda no se puede modificar: {reason}',
  'phonebook.refused.readOnlyUnread': 'La agenda no se puede modificar: no se pudo leer su archivo.',
  'phonebookStore.writeFailed':
    'No se pudo guardar la agenda en {path} ({code}). Compruebe que el disco tiene espacio y que se puede escribir en la carpeta; el cambio se conserva hasta que se cierre la aplicación.',
  'phonebookStore.unreadable':
    'No se pudo leer la agenda {path} ({code}), así que los llamantes no se buscan en ella. Compruebe sus permisos y reinicie la aplicación.',
  'phonebookStore.notJson':
    'El archivo de la agenda estaba dañado (no es JSON válido), así que la agenda está vacía.',
  'phonebookStore.noList':
    'El archivo de la agenda estaba dañado (no contiene ninguna lista de contactos), así que la agenda está vacía.',
  'phonebookStore.unknownFormat':
    'El archivo de la agenda tiene un formato que esta versión no conoce ({format}), así que la agenda está vacía.',
  'phonebookStore.setAside':
    '{why} El archivo antiguo se ha guardado como {backup}; vuelva a importarlo o restáurelo.',
  'phonebookStore.notSetAside':
    '{why} No se pudo apartar el archivo, así que la agenda no se puede modificar hasta que se aparte: {path}.',
  'phonebookStore.someUnread':
    '{bad, plural, one {# entrada de la agenda no se pudo leer y queda fuera} other {# entradas de la agenda no se pudieron leer y quedan fuera}}; el archivo tal como estaba se guarda como {backup}.',
  'phonebookStore.someUnreadNoCopy':
    '{bad, plural, one {# entrada de la agenda no se pudo leer} other {# entradas de la agenda no se pudieron leer}} y no se pudo hacer ninguna copia del archivo, así que la agenda no se puede modificar hasta que la aplicación pueda escribir en {folder}.',
};
