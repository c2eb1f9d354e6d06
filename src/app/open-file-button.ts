import {html, type TemplateResult} from 'lit';

/** The files the app opens: Easy Read Studio files (`.json`) and Word documents (`.docx`). */
export const openableFileTypes =
  '.json,.docx,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The "Open a file" button of a document list, with the file input it opens: the input
 * is hidden and out of the tab order, so the button is the one control people meet.
 * Choosing a file calls `onFile` with it; the input is then emptied, so choosing the
 * same file again still counts.
 */
export function openFileButton(onFile: (file: File) => void): TemplateResult {
  const choose = (event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click();
  const chosen = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = '';
  };
  return html`<button class="button" type="button" @click=${choose}>Open a file</button>
    <input class="visually-hidden" type="file" tabindex="-1" aria-label="Open a file" accept=${openableFileTypes} @change=${chosen} />`;
}
