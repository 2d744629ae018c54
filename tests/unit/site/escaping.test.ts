/**
 * Text from content is escaped wherever it is rendered. The schemas already refuse markup in
 * plain-text fields; this is the second line of defence, tested on the components that print
 * titles, names and deadlines, with the site data replaced by entries carrying markup.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import TaskTable from '~/components/TaskTable.astro';

const hostile = '<script>alert(1)</script>';

vi.mock('~/data/load', () => {
  const unit = { id: 'a', data: { name: `区甲局${'<img src=x onerror=alert(1)>'}`, short: undefined } };
  return { getSite: async () => ({ content: { departmentById: new Map([['a', unit]]), milestoneById: new Map() } }) };
});

describe('rendering content text', () => {
  it('shows markup in a title, a unit name and a deadline as text', async () => {
    const container = await AstroContainer.create();
    const row = {
      id: 't',
      title: `整改${hostile}`,
      status: '未开始',
      deadline: { kind: 'unspecified', text: `今后${hostile}` },
      resolved: { date: null, inferred: false },
      leads: ['a'],
      supports: [],
    };
    const html = await container.renderToString(TaskTable, { props: { rows: [row], caption: hostile } });
    // Inside a quoted attribute value `<` opens nothing; outside of them no tag may appear.
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toContain('<script');
    expect(markup).not.toContain('<img');
    expect(html).toContain('aria-label="<script>alert(1)</script>（表格）"');
    expect(html).toContain('整改&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('区甲局&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('今后&lt;script&gt;');
  });
});
