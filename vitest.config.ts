/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests share Astro's Vite config (the `~/` alias, astro/zod); Playwright owns tests/e2e.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
