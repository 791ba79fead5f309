"""The one API key of the test suite.

Made up, and unlike anything real output contains by chance: tests that pass it to a client,
the command line or a fake server assert it never shows up in what they print, log or raise.
"""

from __future__ import annotations

__all__ = ["API_KEY"]

API_KEY = "sk-test-KEY-SHOULD-NEVER-BE-PRINTED-7f3a9c"
