/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests share Astro's Vite config (the `~/` alias, astro/zod); Playwright owns tests/e2e.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some tests run npm run check or npm run new as a child process (a fresh Node, ~1 s alone);
    // on a loaded two-core CI machine that can pass 5 s, which is no failure of theirs.
    testTimeout: 30_000,
  },
});
