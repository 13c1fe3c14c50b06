// Files dragged over the window: whether to show the drop overlay, and the drop itself. Drag
// events fire on every element crossed, so enters and leaves are counted.
const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

export class FileDrop {
  #depth = $state(0);
  readonly #ondrop: (data: DataTransfer) => void;

  constructor(ondrop: (data: DataTransfer) => void) {
    this.#ondrop = ondrop;
  }

  get over(): boolean {
    return this.#depth > 0;
  }

  enter(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    this.#depth++;
  }

  leave(event: DragEvent): void {
    if (carriesFiles(event)) this.#depth = Math.max(0, this.#depth - 1);
  }

  /** Lets the window take the drop. */
  hover(event: DragEvent): void {
    if (carriesFiles(event)) event.preventDefault();
  }

  drop(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    this.#depth = 0;
    if (event.dataTransfer) this.#ondrop(event.dataTransfer);
  }
}
