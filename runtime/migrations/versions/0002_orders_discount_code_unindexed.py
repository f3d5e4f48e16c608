"""orders.discount_code without an index

No query looks orders up by discount code (conditions and rewards read the code of an order
they already have), and the index cost every order written: an import of 350,000 orders spent
about 0.2 s building it.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_orders_discount_code', table_name='orders')


def downgrade() -> None:
    op.create_index('ix_orders_discount_code', 'orders', ['discount_code'], unique=False)
