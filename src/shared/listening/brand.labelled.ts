// Public posts labelled by hand for the brand matcher: does the post talk about the company
// "Conecta" (an internet and phone provider), and, when it does, in which form the brand is
// written (its first occurrence, letters and digits only, as written). Written before the
// matcher, and never edited after its first run, so the precision and recall measured on it are
// honest. Hard negatives: the verb "conectar" in every form, words one letter away from the brand
// ("colecta", "correcta", "coneja"), English "connect", Connecticut, the game "Conecta 4" and
// other companies.

export type LabelledChannel = 'facebook_post' | 'x_mention' | 'instagram_comment' | 'mercadolibre';

export interface LabelledPost {
  channel: LabelledChannel;
  text: string;
  /** Whether the post talks about the company. */
  brand: boolean;
  /** The brand as written, when `brand` is true. */
  form?: string;
}

const fb = 'facebook_post';
const x = 'x_mention';
const ig = 'instagram_comment';
const ml = 'mercadolibre';

export const LABELLED_POSTS: LabelledPost[] = [
  // The brand, written correctly.
  { channel: x, text: 'Conecta me cobró dos veces la factura de octubre y nadie me responde', brand: true, form: 'Conecta' },
  { channel: x, text: 'tres días sin internet y el técnico de Conecta nunca vino', brand: true, form: 'Conecta' },
  { channel: fb, text: 'Alguien más tiene Conecta en Caballito? se corta cada media hora', brand: true, form: 'Conecta' },
  { channel: fb, text: 'Me cambié a Conecta hace un mes y la verdad anda bárbaro', brand: true, form: 'Conecta' },
  { channel: ig, text: 'la de conecta es la peor empresa de internet del país', brand: true, form: 'conecta' },
  { channel: x, text: 'CONECTA DEVOLVEME LA PLATA', brand: true, form: 'CONECTA' },
  { channel: x, text: 'Otra vez sin servicio. Gracias por nada, CONECTA.', brand: true, form: 'CONECTA' },
  { channel: ig, text: '#conecta #sinInternet #Palermo una semana así', brand: true, form: 'conecta' },
  { channel: x, text: 'llevo 40 minutos en espera con conecta, un chiste', brand: true, form: 'conecta' },
  { channel: fb, text: 'Recomiendan Conecta o Telecentro para una casa en Ramos Mejía?', brand: true, form: 'Conecta' },
  { channel: x, text: 'Conecta no me deja dar de baja el servicio, me pasan de un lado a otro', brand: true, form: 'Conecta' },
  { channel: ig, text: 'yo tengo conecta y me anda perfecto, será tu zona', brand: true, form: 'conecta' },
  { channel: fb, text: 'Hoy vino un chico de Conecta a instalar la fibra, re amable y prolijo', brand: true, form: 'Conecta' },
  { channel: x, text: 'se cayó Conecta en todo zona norte?', brand: true, form: 'Conecta' },
  { channel: x, text: 'conecta es un desastre, tres reclamos y nada', brand: true, form: 'conecta' },
  { channel: ig, text: 'Con Conecta jamás tuve drama, 300 megas reales', brand: true, form: 'Conecta' },
  { channel: fb, text: 'Ojo con la promo de Conecta que al tercer mes te duplican la cuota', brand: true, form: 'Conecta' },
  { channel: x, text: 'me llegó una factura de Conecta de $45.000, estamos todos locos', brand: true, form: 'Conecta' },
  { channel: ml, text: 'Hola, este router sirve para la fibra de Conecta?', brand: true, form: 'Conecta' },
  { channel: ml, text: 'Funciona con el módem que da conecta o hay que configurarlo?', brand: true, form: 'conecta' },
  { channel: ml, text: 'Es compatible con Conecta Fibra 300? gracias', brand: true, form: 'Conecta' },
  { channel: x, text: 'Conecta nos dejó sin internet a todo el edificio desde el viernes', brand: true, form: 'Conecta' },
  { channel: ig, text: 'Qué onda con Conecta hoy? no carga nada', brand: true, form: 'Conecta' },
  { channel: fb, text: 'En el barrio todos nos pasamos a Conecta porque el cable anterior era un horror', brand: true, form: 'Conecta' },
  { channel: x, text: 'El servicio de conecta anda como el orto hoy', brand: true, form: 'conecta' },
  { channel: x, text: 'No le recomiendo Conecta ni a mi peor enemigo', brand: true, form: 'Conecta' },
  { channel: ig, text: 'Conecta tiene la mejor atención, me resolvieron todo por WhatsApp en 5 min', brand: true, form: 'Conecta' },
  { channel: fb, text: 'para los que preguntaban: el número de reclamos de Conecta cambió', brand: true, form: 'Conecta' },
  { channel: x, text: 'gente de conecta, arreglen el nodo de Flores por favor', brand: true, form: 'conecta' },
  { channel: x, text: 'Conecta TV se colgó en plena final, inadmisible', brand: true, form: 'Conecta' },

  // The brand, misspelled or decorated.
  { channel: x, text: 'conceta me tiene sin internet hace 3 días', brand: true, form: 'conceta' },
  { channel: fb, text: 'Alguien sabe el teléfono de konecta? necesito reclamar', brand: true, form: 'konecta' },
  { channel: x, text: 'konecta sos lo peor que me pasó este año', brand: true, form: 'konecta' },
  { channel: ig, text: 'me pasé a conecta. nunca más', brand: true, form: 'conecta' },
  { channel: x, text: 'Gracias c0necta por otro domingo sin wifi', brand: true, form: 'c0necta' },
  { channel: fb, text: 'los de conectaa no atienden nunca el teléfono', brand: true, form: 'conectaa' },
  { channel: x, text: 'la de konecta me dijo que el técnico viene el lunes, veremos', brand: true, form: 'konecta' },
  { channel: ig, text: 'Conceta es caro pero anda', brand: true, form: 'Conceta' },
  { channel: x, text: 'hay alguien de KONECTA que lea esto?', brand: true, form: 'KONECTA' },
  { channel: fb, text: 'Tengo la fibra de Conekta y se corta cada vez que llueve', brand: true, form: 'Conekta' },
  { channel: x, text: 'c0n3cta la concha de tu hermana devolveme el servicio', brand: true, form: 'c0n3cta' },
  { channel: ig, text: '#konecta #fibra la instalación más rápida que vi', brand: true, form: 'konecta' },
  { channel: ml, text: 'Sirve para conceta? tengo el modem blanco de ellos', brand: true, form: 'conceta' },
  { channel: x, text: 'Dejé konekta y me fui a otra, mejor decisión del año', brand: true, form: 'konekta' },
  { channel: fb, text: 'Buenas, alguien con conectta en Lanús? hace una semana no anda', brand: true, form: 'conectta' },
  { channel: x, text: 'CONCETA sos una estafa', brand: true, form: 'CONCETA' },
  { channel: ig, text: 'la app de conecat no me deja pagar la factura', brand: true, form: 'conecat' },
  { channel: x, text: 'Connecta otra vez caído en Quilmes, ya es costumbre', brand: true, form: 'Connecta' },
  { channel: fb, text: 'Me atendió una chica de conectaa re buena onda, todo resuelto', brand: true, form: 'conectaa' },
  { channel: x, text: 'cuanto sale el plan de 500 megas de konecta?', brand: true, form: 'konecta' },
  { channel: ig, text: 'Se me vence la promo de Coneckta y ya me quieren cobrar el doble', brand: true, form: 'Coneckta' },
  { channel: x, text: 'Y la de conceta ni aparece, tres turnos perdidos', brand: true, form: 'conceta' },
  { channel: fb, text: '@Conecta alguien de acá me puede ayudar con el router?', brand: true, form: 'Conecta' },
  { channel: x, text: 'Quienes están con Konecta en Córdoba? funciona bien?', brand: true, form: 'Konecta' },

  // The brand, in English.
  { channel: x, text: 'Conecta charged me twice this month and support keeps hanging up', brand: true, form: 'Conecta' },
  { channel: x, text: 'just switched to Conecta in Buenos Aires, 300 megs for real', brand: true, form: 'Conecta' },
  { channel: fb, text: 'Anyone in Palermo with Conecta internet? Mine drops every evening', brand: true, form: 'Conecta' },
  { channel: ig, text: 'my conecta router has been blinking red since yesterday', brand: true, form: 'conecta' },
  { channel: x, text: 'Konecta is the worst ISP I have ever had', brand: true, form: 'Konecta' },
  { channel: x, text: 'Huge thanks to the Conecta tech who fixed our fiber today', brand: true, form: 'Conecta' },
  { channel: fb, text: 'Is Conecta or Telecentro better for gaming in Argentina?', brand: true, form: 'Conecta' },
  { channel: ig, text: '#Conecta outage again? nothing loads', brand: true, form: 'Conecta' },
  { channel: x, text: 'Waiting for Conceta to show up, day 3', brand: true, form: 'Conceta' },
  { channel: ml, text: 'Does this modem work with Conecta fiber?', brand: true, form: 'Conecta' },

  // The verb "conectar" in Spanish, in every form.
  { channel: x, text: 'no me conecta el wifi desde ayer y ya reinicié todo', brand: false },
  { channel: fb, text: 'La notebook se conecta sola a la red del vecino, cómo lo saco?', brand: false },
  { channel: ig, text: 'el parlante no conecta por bluetooth con el celu', brand: false },
  { channel: x, text: 'Conecta el cable al puerto amarillo y reiniciá el módem', brand: false },
  { channel: fb, text: 'Estoy conectado pero no carga ninguna página', brand: false },
  { channel: x, text: 'la tele se desconecta cada diez minutos, me tiene harto', brand: false },
  { channel: ig, text: 'No sé cómo conectar la play al wifi del departamento', brand: false },
  { channel: x, text: 'Conectá el router a otro enchufe y fijate si prende', brand: false },
  { channel: fb, text: 'ya conecté todo y sigue sin andar', brand: false },
  { channel: x, text: 'qué lindo cuando el joystick conecta a la primera', brand: false },
  { channel: ig, text: 'me encanta cómo esta canción te conecta con la infancia', brand: false },
  { channel: fb, text: 'Ese puente conecta Avellaneda con La Boca', brand: false },
  { channel: x, text: 'el celular no se conecta a los datos móviles desde la actualización', brand: false },
  { channel: ig, text: 'Conectate mañana al vivo que sorteamos dos entradas', brand: false },
  { channel: x, text: 'la impresora conecta solo por cable, qué antigüedad', brand: false },
  { channel: fb, text: 'El tren que conecta Retiro con Tigre viene con demoras', brand: false },
  { channel: x, text: 'NO ME CONECTA EL WIFI Y TENGO UNA ENTREGA EN UNA HORA', brand: false },
  { channel: ig, text: 'si el chromecast no conecta probá reiniciarlo', brand: false },
  { channel: x, text: 'reconecta solo a la red 2.4 y no a la de 5', brand: false },
  { channel: fb, text: 'Mi hijo se conectó toda la noche a jugar, mañana corto el wifi', brand: false },
  { channel: x, text: 'cuando conectan la luz en el barrio? hace 6 horas', brand: false },
  { channel: ig, text: 'Conectamos con la gente que ama el café ☕', brand: false },
  { channel: fb, text: 'El auricular conecta pero no se escucha nada', brand: false },
  { channel: x, text: 'no conecto con nadie en esta ciudad jaja', brand: false },
  { channel: fb, text: 'Hay que pedir que conecten el gas antes de mudarse', brand: false },
  { channel: ig, text: 'la música que conecta generaciones', brand: false },
  { channel: x, text: 'Conecta tu cuenta de Spotify y escuchá sin cortes', brand: false },
  { channel: fb, text: 'Programa Conectar Igualdad: cuándo entregan las netbooks?', brand: false },
  { channel: x, text: 'me desconecté de todo el finde y fue lo mejor', brand: false },
  { channel: ig, text: 'estamos conectadas aunque estemos lejos 💕', brand: false },
  { channel: x, text: 'el decodificador conecta y desconecta, ya no sé qué hacer', brand: false },
  { channel: fb, text: 'Alguien sabe si el cargador conecta con el iPhone 15?', brand: false },

  // Words one letter away from the brand, other brands, English and places.
  { channel: fb, text: 'Hicimos una colecta para el comedor del barrio, gracias a todos', brand: false },
  { channel: x, text: 'la respuesta correcta era la B, me quiero matar', brand: false },
  { channel: ig, text: 'mirá la coneja que adoptamos 🐰', brand: false },
  { channel: x, text: 'jugando al Conecta 4 con mi sobrino, me ganó tres veces', brand: false },
  { channel: fb, text: 'Vendo juego Conecta 4 completo, impecable', brand: false },
  { channel: x, text: "I can't connect to the office VPN from home", brand: false },
  { channel: x, text: 'my laptop keeps disconnecting from the wifi', brand: false },
  { channel: fb, text: 'Flying to Connecticut next week to see my family', brand: false },
  { channel: ig, text: 'so good to connect with old friends this weekend', brand: false },
  { channel: x, text: 'Telecentro me cortó el servicio sin aviso', brand: false },
  { channel: fb, text: 'Movistar o Personal para el celu? cuál anda mejor en Mar del Plata', brand: false },
  { channel: x, text: 'Fibertel otra vez caído, clásico de domingo', brand: false },
  { channel: ig, text: 'Claro me cobró roaming sin haber salido del país', brand: false },
  { channel: ml, text: 'Este cable conecta la tele con la compu? es HDMI?', brand: false },
  { channel: ml, text: 'Se conecta por bluetooth o solo por cable?', brand: false },
  { channel: ml, text: 'Hola, el repetidor conecta con cualquier router?', brand: false },
  { channel: x, text: 'Connect Four is still the best game ever made', brand: false },
  { channel: fb, text: 'Se viene la colecta anual de la cooperadora', brand: false },
  { channel: x, text: 'Konami anunció el nuevo Metal Gear', brand: false },
  { channel: ig, text: 'Connected TV ads are the future, change my mind', brand: false },
  { channel: x, text: 'Conectados por la música: festival gratis en Parque Centenario', brand: false },
  { channel: fb, text: 'la dirección correcta es Corrientes 1234, no 1243', brand: false },
  { channel: x, text: 'Connecting flights in Miami are a nightmare', brand: false },
  { channel: ig, text: 'la conexión con el público fue increíble anoche', brand: false },
  { channel: x, text: 'el internet anda lentísimo hoy, no sé si es el router o la empresa', brand: false },
  { channel: fb, text: 'Recomiendan algún proveedor de fibra en Tigre? los que hay son malísimos', brand: false },
  { channel: x, text: 'Conectel Seguridad instaló las cámaras del edificio', brand: false },
  { channel: ig, text: 'el vestido perfecto existe y es este 😍', brand: false },
  { channel: x, text: 'conecta2 es el nombre del grupo de whatsapp de la facu', brand: false },
  { channel: fb, text: 'Qué significa que el módem diga "conectando" todo el tiempo?', brand: false },
];
