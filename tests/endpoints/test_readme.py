"""The example of the original `civitai_api`'s README, verbatim apart from snake_case response
attributes. (The examples of this package's README and docs/ run in tests/test_readme.py.)"""

from __future__ import annotations

import httpx
import pytest
from civitai_api import IgnoredParameterWarning
from support.wrapper_calls import AUTH_HEADERS, Caller


def readme_opts() -> object:
    # As in the README: imported inside the fixture, every value a list.
    from civitai_api.v1.models.models import (
        AllowCommercialUse,
        Models_API_Opts,
        Period,
        Response_Models_Type,
        Sort,
    )

    return Models_API_Opts(
        limit=[20],
        page=[1],
        query=["VSK-94 | Girls' Frontline"],
        tag=["girls_frontline"],
        username=["LeonDoesntDraw"],
        types=[Response_Models_Type.LORA],
        sort=[Sort.Newest],
        period=[Period.AllTime],
        rating=[5],
        favorites=[False],
        hidden=[False],
        primaryFileOnly=[False],
        # allowNoCredit=[True],
        # allowDerivatives=[True],
        allowDifferentLicenses=[True],
        allowCommercialUse=[
            AllowCommercialUse.Image,
            AllowCommercialUse.Rent,
            AllowCommercialUse.Sell,
        ],
        nsfw=[True],
        supportsGeneration=[True],
    )


@pytest.mark.vcr
@pytest.mark.default_cassette("models_readme.yaml")
def test_readme_models_example(call: Caller) -> None:
    with pytest.warns(IgnoredParameterWarning) as warned:
        response = call("models", readme_opts(), headers=AUTH_HEADERS)
    ignored = sorted(str(w.message).split(" ")[0] for w in warned)
    assert ignored == ["allowDifferentLicenses", "rating"]
    assert len(response.items) == 1
    assert response.items[0].id == 11821


def test_readme_example_sends_no_favorites_hidden_or_ignored_keys() -> None:
    sent: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url)
        return httpx.Response(200, json={"items": [], "metadata": {}})

    from civitai_api.v1 import models

    opts = readme_opts()
    with (
        httpx.Client(transport=httpx.MockTransport(handler), timeout=5) as client,
        pytest.warns(IgnoredParameterWarning),
    ):
        models(client, opts)  # type: ignore[arg-type]
    keys = set(sent[0].params.keys())
    assert not keys & {"favorites", "hidden", "rating", "allowDifferentLicenses", "page"}
    assert sent[0].params["supportsGeneration"] == "true"
    assert sent[0].params["primaryFileOnly"] == "false"
    assert sent[0].params.get_list("allowCommercialUse") == ["Image", "Rent", "Sell"]
    assert sent[0].host == "civitai.com"
