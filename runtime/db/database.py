"""Opening a workspace database: engine setup (SQLite WAL), migrations to head, sessions."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from runtime.errors import UserError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets the studio read while the runtime writes; NORMAL sync is durable across app
    # crashes (only an OS crash may lose the last commits); foreign keys are off by default.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for `url` with Boomerang's connection settings."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def _revisions() -> list[str]:
    """The migrations' ids, oldest first, read from the file names (0001_..., 0002_...)."""
    return sorted(p.name.split("_", 1)[0]
                  for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def _current_revision(engine: Engine) -> str | None:
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates it on an empty database).

    Alembic itself is only loaded when there is something to do: it costs a quarter of a
    second at every start of the studio and of each command."""
    revisions = _revisions()
    current = _current_revision(engine)
    if current == revisions[-1]:
        return
    if current is not None and current not in revisions:
        raise UserError(f"the database {_where(engine)} was last used by a newer Boomerang "
                        f"(schema {current}): update Boomerang to open it")
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def open_database(url: str) -> Engine:
    """An engine on `url` with the newest schema. A database that cannot be opened, is not a
    database or is newer than this app, and an address that cannot be used, are UserErrors
    naming the database (never the address itself, which may hold a password)."""
    try:
        engine = make_engine(url)
    except (ArgumentError, ValueError, ImportError) as exc:
        if isinstance(exc, ImportError):
            reason = f"its driver is not installed ({exc})"
        elif isinstance(exc, NoSuchModuleError):
            reason = f"there is no such kind of database ({exc})"
        else:
            reason = ("it is not a database address like sqlite:///PATH or "
                      "postgresql://USER@HOST/DATABASE")
        raise UserError(f"the database address in the workspace settings (database_url) "
                        f"cannot be used: {reason}") from None
    try:
        migrate(engine)
    except DBAPIError as exc:
        engine.dispose()
        advice = ""
        if "not a database" in str(exc.orig):
            advice = (". If it is not a Boomerang database, move it away (a new one is then "
                      "made) or restore it from a backup")
        raise UserError(f"cannot open the database {_where(engine)}: {exc.orig}{advice}"
                        ) from None
    except UserError:
        engine.dispose()
        raise
    return engine


def _where(engine: Engine) -> str:
    """The database as a message names it: a file's path, else its name and host."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return url.database or "in memory"
    return f"{url.database or '?'} on {url.host or 'localhost'} ({url.get_backend_name()})"


def has_schema(engine: Engine) -> bool:
    return inspect(engine).has_table("contacts")


@contextmanager
def session_scope(engine: Engine):
    """A session that commits on success and rolls everything back on any error."""
    factory = sessionmaker(engine, expire_on_commit=False)
    session: Session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
