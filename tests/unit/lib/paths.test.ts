import { describe, expect, it } from 'vitest';
import { absoluteUrl, encodeBase, joinBase, routes } from '~/lib/paths';

describe('joinBase', () => {
  it('puts exactly one slash between base and path', () => {
    expect(joinBase('/', routes.task('a'))).toBe('/tasks/a/');
    expect(joinBase('/ducha/', routes.task('a'))).toBe('/ducha/tasks/a/');
    expect(joinBase('/ducha', '/units/')).toBe('/ducha/units/');
    expect(joinBase('/ducha/', routes.home())).toBe('/ducha/');
    expect(joinBase('/ducha/', routes.meeting('m', 'p3'))).toBe('/ducha/meetings/m/#p3');
  });
});

describe('encodeBase', () => {
  it('encodes the base once, so that any BASE_PATH gives valid links', () => {
    expect(joinBase('/du ban/', routes.task('a'))).toBe('/du%20ban/tasks/a/');
    expect(joinBase('/du%20ban/', routes.task('a'))).toBe('/du%20ban/tasks/a/');
    expect(joinBase('/督查/', routes.home())).toBe('/%E7%9D%A3%E6%9F%A5/');
    expect(joinBase('/"a"/', routes.home())).toBe('/%22a%22/');
    expect(encodeBase('/100%/')).toBe('/100%25/');
    expect(encodeBase('/ducha/')).toBe('/ducha/');
  });
});

describe('absoluteUrl', () => {
  it('is the full address when the site is configured, else the path under the base', () => {
    const base = import.meta.env.BASE_URL;
    expect(absoluteUrl(routes.unit('gongan'), new URL('https://duban.example.invalid'))).toBe(`https://duban.example.invalid${joinBase(base, 'units/gongan/')}`);
    expect(absoluteUrl(routes.unit('gongan'), undefined)).toBe(joinBase(base, 'units/gongan/'));
  });

  it('names each page once, anchors included', () => {
    expect([routes.unitTaskList('gongan'), routes.milestone('jinzhu'), routes.download('tasks.xlsx', 'gongan'), routes.search('空气')]).toEqual([
      'units/gongan/tasks/',
      'milestones/#jinzhu',
      'units/gongan/tasks.xlsx',
      'search/?q=%E7%A9%BA%E6%B0%94',
    ]);
  });
});
