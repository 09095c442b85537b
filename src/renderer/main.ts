// Placeholder renderer: the React console replaces this in the next release. It only shows which
// bridge version the preload exposed, proving the sandboxed preload ran.
interface AtiendeBridge {
  readonly version: string;
}

const bridge = (window as Window & { atiende?: AtiendeBridge }).atiende;
const note = document.createElement('p');
note.textContent = bridge ? `Puente de la aplicación v${bridge.version}` : 'Sin puente de la aplicación (modo navegador).';
document.getElementById('app')?.append(note);

export {};
