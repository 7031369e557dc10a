import { render, screen } from '@testing-library/react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router-dom';
import { initI18n, setLanguage } from '../lib/i18n';
import { NotFoundPage, PageCrashed } from './PageError';

// The app's own route table and menu are checked in the browser tests (test/browser).
function renderAt(path: string, routes: RouteObject[]) {
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />);
}

function Broken(): never {
  throw new Error('timeline had no days');
}

describe('page errors', () => {
  beforeAll(() => initI18n('sv'));
  afterEach(() => setLanguage('sv'));

  it('should name an unknown address and link back to the overview', () => {
    renderAt('/schema', [{ path: '*', element: <NotFoundPage /> }]);
    expect(screen.getByRole('heading', { name: 'Sidan finns inte' })).toBeTruthy();
    expect(screen.getByText(/ingen sida på \/schema/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Till översikten' }).getAttribute('href')).toBe('/');
  });

  it('should show what broke when a page throws, with a way to reload', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    setLanguage('en');
    renderAt('/', [{ path: '/', element: <Broken />, errorElement: <PageCrashed /> }]);
    expect(screen.getByRole('heading', { name: 'Something went wrong on this page' })).toBeTruthy();
    expect(screen.getByText(/timeline had no days/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    spy.mockRestore();
  });
});
