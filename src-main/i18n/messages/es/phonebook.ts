import type { phonebook as english } from '../en/phonebook';
import type { Messages } from '../types';

export const phonebook: Messages<typeof english> = {
  'phonebook.name': 'Nombre',
  'phonebook.save': 'Guardar',
};
