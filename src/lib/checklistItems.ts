/**
 * A checklist's items as one compact attribute, `id:hash id:hash …`, for the progress bars on the
 * home and unit pages, which count ticks without showing the items. Apart from
 * src/lib/checklistProgress.ts so that only those bars' script carries the reading of it.
 */
import { textHash, type CurrentItem } from './checklistProgress.ts';

/** The attribute's value: each item's id and `textHash` (JSON's quotes would cost six bytes each). Item ids are slugs: no space, no colon. */
export function encodeItems(items: readonly { id: string; text: string }[]): string {
  return items.map((item) => `${item.id}:${textHash(item.text)}`).join(' ');
}

/** The items of `encodeItems`, with no text (counting needs none). */
export function decodeItems(encoded: string): CurrentItem[] {
  return encoded
    .split(' ')
    .filter((pair) => pair.includes(':'))
    .map((pair) => {
      const [id = '', hash = ''] = pair.split(':');
      return { id, hash, text: '' };
    });
}
