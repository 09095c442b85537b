// The rules a class is graded on, each tied to the guide (seed 001) it comes from. The ids are
// the wire's and the CSV's; the screens show them in the user's language (i18n `classes.rule.*`).

export const GRADING_RULES = [
  'service_level',
  'private_data_moved',
  'hostile_not_public',
  'cancellation_retention',
  'classified_before_resolving',
  'expected_source',
  'no_duplicate_reply',
  'signed_by_person',
  'no_insult',
] as const;
export type GradingRule = (typeof GRADING_RULES)[number];

/** Rules that judge every reply of the class, whether or not a step names them. */
export const ALWAYS_GRADED: readonly GradingRule[] = ['no_duplicate_reply', 'signed_by_person', 'no_insult'];

/** Where the guide asks for each rule: shown beside a failed rule, so the trainee can read why. */
export const RULE_REFERENCES: Record<GradingRule, string> = {
  service_level: 'Guía, 6. Definir el circuito de enrutamiento: «definir un nivel de servicio por cada canal»',
  private_data_moved: 'Guía, 3. Selección del canal privado: lo que llega por un canal público con datos privados se mueve a uno privado (tipo B, sección 5)',
  hostile_not_public: 'Guía, 5. Tipo E, mensajes hostiles sin contenido: «se recomienda descartar este tipo de mensajes»; una respuesta sería pública',
  cancellation_retention: 'Guía, 6. Importancia del caso: «si el mensaje contiene la palabra BAJA» va a Retención de clientes',
  classified_before_resolving: 'Guía, 3. Clasificación de casos: «es imprescindible clasificar cada caso»',
  expected_source: 'Guía, 3. Utilización de plantillas y Knowledge Base: unificar las respuestas y el tono',
  no_duplicate_reply: 'Guía, 3. Filtrado de mensajes: nada de mensajes repetidos; una respuesta por pregunta',
  signed_by_person: 'Guía, 5. Ser humano: «brindar siempre el nombre del representante»',
  no_insult: 'Guía, 5. Mensajes hostiles: «contactarse cuidadosamente»; cada agente es un portavoz de la empresa (sección 6)',
};
