#!/usr/bin/env bash
# Regenerates migration 0001 from the models. Only while no released workspace exists: once a
# release ships, schema changes get a new migration instead (alembic revision --autogenerate).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
rm -f runtime/migrations/versions/0001_initial_schema.py
.venv/bin/python -c "
from alembic import command
from runtime.db.database import make_engine, alembic_config
command.revision(alembic_config(make_engine('sqlite:///$tmp/gen.db')),
                 message='initial schema', autogenerate=True, rev_id='0001')"
rm -rf "$tmp"
