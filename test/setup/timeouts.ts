// Integration tests wait on real brokers and databases: hooks and tests get two minutes.
jest.setTimeout(120_000);
