/**
 * `npm run new -- <task|unit|checklist|milestone>`: what each kind asks for, the next free id,
 * and the skeleton file. The command (scripts/new.ts) asks for what flags do not give, writes the
 * file and runs the check on it.
 */

/** The kinds of entry the scaffolder writes. */
export const KINDS = ['task', 'unit', 'checklist', 'milestone'] as const;
export type Kind = (typeof KINDS)[number];

/** One thing the scaffolder needs: its flag, the question asked for it, and whether it may be left out. */
export interface Field {
  flag: string;
  question: string;
  required: boolean;
}

/** What each kind asks for, in order. */
export const FIELDS: Record<Kind, Field[]> = {
  task: [
    { flag: 'title', question: '任务名称（一句话）', required: true },
    { flag: 'directive', question: '所属要求的 id（如 xingdong-youli）', required: true },
    { flag: 'lead', question: '牵头单位 id（多个用逗号分开，如 gongan,fagai）', required: true },
    { flag: 'support', question: '配合单位 id（可留空）', required: false },
    { flag: 'quote', question: '讲话原文（从会议记录逐字复制）', required: true },
    { flag: 'date', question: '时限日期 YYYY-MM-DD（可留空）', required: false },
    { flag: 'milestone', question: '相对的节点 id（可留空）', required: false },
    { flag: 'deadline-text', question: '讲话对时限的原话（可留空）', required: false },
  ],
  unit: [
    { flag: 'name', question: '单位全称（如 区公安分局）', required: true },
    { flag: 'short', question: '简称（可留空）', required: false },
    { flag: 'kind', question: '单位类型（职能部门、板块、党委政府、区领导、议事协调机构、督查问责机构、外部单位）', required: false },
    { flag: 'quote', question: '讲话中提到该单位的原文', required: true },
  ],
  checklist: [
    { flag: 'title', question: '清单名称', required: true },
    { flag: 'applies-to', question: '适用单位或单位组 id（多个用逗号分开）', required: true },
    { flag: 'item', question: '第一个条目的内容', required: true },
    { flag: 'quote', question: '讲话中要求这份清单的原文', required: true },
  ],
  milestone: [
    { flag: 'name', question: '节点名称（如 下沉督察）', required: true },
    { flag: 'date', question: '日期 YYYY-MM-DD（未定可留空）', required: false },
    { flag: 'quote', question: '讲话中提到该节点的原文', required: true },
  ],
};

/** The id prefix used when none is given. */
const PREFIX: Record<Kind, string> = { task: 'renwu', unit: 'danwei', checklist: 'qingdan', milestone: 'jiedian' };

/** `renwu-1`, or the first `renwu-N` after the highest one taken. */
export function nextFreeId(kind: Kind, taken: ReadonlySet<string>): string {
  const prefix = PREFIX[kind];
  let highest = 0;
  for (const id of taken) {
    const match = new RegExp(`^${prefix}-(\\d+)$`).exec(id);
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${highest + 1}`;
}

/** A YAML scalar: every string double-quoted (JSON is valid YAML), so no value is misread. */
const q = (text: string) => JSON.stringify(text);
const list = (text: string | undefined) => (text ?? '').split(/[,，、\s]+/).filter(Boolean);

/** Where the file goes and what it says; `append` for milestones.yaml, which holds a list. */
export interface Scaffold {
  path: string;
  text: string;
  append: boolean;
}

/** The skeleton for `kind` with `values` (by flag), `id` and the meeting it quotes. */
export function scaffold(kind: Kind, id: string, meeting: string, values: Readonly<Record<string, string>>): Scaffold {
  const source = `source:\n  meeting: ${meeting}\n  quote: ${q(values['quote'] ?? '')}\n`;
  switch (kind) {
    case 'task': {
      const lines = [
        ...list(values['lead']).map((unit) => `  - unit: ${unit}\n    role: 牵头`),
        ...list(values['support']).map((unit) => `  - unit: ${unit}\n    role: 配合`),
      ];
      const text = values['deadline-text'] || (values['date'] ? '' : '讲话未规定时限');
      const deadline = values['date']
        ? `  date: ${values['date']}\n  text: ${q(text || values['date'])}`
        : values['milestone']
          ? `  milestone: ${values['milestone']}\n  text: ${q(text)}`
          : `  unspecified: true\n  text: ${q(text)}`;
      return {
        path: `content/tasks/${id}.md`,
        append: false,
        text: `---\ntitle: ${q(values['title'] ?? '')}\ndirective: ${values['directive']}\nresponsibilities:\n${lines.join('\n')}\ndeadline:\n${deadline}\nstatus: 未开始\n${source}acceptance: ${q('讲话未明确销号标准。')}\n---\n${values['quote']}\n`,
      };
    }
    case 'unit':
      return {
        path: `content/departments/${id}.yaml`,
        append: false,
        text: `name: ${q(values['name'] ?? '')}\n${values['short'] ? `short: ${q(values['short'])}\n` : ''}kind: ${values['kind'] || '职能部门'}\naliases: []\n${source}`,
      };
    case 'checklist':
      return {
        path: `content/checklists/${id}.yaml`,
        append: false,
        text: `title: ${q(values['title'] ?? '')}\nappliesTo: [${list(values['applies-to']).join(', ')}]\n${source}items:\n  - id: tiaomu-1\n    text: ${q(values['item'] ?? '')}\n`,
      };
    case 'milestone':
      return {
        path: 'content/milestones.yaml',
        append: true,
        text: `- id: ${id}\n  name: ${q(values['name'] ?? '')}\n  date: ${values['date'] || 'null'}\n  ${source.replace(/\n(?=.)/g, '\n  ')}`,
      };
  }
}
