"""`python -m rtdesk`: the same as the `rtdesk` command."""

from rtdesk.launcher import main

if __name__ == "__main__":
    raise SystemExit(main())
