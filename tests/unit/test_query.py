"""Options → generated-function kwargs: every validation rule and every sending rule."""

from __future__ import annotations

import datetime
import warnings
from typing import Any

import pytest
from civitai_api import IgnoredParameterWarning, QueryParamsError
from civitai_api._query import build_query, generated_name
from civitai_api.enums import (
    AllowCommercialUse,
    BrowsingLevel,
    CollectionSort,
    FileFormat,
    ModelSort,
    ModelType,
    NsfwLevel,
)
from civitai_api.v1 import (
    Articles_API_Opts,
    Collections_API_Opts,
    Creators_API_Opts,
    Images_API_Opts,
    Models_API_Opts,
    Tags_API_Opts,
    Users_API_Opts,
    VaultItems_API_Opts,
)

from civitai_api_generated.models.commercial_use import CommercialUse
from civitai_api_generated.models.model_type import ModelType as WireModelType
from civitai_api_generated.models.nsfw_level_name import NsfwLevelName

OPTS_CLASSES = [
    Models_API_Opts,
    Images_API_Opts,
    Creators_API_Opts,
    Tags_API_Opts,
    Articles_API_Opts,
    Collections_API_Opts,
    Users_API_Opts,
    VaultItems_API_Opts,
]


def kwargs_of(opts: Any) -> dict[str, object]:
    return build_query(type(opts)._query_spec, opts)


# (options class, options, expected kwargs)
SENT = [
    (Models_API_Opts, {"limit": [20]}, {"limit": 20}),
    (Models_API_Opts, {"limit": [0]}, {"limit": 0}),
    (
        Models_API_Opts,
        {"types": [ModelType.LORA, "Checkpoint"]},
        {"types": [WireModelType.LORA, WireModelType.CHECKPOINT]},
    ),
    (Models_API_Opts, {"sort": ["Most Downloaded"]}, {"sort": ModelSort.Most_Downloaded}),
    (
        Models_API_Opts,
        {"baseModels": ["SDXL 1.0", "Brand New"]},
        {"base_models": ["SDXL 1.0", "Brand New"]},
    ),
    (Models_API_Opts, {"ids": [1, 2]}, {"ids": [1, 2]}),
    (Models_API_Opts, {"modelVersionIds": [3]}, {"model_version_ids": [3]}),
    (Models_API_Opts, {"cursor": ["75363|932023|257749"]}, {"cursor": "75363|932023|257749"}),
    (Models_API_Opts, {"checkpointType": ["Merge"]}, {"checkpoint_type": "Merge"}),
    (Models_API_Opts, {"periodMode": ["stats"]}, {"period_mode": "stats"}),
    (Models_API_Opts, {"nsfw": [False]}, {"nsfw": False}),
    (Models_API_Opts, {"primaryFileOnly": [True]}, {"primary_file_only": True}),
    (Models_API_Opts, {"favorites": [False], "hidden": [False]}, {}),
    (Models_API_Opts, {"favorites": [True], "hidden": [True]}, {"favorites": True, "hidden": True}),
    (Models_API_Opts, {"supportsGeneration": [False]}, {}),
    (Models_API_Opts, {"supportsGeneration": [True]}, {"supports_generation": True}),
    (Models_API_Opts, {"fromPlatform": [False], "earlyAccess": [False]}, {}),
    (
        Models_API_Opts,
        {"fromPlatform": [True], "earlyAccess": [True]},
        {"from_platform": True, "early_access": True},
    ),
    (
        Models_API_Opts,
        {"allowCommercialUse": [AllowCommercialUse.None_, "Sell"]},
        {"allow_commercial_use": [CommercialUse.NONE, CommercialUse.SELL]},
    ),
    (
        Models_API_Opts,
        {"fileFormats": [FileFormat.SafeTensor]},
        {"file_formats": ["SafeTensor"] * 2},
    ),
    (Models_API_Opts, {"query": ["x"], "page": [1]}, {"query": "x"}),
    (Models_API_Opts, {"page": [10], "limit": [100]}, {"page": 10, "limit": 100}),
    (Models_API_Opts, {"page": [10]}, {"page": 10}),
    (Models_API_Opts, {"limit": []}, {}),
    (Images_API_Opts, {"nsfw": [NsfwLevel.X]}, {"nsfw": NsfwLevelName.X}),
    (Images_API_Opts, {"nsfw": [True]}, {"nsfw": True}),
    (
        Images_API_Opts,
        {"browsingLevel": [BrowsingLevel.PG | BrowsingLevel.PG13]},
        {"browsing_level": 3},
    ),
    (Images_API_Opts, {"type": ["video"]}, {"type_": "video"}),
    (
        Images_API_Opts,
        {"postId": [9178972], "withMeta": [True]},
        {"post_id": 9178972, "with_meta": True},
    ),
    (Images_API_Opts, {"username": ["Leon_123"]}, {"username": "Leon_123"}),
    (Images_API_Opts, {"limit": [200], "page": [5]}, {"limit": 200, "page": 5}),
    (Images_API_Opts, {"tags": [4, 5], "withTags": [False]}, {"tags": [4, 5], "with_tags": False}),
    (Creators_API_Opts, {"page": [0], "limit": [200]}, {"page": 0, "limit": 200}),
    (Tags_API_Opts, {"query": ["anime"]}, {"query": "anime"}),
    (
        Articles_API_Opts,
        {"cursor": ["5|16001"], "sort": ["Newest"]},
        {"cursor": "5|16001", "sort": "Newest"},
    ),
    (
        Collections_API_Opts,
        {"cursor": [10455], "sort": ["Newest"]},
        {"cursor": 10455, "sort": "Newest"},
    ),
    (Users_API_Opts, {"ids": [1, 2, 3]}, {"ids": [1, 2, 3]}),
    (
        VaultItems_API_Opts,
        {"dateAddedFrom": [datetime.datetime(2026, 1, 1)]},
        {"date_added_from": datetime.datetime(2026, 1, 1)},
    ),
]


