"""``python -m pyir.lit``: run a folder of lit tests (see :mod:`pyir.lit`)."""

from . import main

raise SystemExit(main())
