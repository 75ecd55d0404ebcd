/** The "open the card" shortcut as the browser has it now (users can remap it), asked once, when first needed. */
export class ShortcutLabel {
  private keys = '';
  private asked = false;

  constructor(private readonly ask: () => Promise<string>) {}

  /** The keys, or '' until the answer has come. */
  get text(): string {
    return this.keys;
  }

  load(): void {
    if (this.asked) return;
    this.asked = true;
    this.ask().then(
      (keys) => {
        this.keys = keys;
      },
      () => {
        this.asked = false;
      },
    );
  }
}
