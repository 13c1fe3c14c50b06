// Files the browser hands over for an import: from a picker (folder pickers give each file a
// `webkitRelativePath`) or a drop, where folders are walked through the entries API. Hidden
// files and folders (a name starting with a dot) are left out, as the desktop import does.

/** A file to import and the name to show for it (its path inside the dropped or picked folder). */
export interface PickedFile {
  readonly file: File;
  readonly name: string;
}

const isHidden = (path: string): boolean => path.split('/').some((part) => part.startsWith('.'));

/** The files of an `<input type="file">`, hidden ones left out. */
export function pickedFiles(list: FileList | readonly File[] | null): PickedFile[] {
  return [...(list ?? [])]
    .map((file) => ({ file, name: file.webkitRelativePath || file.name }))
    .filter((f) => !isHidden(f.name));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** All entries of a folder (readEntries answers in chunks until it answers with none). */
async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!chunk.length) return all;
    all.push(...chunk);
  }
}

async function walk(entry: FileSystemEntry, prefix: string, out: PickedFile[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  const name = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    out.push({ file: await fileOf(entry as FileSystemFileEntry), name });
  } else if (entry.isDirectory) {
    const children = await entriesOf(entry as FileSystemDirectoryEntry);
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) await walk(child, name, out);
  }
}

/** Whether a drop holds at least one folder. */
export function dropHasFolder(data: DataTransfer): boolean {
  return [...data.items].some((item) => item.kind === 'file' && item.webkitGetAsEntry()?.isDirectory === true);
}

/** The files of a drop, folders walked recursively. Entries must be taken before any await:
 * the DataTransfer is emptied once the drop event's handler returns. */
export async function droppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry());
  const loose = [...data.files];
  if (!entries.length || entries.some((e) => e === null)) return pickedFiles(loose);
  const out: PickedFile[] = [];
  for (const entry of entries) await walk(entry!, '', out);
  return out;
}
