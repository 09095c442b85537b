// The evaluation sheet every organisation starts with, from the guide's "El factor calidad" and
// its answering practices: the tone it asks for always, the customer's earlier cases read, private
// data taken to a private channel, the channel's service level, the classification, a human
// name, templates and the knowledge base. Exposing private data in public is critical.
// In Spanish: supervisors and agents read it in the console as written.
import { CHANNELS, type Channel } from '../domain.ts';
import { isPublicChannel } from '../channels.ts';
import type { Scorecard } from './scorecard.ts';

/** Where private data could be exposed for everyone to read. */
const PUBLIC_CHANNELS: Channel[] = CHANNELS.filter(isPublicChannel);

export const DEFAULT_SCORECARD: Scorecard = {
  id: 'calidad',
  version: 1,
  name: 'Planilla de evaluación',
  bonusCap: 10,
  sections: [
    {
      id: 'tono',
      kind: 'standard',
      title: 'Tono de la comunicación',
      criteria: [
        {
          id: 'tono-transparente',
          question: '¿La respuesta fue transparente y honesta?',
          help: 'Dice lo que se sabe y lo que no, sin prometer lo que no depende del agente ni ocultar una condición o un costo.',
          scale: '1-3', weight: 2, na: false, channels: null,
        },
        {
          id: 'tono-humilde',
          question: '¿El tono fue humilde, respetuoso y amigable?',
          help: 'Se pone en el lugar del cliente, reconoce el error cuando lo hay y trata con cortesía aun a un cliente hostil, sin ironías ni frases defensivas.',
          scale: '1-5', weight: 3, na: false, channels: null,
        },
      ],
    },
    {
      id: 'gestion',
      kind: 'standard',
      title: 'Gestión del caso',
      criteria: [
        {
          id: 'historial',
          question: '¿Revisó los casos anteriores y los comentarios del cliente?',
          help: 'La respuesta tiene en cuenta lo que el cliente ya contó o reclamó en otros casos y no le vuelve a pedir datos que ya dio.',
          scale: 'yesno', weight: 2, na: true, channels: null,
        },
        {
          id: 'canal-privado',
          question: '¿Llevó los datos privados a un canal privado?',
          help: 'Cuando hizo falta pedir o dar datos del cliente, lo invitó a un canal privado (mensaje directo, Messenger, correo). N/A si el caso no necesitó datos privados.',
          scale: 'yesno', weight: 3, na: true, channels: PUBLIC_CHANNELS,
        },
        {
          id: 'nivel-servicio',
          question: '¿Respondió dentro del nivel de servicio del canal?',
          help: 'La primera respuesta llegó antes del tiempo fijado para el canal: minutos en el chat y WhatsApp, horas en el correo.',
          scale: 'yesno', weight: 2, na: false, channels: null,
        },
        {
          id: 'clasificacion',
          question: '¿Clasificó bien el motivo y la resolución (a favor o en contra)?',
          help: 'El motivo de contacto (consulta, queja, sugerencia, pedido) y la resolución a favor o en contra del cliente coinciden con lo que pasó en el caso.',
          scale: 'yesno', weight: 2, na: false, channels: null,
        },
        {
          id: 'firma',
          question: '¿Firmó con su nombre?',
          help: 'Cada respuesta lleva el nombre de una persona, no solo el de la empresa: los clientes valoran hablar con alguien.',
          scale: 'yesno', weight: 1, na: false, channels: null,
        },
        {
          id: 'plantillas',
          question: '¿Usó bien las plantillas y la base de conocimiento?',
          help: 'Partió de la plantilla o el artículo que corresponde y lo adaptó al cliente: sin datos de otro caso, sin campos vacíos, sin errores de ortografía.',
          scale: '1-3', weight: 2, na: true, channels: null,
        },
      ],
    },
    {
      id: 'extra',
      kind: 'bonus',
      title: 'Más allá de lo esperado',
      criteria: [
        {
          id: 'un-contacto',
          question: '¿Resolvió el caso en un solo contacto?',
          help: 'El cliente no tuvo que volver a escribir para obtener la solución.',
          scale: 'yesno', weight: 1, na: true, channels: null,
        },
        {
          id: 'sorprender',
          question: '¿Sorprendió al cliente?',
          help: 'Se anticipó a lo que el cliente iba a necesitar, o le dio algo que no pidió y le sirvió.',
          scale: 'yesno', weight: 1, na: false, channels: null,
        },
      ],
    },
    {
      id: 'critico',
      kind: 'autofail',
      title: 'Críticos',
      criteria: [
        {
          id: 'datos-publicos',
          question: '¿Mantuvo los datos privados del cliente fuera de lo público?',
          help: 'Ni el agente ni su respuesta repitieron en público un documento, teléfono, dirección, correo o número de cuenta del cliente. Un "no" deja la evaluación en 0.',
          scale: 'yesno', weight: 1, na: false, channels: PUBLIC_CHANNELS,
        },
      ],
    },
  ],
};
