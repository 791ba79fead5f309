"""Bulk hash lookups and the mini summary, on cassettes."""

from __future__ import annotations

import pytest
from support.wrapper_calls import Caller

from civitai_api_generated.models.hash_match import HashMatch
from civitai_api_generated.models.model_version_detail import ModelVersionDetail
from civitai_api_generated.models.model_version_mini import ModelVersionMini

KNOWN = "260F2989F160C67B09FD68482D1CC45DE61A33EEC5D2FA6FCD6CF7E09BBA7D47"
UNKNOWN = "0" * 64


@pytest.mark.vcr
@pytest.mark.default_cassette("model_versions_by_hashes.yaml")
def test_get_model_versions_by_hashes_drops_unknown_hashes(call: Caller) -> None:
    versions = call("get_model_versions_by_hashes", [KNOWN.lower(), UNKNOWN])
    assert all(isinstance(version, ModelVersionDetail) for version in versions)
    assert [version.id for version in versions] == [127062]


@pytest.mark.vcr
@pytest.mark.default_cassette("model_version_ids_by_hashes.yaml")
def test_get_model_version_ids_by_hashes(call: Caller) -> None:
    matches = call("get_model_version_ids_by_hashes", [KNOWN, UNKNOWN])
    assert all(isinstance(match, HashMatch) for match in matches)
    assert [(m.model_version_id, m.model_id, m.hash_) for m in matches] == [(127062, 11821, KNOWN)]


@pytest.mark.vcr
@pytest.mark.default_cassette("model_version_mini_127062.yaml")
def test_get_model_version_mini(call: Caller) -> None:
    mini = call("get_model_version_mini", 127062)
    assert isinstance(mini, ModelVersionMini)
    assert mini.air == "urn:air:sd1:lora:civitai:11821@127062"
