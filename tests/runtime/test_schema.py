"""The migrations build the schema the models describe, from an empty database and step by step."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from runtime.db.database import alembic_config, make_engine, open_database
from runtime.db.models import Base


def differences(engine) -> list:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)


def test_a_new_database_has_the_models_schema(tmp_path):
    engine = open_database(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        assert differences(engine) == []
    finally:
        engine.dispose()


def test_a_database_of_the_first_schema_is_brought_up_to_date(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        command.upgrade(alembic_config(engine), "0001")
        indexes = {index["name"] for index in inspect(engine).get_indexes("orders")}
        assert "ix_orders_discount_code" in indexes
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO orders (id, key, created_at, total, refunded, discount_code, "
                "is_purchase, is_demo) VALUES (1, '1001', '2025-03-05 12:00:00.000000', 100, 0, "
                "'WELCOME10', 1, 0)"))
            conn.execute(text("INSERT INTO line_items (id, order_id, title, quantity, price) "
                              "VALUES (1, 1, 'Чай', 2, 50)"))
        engine.dispose()

        engine = open_database(f"sqlite:///{tmp_path / 'old.db'}")
        assert differences(engine) == []
        with engine.connect() as conn:
            assert conn.execute(text("SELECT discount_code FROM orders")).scalar() == "WELCOME10"
            # 0003 rebuilt the orders table: the line items that refer to it are still there
            # (with foreign keys on, dropping the old table would have deleted them) ...
            assert conn.execute(text("SELECT title FROM line_items")).all() == [("Чай",)]
            # ... the connection has its foreign keys back, and keys are still unique.
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            with pytest.raises(IntegrityError):
                conn.execute(text(
                    "INSERT INTO orders (id, key, created_at, total, refunded, is_purchase, "
                    "is_demo) VALUES (2, '1001', '2025-03-06 12:00:00.000000', 5, 0, 1, 0)"))
    finally:
        engine.dispose()
