"""Alembic environment: runs migrations on the engine handed over by runtime.db.database."""

from alembic import context

from runtime.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        # Batch mode rebuilds a SQLite table by copy, drop and rename. With foreign keys on,
        # dropping the old table would delete the rows that refer to it (line items of orders:
        # ON DELETE CASCADE), so they are off while the migrations run and checked before the
        # commit. SQLite changes the setting only outside a transaction: it is set on the
        # driver's connection, before SQLAlchemy begins one.
        driver = connection.connection.dbapi_connection
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            checks = driver.execute("PRAGMA foreign_keys").fetchone()[0]
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                context.configure(
                    connection=connection,
                    target_metadata=target_metadata,
                    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies
                )
                context.run_migrations()
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise RuntimeError("a migration left rows that refer to missing rows")
        finally:
            if sqlite:
                driver.execute(f"PRAGMA foreign_keys={'ON' if checks else 'OFF'}")


run_migrations_online()
