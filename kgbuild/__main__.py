"""`python -m kgbuild` runs the command line."""

from kgbuild.cli.main import main

main()
