// What the main process says to people (tray, notifications, and the errors the console shows
// for its codes), in both languages. Shared so main and the renderer say the same thing: main
// words its own labels with it, the renderer spreads `errors` into its catalogs and translates
// each contract error by its code. Runtime-free, like the rest of src/shared.
import type { WordedErrorCode } from '../errors.ts';

export const MAIN_LANGUAGES = ['es', 'en'] as const;
export type MainLanguage = (typeof MAIN_LANGUAGES)[number];

export const isMainLanguage = (value: unknown): value is MainLanguage =>
  typeof value === 'string' && (MAIN_LANGUAGES as readonly string[]).includes(value);

/** The language for a BCP 47 tag such as `es-AR`: es* is Spanish, anything else English. */
export const mainLanguageFor = (tag: string | undefined): MainLanguage => (tag?.toLowerCase().startsWith('es') === true ? 'es' : 'en');

const es = {
  tray: {
    tooltip: 'Atiende',
    open: 'Abrir Atiende',
    syncNow: 'Sincronizar ahora',
    quit: 'Salir',
  },
  notification: {
    newCase: 'Caso nuevo #{{number}}',
    newMessage: 'Mensaje nuevo en #{{number}}',
    hiddenBody: 'Abrí Atiende para leerlo.',
  },
  errors: {
    unauthorized: 'El usuario o la contraseña no son correctos. Revisalos y probá de nuevo.',
    unavailable: 'No se pudo llegar al servidor. Revisá la dirección y tu conexión.',
    device_revoked: 'Tu organización quitó esta computadora de sus dispositivos. Consultá a tu supervisor.',
    retry_later: 'El servidor está ocupado. Probá de nuevo en un minuto.',
    bad_response: 'Esa dirección respondió, pero no es un servidor Atiende.',
    rejected_request: 'El servidor rechazó el pedido.',
    invalid_input: 'Algo de lo que escribiste no es válido.',
    no_profile: 'No hay ningún perfil abierto. Elegí uno primero.',
    cache_locked: 'Esta computadora pasó demasiados días sin contacto con el servidor: volvé a iniciar sesión para ver los casos.',
    case_not_found: 'Este caso ya no está en tu bandeja.',
    empty_reply: 'Escribí una respuesta antes de enviar.',
    reply_too_long: 'La respuesta es más larga de lo que permite este canal.',
    invalid_status: 'Ese estado no está permitido para este caso.',
    not_owner: 'Las plantillas de la empresa las edita un administrador. Guardá una copia personal para cambiarla.',
    invalid_template: 'La plantilla no es válida. Revisá el título, el atajo y el texto.',
    template_not_found: 'Esa plantilla ya no está en esta computadora.',
    not_refused: 'Solo se puede reenviar una respuesta rechazada.',
    not_assigned: 'Este caso es de otro agente: podés leerlo, pero no responderlo ni cambiar su estado.',
    customer_not_found: 'Este cliente ya no está en tu computadora.',
    invalid_note: 'Escribí la nota antes de agregarla (hasta 5000 caracteres).',
    no_identity: 'Este caso no dice desde qué cuenta escribió el cliente: no hay cuenta para vincular.',
    same_customer: 'Esa cuenta ya es de este cliente.',
    identity_not_found: 'Esa cuenta ya no es de este cliente.',
    only_identity: 'Es la única cuenta del cliente: no se puede desvincular.',
    invalid_unlink: 'Contá por qué la cuenta no es de este cliente (al menos 3 caracteres).',
    not_this_customer: 'Ninguno de los dos registros es el cliente de este caso.',
    merge_not_found: 'Ese vínculo o fusión ya no se puede deshacer.',
    profile: 'Este perfil no se puede abrir: volvé a iniciar sesión para recrearlo.',
    insecure_server: 'Atiende solo se conecta a servidores https:// (o a un sandbox de práctica en una red privada): no se envió nada a esa dirección.',
    schema_too_new: 'Este perfil lo escribió una versión más nueva de Atiende. Actualizá Atiende para abrirlo; no se cambió nada.',
    invalid_setting: 'El documento no es válido: revisá los problemas marcados.',
    invalid_zone: 'El sistema no conoce esa zona horaria.',
    schedule_not_found: 'Ese horario ya no existe.',
    no_agents: 'Elegí los agentes o el equipo a evaluar.',
    unknown_agent: 'Alguno de esos usuarios no es un agente.',
    unknown_team: 'Ese equipo no existe.',
    not_your_team: 'Solo podés sortear casos de los equipos que supervisás.',
    invalid_period: 'El período tiene que empezar antes de terminar.',
    empty_period: 'No hay casos resueltos de esos agentes en ese período.',
    nothing_to_draw: 'Todos los casos del período ya fueron evaluados o los atendiste vos.',
    pack_not_found: 'Ese paquete de evaluación no existe.',
    unknown_reviewer: 'Los evaluadores de una calibración tienen que ser supervisores.',
    online_only: 'El sorteo y la calibración necesitan conexión con el servidor: probá cuando vuelva la conexión.',
    not_supervisor: 'Solo un supervisor puede cambiar esto.',
    not_public: 'Este caso ya está en un canal privado.',
    invalid_target: 'No se puede pasar la conversación a ese canal.',
    reason_required: 'Elegí el motivo de contacto antes de resolver el caso.',
    resolution_required: 'Indicá si el caso se resolvió a favor o en contra del cliente.',
    unknown_reason: 'Ese motivo de contacto no existe.',
    invalid_block: 'Contá por qué se bloquea al remitente.',
    not_filtered: 'Ese mensaje ya no está filtrado.',
    not_triaged: 'Ese mensaje todavía no tiene tipo: esperá a la próxima sincronización.',
    unknown_operation: 'Esta versión de Atiende no sabe hacer eso.',
    bad_request: 'El pedido no es válido.',
    sequence_gap: 'Los cambios llegaron al servidor desordenados: se reenvían en orden.',
    resync_required: 'El servidor pidió sincronizar todo de nuevo.',
  } satisfies Record<WordedErrorCode, string>,
};

