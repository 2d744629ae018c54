import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { checklistBlock, checklistIndex, checklistPage, checklistsByUnitId, successorMoves } from '~/data/views/checklist';
import { ChecklistSchema } from '~/schemas/checklist';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());

describe('checklistPage', () => {
  it('links the checklist to its paragraph and the tasks that name it, and names whom it binds', () => {
    const view = checklistPage(site, 'taizhang');
    expect([view.paragraph?.id, view.tasks.map((task) => task.id)]).toEqual(['p3', ['zicha', 'koujing']]);
    expect(view.search).toEqual({ units: [], groups: ['各部门'] });
  });

  it('refuses an unknown id', () => {
    expect(() => checklistPage(site, 'nothing')).toThrow('checklistPage: no entry "nothing"');
  });
});

describe('checklistBlock', () => {
  it('offers the single units it applies to, by name, and links each quoted item to its paragraph', () => {
    const block = checklistBlock(site, 'taizhang')!;
    expect(block.units.map((unit) => unit.id)).toEqual(['a', 'b']);
    expect(Object.fromEntries([...block.paragraphs].map(([item, paragraph]) => [item, paragraph.id]))).toEqual({ zhenshi: 'p3' });
    expect(checklistBlock(site, 'nothing')).toBeUndefined();
    expect(block.moves).toEqual([]);
  });
});

describe('successorMoves', () => {
  it('takes over the ticks of retired items its items succeed, from another checklist under each of its ids, or from itself', () => {
    const entries = fixtureEntries();
    const fields = { renamedFrom: 'banzi', retired: ['zhengli', 'chouren'], successors: { zhengli: { checklist: 'taizhang', item: 'koujing' }, chouren: { item: 'chengli' } } };
    const checklists = entries.checklists.map((entry) => (entry.id === 'zhenban' ? { ...entry, data: ChecklistSchema.parse({ ...entry.data, ...fields }) } : entry));
    const changed = indexSite({ ...entries, checklists });
    expect(successorMoves(changed, 'taizhang')).toEqual(['zhenban:zhengli:koujing', 'banzi:zhengli:koujing']);
    expect(checklistBlock(changed, 'zhenban')!.moves).toEqual(['zhenban:chouren:chengli', 'banzi:chouren:chengli']);
  });
});

describe('checklistIndex', () => {
  it('lists every checklist, and which apply to each unit or group, through its groups too', () => {
    expect(checklistIndex(site)).toEqual({ ids: ['taizhang', 'zhenban'], applies: checklistsByUnitId(site) });
    expect(checklistsByUnitId(site)).toEqual({ bumen: ['taizhang'], a: ['taizhang'], b: ['taizhang'], c: ['zhenban'] });
  });
});
