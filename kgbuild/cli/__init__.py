"""The command line: the one place where errors become messages and exit codes."""
