// One read of the sandbox server at a time: a poll while a read is in flight is skipped (a slow
// server must not pile reads up every few seconds), and an explicit ask while one is in flight
// runs once it ends, since that read may have started before what the trainer just did.
export class OneRead {
  private running = false;
  private again = false;
  private readonly read: () => Promise<unknown>;

  constructor(read: () => Promise<unknown>) {
    this.read = read;
  }

  /** A timer's tick: reads unless a read is in flight. */
  poll(): void {
    if (!this.running) this.start();
  }

  /** On demand: reads now, or once the read in flight ends. */
  ask(): void {
    if (this.running) this.again = true;
    else this.start();
  }

  get inFlight(): boolean {
    return this.running;
  }

  private start(): void {
    this.running = true;
    const done = () => {
      this.running = false;
      if (!this.again) return;
      this.again = false;
      this.start();
    };
    this.read().then(done, done);
  }
}