const en: typeof es = {
  tray: {
    tooltip: 'Atiende',
    open: 'Open Atiende',
    syncNow: 'Sync now',
    quit: 'Quit',
  },
  notification: {
    newCase: 'New case #{{number}}',
    newMessage: 'New message in #{{number}}',
    hiddenBody: 'Open Atiende to read it.',
  },
  errors: {
    unauthorized: 'The user or password is not right. Check them and try again.',
    unavailable: 'The server could not be reached. Check the address and your connection.',
    device_revoked: "This computer was removed from your organisation's devices. Ask your supervisor.",
    retry_later: 'The server is busy. Try again in a minute.',
    bad_response: 'That address answered, but it is not an Atiende server.',
    rejected_request: 'The server refused the request.',
    invalid_input: 'Some of what you entered is not valid.',
    no_profile: 'No profile is open. Choose one first.',
    cache_locked: 'This computer went too many days without reaching the server: sign in again to see the cases.',
    case_not_found: 'This case is no longer in your inbox.',
    empty_reply: 'Write a reply before sending.',
    reply_too_long: 'The reply is longer than this channel allows.',
    invalid_status: 'That state is not allowed for this case.',
    not_owner: "Company templates are edited by an administrator. Save a personal copy to change it.",
    invalid_template: 'The template is not valid. Check its title, shortcut and text.',
    template_not_found: 'That template is no longer on this computer.',
    not_refused: 'Only a refused reply can be sent again.',
    not_assigned: 'This case belongs to another agent: you can read it, not reply to it or change its state.',
    customer_not_found: 'This customer is no longer on this computer.',
    invalid_note: 'Write the note before adding it (up to 5000 characters).',
    no_identity: 'This case does not say which account the customer wrote from: there is no account to link.',
    same_customer: 'That account already belongs to this customer.',
    identity_not_found: 'That account no longer belongs to this customer.',
    only_identity: 'It is the customer’s only account: it cannot be unlinked.',
    invalid_unlink: 'Say why the account is not this customer’s (at least 3 characters).',
    not_this_customer: 'Neither record is this case’s customer.',
    merge_not_found: 'That link or merge can no longer be undone.',
    profile: 'This profile cannot be opened: sign in again to recreate it.',
    insecure_server: 'Atiende connects only to https:// servers (or to a training sandbox on a private network): nothing was sent to this address.',
    schema_too_new: 'This profile was written by a newer Atiende. Update Atiende to open it; nothing was changed.',
    invalid_setting: 'The document is not valid: see the problems marked.',
    invalid_zone: 'The system does not know that time zone.',
    schedule_not_found: 'That schedule no longer exists.',
    no_agents: 'Choose the agents or the team to review.',
    unknown_agent: 'Some of those users are not agents.',
    unknown_team: 'That team does not exist.',
    not_your_team: 'You can only draw cases of the teams you supervise.',
    invalid_period: 'The period must start before it ends.',
    empty_period: 'Those agents have no resolved cases in that period.',
    nothing_to_draw: 'Every case of the period was already reviewed or handled by you.',
    pack_not_found: 'That review pack does not exist.',
    unknown_reviewer: 'A calibration’s reviewers must be supervisors.',
    online_only: 'Drawing and calibrating need the server: try again once you are back online.',
    not_supervisor: 'Only a supervisor can change this.',
    not_public: 'This case is already on a private channel.',
    invalid_target: 'The conversation cannot move to that channel.',
    reason_required: 'Choose the contact reason before resolving the case.',
    resolution_required: 'Say whether the case was resolved in the customer’s favour or against it.',
    unknown_reason: 'That contact reason does not exist.',
    invalid_block: 'Say why the sender is blocked.',
    not_filtered: 'That message is no longer filtered.',
    not_triaged: 'That message has no type yet: wait for the next sync.',
    unknown_operation: 'This version of Atiende cannot do that.',
    bad_request: 'The request is not valid.',
    sequence_gap: 'Changes reached the server out of order: they are sent again in order.',
    resync_required: 'The server asked for a full sync.',
  },
};

export const MAIN_STRINGS: Record<MainLanguage, typeof es> = { es, en };

export const isErrorCode = (code: string): code is WordedErrorCode => Object.hasOwn(es.errors, code);

/** Fills `{{name}}` the way i18next does, for main, which does not load i18next. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
