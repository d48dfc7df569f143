"""`python -m sourcediff`: the same command as `sourcediff`."""

from .cli import main

if __name__ == "__main__":
    main()
