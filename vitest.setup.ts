import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadUiStrings } from '@/locales/load';

// The app loads a page's UI strings before rendering it; components under test get both up front.
beforeAll(async () => {
  await Promise.all([loadUiStrings('zh'), loadUiStrings('en')]);
});

afterEach(() => {
  cleanup();
});
