"""Cassette plumbing for the tests of the generated client.

Each test names its cassette: ``@pytest.mark.vcr("models_list.yaml")``. The name is also
the file pytest-recording records into, so ``make record`` rewrites exactly that file, and
the sync test and both async backends share it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from vcr.cassette import Cassette

from .calls import RECORDING


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    """Use the cassette named in the ``vcr`` mark instead of one named after the test."""
    marker = request.node.get_closest_marker("vcr")
    if marker is None or not marker.args:
        pytest.fail("name the cassette: @pytest.mark.vcr('<name>.yaml')")
    return str(marker.args[0])


@pytest.fixture(autouse=True)
def _every_interaction_replayed(vcr: Cassette | None) -> Iterator[None]:
    """A test that leaves part of its cassette unplayed no longer matches its recording."""
    yield
    if vcr is not None and not RECORDING:
        assert vcr.all_played, f"{len(vcr)} interactions recorded, {vcr.play_count} replayed"
