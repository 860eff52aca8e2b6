"""`python -m rtdesk`: the same as the `rtdesk` command."""

from rtdesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
