"""Opening a workspace database: engine setup (SQLite WAL), migrations to head, sessions."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError
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


def _head_revision() -> str:
    """The newest migration's id, read from the file names (0001_..., 0002_...)."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def _current_revision(engine: Engine) -> str | None:
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates it on an empty database).

    Alembic itself is only loaded when there is something to do: it costs a quarter of a
    second at every start of the studio and of each command."""
    if _current_revision(engine) == _head_revision():
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def open_database(url: str) -> Engine:
    """An engine on `url` with the newest schema; a database that cannot be opened or is not
    a database at all is a UserError naming it (without any password of the URL)."""
    engine = make_engine(url)
    try:
        migrate(engine)
    except DBAPIError as exc:
        engine.dispose()
        where = (engine.url.database if engine.url.get_backend_name() == "sqlite"
                 else engine.url.render_as_string(hide_password=True))
        raise UserError(f"cannot open the database {where}: {exc.orig}. If it is not a "
                        f"Boomerang database, move it away (a new one is then made) or restore "
                        f"it from a backup") from None
    return engine


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
