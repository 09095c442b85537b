// The customers of the sandbox's history: new people, named unlike anyone in the scenario, so a
// search for one of the scenario's customers finds exactly what it found before.
import type { Language } from '../../shared/domain.ts';
import type { Scenario } from '../scenario.ts';

const FIRST: Record<Language, readonly string[]> = {
  es: [
    'Adriana', 'Alejandro', 'Andrea', 'Ariel', 'Brenda', 'Claudio', 'Cecilia', 'Cristian', 'Débora', 'Esteban',
    'Eugenia', 'Fabián', 'Gabriela', 'Germán', 'Graciela', 'Guillermo', 'Irene', 'Javier', 'Karina', 'Leandro',
    'Liliana', 'Marcelo', 'Mariela', 'Maximiliano', 'Micaela', 'Néstor', 'Noelia', 'Osvaldo', 'Patricia', 'Raúl',
    'Rocío', 'Sergio', 'Soledad', 'Walter', 'Yamila', 'Alberto', 'Romina', 'Fernando', 'Verónica', 'Matías',
  ],
  en: ['Amanda', 'Brian', 'Chloe', 'David', 'Grace', 'Henry', 'Laura', 'Peter', 'Rachel', 'Steven'],
  pt: ['Letícia', 'Bruna', 'Caio', 'Fernanda', 'Gustavo', 'Larissa', 'Rafael', 'Thiago', 'Vinícius', 'Juliana'],
};
const LAST: Record<Language, readonly string[]> = {
  es: [
    'Álvarez', 'Benegas', 'Cabrera', 'Cáceres', 'Correa', 'Figueroa', 'Godoy', 'Ibarra', 'Juárez', 'Lagos',
    'Maldonado', 'Molina', 'Núñez', 'Ojeda', 'Ponce', 'Quintana', 'Rojas', 'Salinas', 'Toledo', 'Vallejos',
    'Zárate', 'Arias', 'Bustos', 'Coronel', 'Escobar', 'Funes', 'Leiva', 'Mansilla', 'Olmos', 'Sequeira',
  ],
  en: ['Baker', 'Collins', 'Evans', 'Foster', 'Hughes', 'Morgan', 'Parker', 'Reed', 'Walsh', 'Young'],
  pt: ['Almeida', 'Barbosa', 'Cardoso', 'Costa', 'Ferreira', 'Lima', 'Oliveira', 'Ribeiro', 'Santos', 'Souza'],
};
const PLACES: Record<Language, readonly string[]> = {
  es: ['Buenos Aires, AR', 'Córdoba, AR', 'Rosario, AR', 'Mendoza, AR', 'La Plata, AR', 'Mar del Plata, AR', 'Salta, AR', 'Neuquén, AR', 'Tucumán, AR'],
  en: ['Buenos Aires, AR', 'Bariloche, AR'],
  pt: ['Buenos Aires, AR', 'Florianópolis, BR'],
};

/** The `index`-th history customer: names combine without repeating, a second surname once they run out. */
export function historyCustomer(index: number, language: Language, random: () => number): Scenario['customers'][number] {
  const first = FIRST[language];
  const last = LAST[language];
  const combos = first.length * last.length;
  const round = Math.floor(index / combos);
  const at = index % combos;
  const surname = last[(at + Math.floor(at / first.length)) % last.length] as string;
  const second = round > 0 ? ` ${last[(round + at) % last.length] as string}` : '';
  const roll = random();
  return {
    key: `hist-cus-${index + 1}`,
    name: `${first[at % first.length] as string} ${surname}${second}`,
    segment: roll < 0.15 ? 'high_value' : roll < 0.3 ? 'new' : 'standard',
    followers: Math.floor(random() * random() * 4000),
    publicFigure: false,
    location: PLACES[language][Math.floor(random() * PLACES[language].length)] ?? null,
    language,
    notes: null,
    identities: [],
  };
}
