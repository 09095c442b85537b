// The scorecard in force when the organisation has stored none: the guide's criteria.
import type { Scorecard } from './scorecard.ts';

const yesno = (id: string, question: string, help: string, weight: number, na = false) =>
  ({ id, question, help, scale: 'yesno' as const, weight, na, channels: null });

export const DEFAULT_SCORECARD: Scorecard = {
  id: 'default',
  version: 1,
  name: 'Calidad de atención',
  bonusCap: 10,
  sections: [
    {
      id: 'tone',
      kind: 'standard',
      title: 'Tono y trato',
      criteria: [
        { id: 'tone', question: '¿El tono fue transparente, honesto, humilde, respetuoso y amable?', help: 'Sin ironías ni excusas; reconoce el problema y trata al cliente de igual a igual.', scale: '1-5', weight: 3, na: false, channels: null },
        yesno('history', '¿Revisó los casos anteriores del cliente?', 'La respuesta tiene en cuenta lo que el cliente ya contó en otros casos.', 2),
        yesno('private_data', '¿Llevó los datos privados a un canal privado?', 'Pide DNI, domicilio o número de cliente por un canal privado, nunca en público.', 2, true),
        yesno('sla', '¿Respondió dentro del nivel de servicio del canal?', 'La primera respuesta llegó dentro del tiempo del canal.', 2),
        yesno('classification', '¿Clasificó bien el caso (motivo, a favor o en contra)?', 'Motivo y resolución coinciden con lo que pasó.', 1),
        yesno('signature', '¿Firmó con un nombre humano?', 'La respuesta lleva el nombre de quien atiende.', 1),
      ],
    },
    {
      id: 'bonus',
      kind: 'bonus',
      title: 'Extra',
      criteria: [yesno('knowledge', '¿Usó bien plantillas y la base de conocimiento?', 'Adaptó la plantilla al caso y enlazó el artículo justo.', 1, true)],
    },
    {
      id: 'critical',
      kind: 'autofail',
      title: 'Críticos',
      criteria: [yesno('no_public_data', '¿Evitó exponer datos privados en público?', 'Nunca repetir en público un dato privado del cliente.', 1)],
    },
  ],
};
