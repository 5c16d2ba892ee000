"""The one kind of error whose message goes to the user as it is: bad input, clearly named."""

from __future__ import annotations


class InputRefused(ValueError):
    """A file or a value Koers will not take; ``str()`` is one line that says why and where."""
