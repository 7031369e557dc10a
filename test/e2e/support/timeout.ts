// Starting an embedded PostgreSQL and running migrations takes seconds, not milliseconds.
jest.setTimeout(60_000);
