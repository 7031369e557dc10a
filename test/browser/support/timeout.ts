// Starting PostgreSQL, loading two years of demo history and a browser takes tens of seconds.
jest.setTimeout(120_000);
