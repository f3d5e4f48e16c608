"""Registers every subcommand module with the command line."""

# Each import registers its subcommands through runtime.cli.command.
import runtime.cli_import  # noqa: F401
from runtime import (
    cli_contacts,  # noqa: F401
    cli_flows,  # noqa: F401
    cli_recipes,  # noqa: F401
)
