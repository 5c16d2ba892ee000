"""``python -m app`` is the ``koers`` command."""

from app.cli import main

raise SystemExit(main())
