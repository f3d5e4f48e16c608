"""Build hook for the one C extension; everything else about the package is in pyproject.toml."""

from setuptools import Extension, setup

# The C version of runtime.importers.csv_reading.pick, which makes a large import faster.
# Optional: without a C compiler the package still installs, and imports use the plain version.
setup(ext_modules=[Extension("runtime.importers._csv_cells", ["runtime/importers/_csv_cells.c"],
                             optional=True)])
