"""`python -m generator` runs the `kb` command line."""

from .cli import main

main()