@pytest.mark.parametrize(("cls", "options", "expected"), SENT)
def test_options_become_generated_kwargs(
    cls: type, options: dict[str, Any], expected: dict[str, object]
) -> None:
    assert kwargs_of(cls(**options)) == expected


# (options class, options, the parameter the error must name)
REJECTED = [
    (Models_API_Opts, {"limit": [101]}, "limit"),
    (Models_API_Opts, {"limit": [-1]}, "limit"),
    (Models_API_Opts, {"limit": ["20"]}, "limit"),
    (Models_API_Opts, {"limit": [True]}, "limit"),
    (Models_API_Opts, {"limit": 20}, "limit"),
    (Models_API_Opts, {"limit": [20, 30]}, "limit"),
    (Models_API_Opts, {"page": [0]}, "page"),
    (Models_API_Opts, {"query": ["x"], "page": [2]}, "page"),
    (Models_API_Opts, {"page": [11]}, "page"),
    (Models_API_Opts, {"page": [21], "limit": [50]}, "page"),
    (Models_API_Opts, {"types": ["Lora"]}, "types"),
    (Models_API_Opts, {"sort": ["Most Reactions"]}, "sort"),
    (Models_API_Opts, {"sort": [ModelSort.Newest, ModelSort.Oldest]}, "sort"),
    (Models_API_Opts, {"nsfw": ["true"]}, "nsfw"),
    (Models_API_Opts, {"ids": [0]}, "ids"),
    (Models_API_Opts, {"checkpointType": ["Standard"]}, "checkpointType"),
    (Models_API_Opts, {"allowNoCredit": [True]}, "allowNoCredit"),
    (Models_API_Opts, {"allowDerivatives": [True]}, "allowDerivatives"),
    (Models_API_Opts, {"allowDifferentLicense": [True]}, "allowDifferentLicense"),
    (Images_API_Opts, {"limit": [201]}, "limit"),
    (Images_API_Opts, {"page": [6], "limit": [200]}, "page"),
    (Images_API_Opts, {"username": ["Leon Doesnt"]}, "username"),
    (Images_API_Opts, {"nsfw": ["XXX"]}, "nsfw"),
    (Images_API_Opts, {"browsingLevel": [0]}, "browsingLevel"),
    (Images_API_Opts, {"type": ["gif"]}, "type"),
    (Creators_API_Opts, {"limit": [0]}, "limit"),
    (Creators_API_Opts, {"limit": [201]}, "limit"),
    (Tags_API_Opts, {"limit": [0]}, "limit"),
    (Tags_API_Opts, {"limit": [201]}, "limit"),
    (Articles_API_Opts, {"limit": [0]}, "limit"),
    (Articles_API_Opts, {"limit": [101]}, "limit"),
    (Articles_API_Opts, {"cursor": ["x" * 101]}, "cursor"),
    (Collections_API_Opts, {"limit": [101]}, "limit"),
    (Collections_API_Opts, {"cursor": ["10455"]}, "cursor"),
    (Collections_API_Opts, {"query": ["q" * 101]}, "query"),
    (Collections_API_Opts, {"cursor": [5], "sort": [CollectionSort.Most_Followers]}, "cursor"),
    (VaultItems_API_Opts, {"limit": [201]}, "limit"),
    (VaultItems_API_Opts, {"dateAddedFrom": ["2026-01-01"]}, "dateAddedFrom"),
]


@pytest.mark.parametrize(("cls", "options", "param"), REJECTED)
def test_invalid_options_raise_naming_the_parameter(
    cls: type, options: dict[str, Any], param: str
) -> None:
    with pytest.raises(QueryParamsError) as caught:
        cls(**options)
    assert caught.value.param == param
    assert param in caught.value.message


@pytest.mark.parametrize("name", ["rating", "allowDifferentLicenses"])
def test_ignored_options_warn_and_are_not_sent(name: str) -> None:
    opts = Models_API_Opts(**{name: [5 if name == "rating" else True]})
    with pytest.warns(IgnoredParameterWarning, match=name) as warned:
        assert kwargs_of(opts) == {}
    assert warned[0].filename == __file__


def test_building_the_options_does_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Models_API_Opts(rating=[5])


def test_wrong_options_object_is_refused() -> None:
    with pytest.raises(QueryParamsError) as caught:
        build_query(Models_API_Opts._query_spec, "limit=20")
    assert caught.value.param == "opts"


@pytest.mark.parametrize("cls", OPTS_CLASSES)
def test_every_option_field_is_known_to_its_spec(cls: type) -> None:
    import dataclasses

    fields = {f.name for f in dataclasses.fields(cls)}
    assert fields == cls._query_spec.names()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("baseModels", "base_models"),
        ("type", "type_"),
        ("id", "id"),
        ("modelVersionIds", "model_version_ids"),
        ("withMeta", "with_meta"),
    ],
)
def test_generated_name(name: str, expected: str) -> None:
    assert generated_name(name) == expected
