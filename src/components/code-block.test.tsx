import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render-with-providers';
import { CodeBlock } from './code-block';

const BODY = JSON.stringify({ code: 'VPC.0114', message: 'Quota exceeded' }, null, 2);

afterEach(() => vi.restoreAllMocks());

describe('CodeBlock', () => {
  it('shows the code whole, coloured, in a named group that keyboards can scroll', () => {
    renderWithProviders(<CodeBlock language="json" code={BODY} label="Example response body" />);
    const block = screen.getByRole('group', { name: 'Example response body' });
    const pre = block.querySelector('pre')!;
    expect(pre).toHaveAttribute('tabindex', '0');
    expect(pre.textContent).toBe(BODY);
    expect([...pre.querySelectorAll('.tok-key')].map((el) => el.textContent)).toEqual(['"code"', '"message"']);
    expect([...pre.querySelectorAll('.tok-string')].map((el) => el.textContent)).toEqual([
      '"VPC.0114"',
      '"Quota exceeded"',
    ]);
  });

  it('copies the code, not the page, and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderWithProviders(<CodeBlock language="json" code={BODY} label="Example response body" />, { lang: 'zh' });
    await user.click(screen.getByRole('button', { name: '复制 Example response body' }));
    expect(writeText).toHaveBeenCalledWith(BODY);
    expect(screen.getByRole('status')).toHaveTextContent('已复制');
  });

  it('says when copying failed', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    renderWithProviders(<CodeBlock language="text" code="x" label="Snippet" />);
    await user.click(screen.getByRole('button', { name: 'Copy Snippet' }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy; select the text instead');
  });

  it('keeps the copy button invisible in the prerendered page, its space kept', () => {
    const html = renderToString(<CodeBlock language="text" code="x" label="Snippet" />);
    expect(html).toContain('code-block__bar code-block__bar--pending needs-script');
  });
});
