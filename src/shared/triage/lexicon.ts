// Word lists that tell an angry or mocking message (types C and E of seed 001, section 5).
// Entries are written as customers write them and matched whole-word, accent- and
// case-insensitively, with repeated letters squeezed and leetspeak decoded (text.ts).
// Each entry that matches is reported as it is written here, so keep entries readable.

const me_tienen = ['me tienen', 'ya me tienen', 'estoy', 'ya estoy'];
const fed_up = ['harto', 'harta', 're harto', 're harta', 'podrido', 'podrida', 're podrido', 're podrida', 'cansado', 'cansada', 'recontra podrido'];

/** Rioplatense and Latin American Spanish insults and angry phrases aimed at the company. */
export const HOSTILE_ES: readonly string[] = [
  'chorro', 'chorros', 'chorra', 'chorras', 'ladron', 'ladrones', 'ladrona', 'ladronas', 'ladrones de guante blanco',
  'estafa', 'estafas', 'una estafa', 'estafador', 'estafadores', 'estafadora', 'estafadoras', 'estafando', 'me estafaron', 'nos estafan',
  'es un robo', 'esto es un robo', 'nos roban', 'nos estan robando', 'me estan robando', 'garca', 'garcas', 'chanta', 'chantas',
  'cagadores', 'me cagaron', 'nos cagan', 'caradura', 'caraduras', 'sinverguenza', 'sinverguenzas', 'delincuentes', 'mafiosos', 'mafia',
  'mentirosos', 'mentirosas', 'payasos', 'idiotas', 'imbeciles', 'boludos', 'pelotudos', 'forro', 'forros', 'forra', 'forras',
  'una verguenza', 'que verguenza', 'verguenza', 'inutil', 'inutiles', 'incompetente', 'incompetentes', 'nefasto', 'nefastos', 'nefasta', 'nefastas',
  'basura', 'una basura', 'servicio de cuarta', 'empresa de cuarta', 'mierda', 'de mierda', 'una mierda', 'carajo', 'asco', 'dan asco', 'un asco', 'que asco',
  'pesimo', 'pesima', 'pesimos', 'pesimas', 'un desastre', 'son un desastre', 'desastre de', 'una burla',
  'la concha', 'la concha de tu madre', 'la concha de su madre', 'la concha de tu hermana', 'la concha de su hermana', 'la concha de la lora',
  'hdp', 'hdps', 'hijo de puta', 'hijos de puta', 'hijos de mil puta', 'la puta madre', 'puta madre', 'la re puta',
  'andate a la mierda', 'vayanse a la mierda',
  ...me_tienen.flatMap((start) => fed_up.map((state) => `${start} ${state}`)),
  'me tienen los huevos llenos', 'me tienen las bolas llenas', 'ya me cansaron',
  'gracias por nada', 'no sirven para nada', 'no sirven ni para',
  // "Denunciar" is hostile when aimed at the company; reporting a stolen phone is a request.
  'denunciarlos', 'denunciarlas', 'los voy a denunciar', 'los vamos a denunciar', 'los denuncio', 'defensa del consumidor',
];

/** English insults and angry phrases aimed at the company. */
export const HOSTILE_EN: readonly string[] = [
  'scam', 'scams', 'a scam', 'scammer', 'scammers', 'scamming', 'thief', 'thieves', 'crook', 'crooks', 'frauds', 'fraudsters',
  'you are a fraud', 'rip off', 'ripoff', 'liars', 'useless', 'pathetic', 'incompetent', 'idiots', 'morons', 'clowns',
  'worst company', 'worst service', 'worst customer service', 'worst support', 'worst experience',
  'terrible service', 'horrible service', 'awful service', 'disgusting', 'disgrace', 'a disgrace', 'shame on you',
  'garbage', 'trash', 'a joke', 'you suck', 'sucks', 'ridiculous', 'unacceptable', 'sick and tired', 'fed up', 'thanks for nothing',
  'fuck', 'fucking', 'fck', 'f*ck', 'f**k', 'f***', 'f**', 'wtf', 'stfu', 'shit', 'shitty', 'bullshit',
  'report you', 'reporting you', 'sue you', 'suing you',
];

/**
 * Innocent uses of hostile words: the words they cover never count as hostility
 * ("me quisieron estafar" reports a fraud attempt against the customer).
 */
export const INNOCENT: readonly string[] = [
  'intento de estafa', 'intentos de estafa', 'me quisieron estafar', 'quisieron estafarme', 'cuidado con las estafas',
  'es una estafa o no', 'is this a scam', 'is it a scam', 'me da verguenza', 'da verguenza preguntar',
];

/** Emoji that insult or rage; 😂 and 🙄 are left out: friends use them too. */
export const AGGRESSIVE_EMOJI: readonly string[] = ['🤬', '😡', '😠', '😤', '🖕', '💩', '🤡', '👎'];

/** Praise that, next to a stated problem, is sarcasm: "excelente servicio, 3 días sin internet". */
export const PRAISE: readonly string[] = [
  'excelente servicio', 'excelente atencion', 'excelente', 'genial', 'impecable', 'bravo', 'felicitaciones', 'muy lindo todo',
  'que lindo', 'buenisimo', 'gran servicio', 'great service', 'great job', 'good job', 'well done', 'amazing', 'awesome', 'love it',
];

/** Applause is praise without words. */
export const CLAPPING = '👏';

/** Plainly stated problems: with praise they are sarcasm, with "!!!" impatience. */
export const PROBLEMS: readonly string[] = [
  'sin internet', 'sin servicio', 'sin senal', 'sin luz', 'sin tv', 'sin linea', 'sin conexion', 'sin respuesta', 'sin wifi',
  'no anda', 'no funciona', 'no tengo internet', 'no tengo servicio', 'no tengo senal', 'no tengo luz', 'no tengo tv', 'sigo sin',
  'sigo esperando', 'nadie responde', 'nadie atiende', 'nadie contesta', 'nunca vino', 'nunca llego', 'se corta',
  'outage', 'outages', 'no internet', 'no service', 'no signal', 'still no', 'still waiting', 'is down', 'down again',
  'nobody answers', 'nobody responds', 'never came', 'never arrived', 'never showed', 'not working', 'doesnt work',
];
