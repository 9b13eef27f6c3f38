import type { Translation } from '../translation.ts';
import type { fundsScreen as english } from '../en/fundsScreen.ts';

export const fundsScreen = {
  'fundsScreen.title': 'Fondos',
  'fundsScreen.intro':
    'Dinero apartado para un fin: un fondo de fianzas, ayuda con el alquiler, una donación con destino fijo. Cada movimiento pertenece a un fondo; al General, salvo que elija otro.',
  'fundsScreen.add': 'Agregar un fondo',
  'fundsScreen.added': 'Se agregó {name}.',
  'fundsScreen.list.title': 'Todos los fondos',
  'fundsScreen.list.fund': 'Fondo',
  'fundsScreen.list.purpose': 'Fin',
  'fundsScreen.list.balance': 'Saldo',
  'fundsScreen.list.anyPurpose': 'Lo que el grupo decida',
  'fundsScreen.list.nothingYet': 'Nada todavía',
  'fundsScreen.list.total': 'Todos los fondos ({currency})',
  'fundsScreen.list.restrictedHint': 'Un fondo restringido solo puede gastarse en su fin, y nunca por debajo de cero: la aplicación rechaza un pago que el fondo no puede cubrir.',
  'fundsScreen.form.title': 'Agregar un fondo',
  'fundsScreen.form.name': 'Nombre',
  'fundsScreen.form.nameMissing': 'Póngale un nombre al fondo.',
  'fundsScreen.form.restricted': 'Restringido a un fin',
  'fundsScreen.form.restrictedHint': 'Para dinero que se dio para una sola cosa. Nunca puede gastarse por debajo de cero.',
  'fundsScreen.form.purpose': 'Fin',
  'fundsScreen.form.purposeOptional': 'Fin (opcional)',
  'fundsScreen.form.purposeHint': 'En qué se puede gastar el dinero, en pocas palabras.',
  'fundsScreen.form.submit': 'Agregar el fondo',
  'fundsScreen.form.cancel': 'Cancelar',
} satisfies Translation<typeof english>;
