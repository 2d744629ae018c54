/**
 * The one place a deployment names its district and its site. Every page title, heading and
 * footer reads these; the source text's anonymised "XX区" stays a placeholder until a real
 * deployment fills in `district`.
 */
export const site = {
  /** The district, as it appears in titles: `XX区` until a deployment sets the real name. */
  district: 'XX区',
  /** The site's name, shown in the header and every <title>. */
  title: '迎接省环保督察督办台',
  /** The repository to link "编辑此页" to (a later issue); empty hides the links. */
  repository: '',
} as const;
