"""`python -m civitai_api`: the `civitai` command line."""

import sys

from civitai_api.cli import main

sys.exit(main())
