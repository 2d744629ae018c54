import { describe, expect, it } from 'vitest';
import { joinBase, routes } from '~/lib/paths';

describe('joinBase', () => {
  it('puts exactly one slash between base and path', () => {
    expect(joinBase('/', routes.task('a'))).toBe('/tasks/a/');
    expect(joinBase('/ducha/', routes.task('a'))).toBe('/ducha/tasks/a/');
    expect(joinBase('/ducha', '/units/')).toBe('/ducha/units/');
    expect(joinBase('/ducha/', routes.home())).toBe('/ducha/');
    expect(joinBase('/ducha/', routes.meeting('m', 'p3'))).toBe('/ducha/meetings/m/#p3');
  });
});
