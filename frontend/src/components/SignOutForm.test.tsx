import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SignOutForm } from './SignOutForm';

describe('SignOutForm', () => {
  let submitted: FormData | undefined;
  // jsdom cannot navigate: capture what the browser would post, then stop the navigation.
  const capture = (event: SubmitEvent) => {
    submitted = new FormData(event.target as HTMLFormElement);
    event.preventDefault();
  };

  afterEach(() => {
    window.removeEventListener('submit', capture);
    submitted = undefined;
  });

  it('posts to /logout with the XSRF-TOKEN value current at submit time as _csrf', async () => {
    document.cookie = 'XSRF-TOKEN=first';
    render(<SignOutForm />);
    window.addEventListener('submit', capture);
    document.cookie = 'XSRF-TOKEN=rotated';

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    const form = screen.getByRole('button', { name: 'Sign out' }).closest('form');
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/logout');
    expect(submitted?.get('_csrf')).toBe('rotated');
  });
});
