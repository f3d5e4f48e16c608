"""The declarations of every node kind, one module per family."""
