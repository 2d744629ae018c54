/** "本单位" remembered on this device (src/client/myUnit.ts). */
import { describe, expect, it } from 'vitest';
import { MY_UNIT_KEY, rememberedUnit, rememberUnit } from '~/client/myUnit';

describe('my unit on this device', () => {
  it('remembers a well-formed id, ignores junk, and survives storage that throws', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) };
    expect(rememberedUnit(storage)).toBeUndefined();
    expect(rememberUnit('gongan', storage)).toBe(true);
    expect(rememberedUnit(storage)).toBe('gongan');
    store.set(MY_UNIT_KEY, '<script>');
    expect(rememberedUnit(storage)).toBeUndefined();
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(rememberedUnit(broken)).toBeUndefined();
    expect(rememberUnit('gongan', broken)).toBe(false);
    expect(rememberUnit('gongan', undefined)).toBe(false);
  });
});
