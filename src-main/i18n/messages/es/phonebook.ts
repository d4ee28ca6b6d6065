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
};
