// Words that carry nothing an agent can act on: greetings and courtesy, small grammar words,
// laughter, and the words that only announce a question ("una consulta", "quick question").
// What is left after removing them (and insults) is the content of a message.
// Entries are matched as whole words, folded and squeezed (text.ts), so "holaaa" is "hola".

/** Greetings, thanks and acknowledgements, as single words and as set phrases. */
export const COURTESY: readonly string[] = [
  'hola', 'holi', 'holis', 'buenas', 'buenos', 'buen', 'dia', 'dias', 'tarde', 'tardes', 'noche', 'noches', 'saludos', 'saludo', 'slds',
  'gracias', 'grax', 'muchas', 'muchisimas', 'mil', 'de nada', 'muy amable', 'igualmente', 'ok', 'oka', 'okey', 'oki', 'okis', 'dale',
  'listo', 'joya', 'barbaro', 'genial', 'perfecto', 'excelente', 'buenisimo', 'super', 'bien', 'si', 'sip', 'no', 'nop', 'bueno', 'bue',
  'chau', 'adios', 'abrazo', 'besos', 'beso', 'porfa', 'por favor', 'xfa', 'favor',
  'como estan', 'como estas', 'como esta', 'como andan', 'como andas', 'como va', 'que tal', 'que onda', 'todo bien',
  'hi', 'hello', 'hey', 'heya', 'hiya', 'yo', 'good', 'morning', 'afternoon', 'evening', 'night', 'thanks', 'thank', 'thx', 'ty',
  'tks', 'cheers', 'ok', 'okay', 'great', 'nice', 'cool', 'perfect', 'awesome', 'yes', 'yeah', 'yep', 'yup', 'nope', 'sure', 'bye',
  'regards', 'please', 'pls', 'plz', 'much', 'so much', 'a lot', 'how are you', 'whats up', 'sup', 'you too',
];

/** Words that only say a question is coming: the question itself is still missing. */
export const ANNOUNCES_QUESTION: readonly string[] = [
  'consulta', 'consultas', 'pregunta', 'preguntas', 'consultar', 'preguntar', 'queria', 'quisiera', 'tengo', 'necesito', 'ayuda',
  'alguien', 'hay alguien', 'question', 'questions', 'quick', 'ask', 'have', 'need', 'help', 'anyone', 'anybody', 'someone', 'there',
];

/** Grammar words and the ways customers name or address the company. */
export const FILLERS: readonly string[] = [
  'a', 'al', 'de', 'del', 'el', 'la', 'las', 'lo', 'los', 'un', 'una', 'uno', 'unos', 'unas', 'y', 'o', 'u', 'e', 'que', 'q', 'k',
  'es', 'son', 'sos', 'soy', 'sea', 'sean', 'ser', 'tan', 'muy', 're', 'mas', 'me', 'te', 'se', 'le', 'les', 'nos', 'mi', 'mis',
  'tu', 'tus', 'su', 'sus', 'yo', 'vos', 'usted', 'ustedes', 'uds', 'ud', 'che', 'eh', 'ah', 'oh', 'uh', 'ey', 'hm', 'mm', 'em',
  'manga', 'banda', 'empresa', 'compania', 'esto', 'eso', 'este', 'esta', 'todo', 'todos', 'ya', 'nada', 'algo', 'xq', 'pq',
  'porque', 'tmb', 'tambien', 'por', 'para', 'con', 'en', 'hay', 'aca', 'ahi', 'otra', 'otro',
  'the', 'an', 'you', 'your', 'youre', 'ur', 'are', 'r', 'is', 'am', 'be', 'i', 'im', 'my', 'we', 'they', 'it', 'its', 'this',
  'that', 'and', 'or', 'of', 'to', 'so', 'such', 'very', 'really', 'just', 'ever', 'guys', 'people', 'company', 'man', 'bro',
  'dude', 'do', 'does', 'for', 'on', 'in', 'at', 'all',
];

/** Typed laughter that is not a "jaja"-shaped word. */
export const LAUGHTER: readonly string[] = ['lol', 'lmao', 'lmfao', 'rofl', 'xd', 'kk', 'kkk'];

/** Words about the service itself: one of them alone is already something to answer. */
export const SERVICE_WORDS: readonly string[] = [
  'internet', 'wifi', 'router', 'modem', 'servicio', 'factura', 'facturas', 'cobro', 'cobraron', 'cargo', 'pago', 'pagar', 'plan',
  'abono', 'precio', 'precios', 'promo', 'promocion', 'descuento', 'linea', 'senal', 'tv', 'cable', 'deco', 'decodificador',
  'app', 'cuenta', 'saldo', 'deuda', 'baja', 'alta', 'envio', 'pedido', 'compra', 'tarjeta', 'reclamo', 'tecnico', 'instalacion',
  'sucursal', 'turno', 'chip', 'celular', 'telefono', 'equipo', 'reintegro', 'devolucion', 'portabilidad', 'stock', 'cuotas',
  'service', 'bill', 'billing', 'invoice', 'charge', 'charged', 'payment', 'pay', 'price', 'discount', 'line', 'signal',
  'account', 'refund', 'order', 'shipping', 'delivery', 'technician', 'store', 'outage', 'cancel', 'upgrade', 'phone', 'data',
];

/** Keyboard rows: "asdfgh" or "qwerty" are someone testing the chat, not a message. */
export const KEYBOARD_ROWS: readonly string[] = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'poiuytrewq', 'lkjhgfdsa', 'mnbvcxz'];
