"""The database: schema, column types, connection setup and migrations."""
