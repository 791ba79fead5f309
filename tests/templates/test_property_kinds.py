"""The one list of property kinds, openapi/templates/property_kinds.jinja, against the generator.

conversions.jinja converts the kinds listed there and passes the others through. Moving to a
generator version that adds a kind of property, drops one, or starts converting a kind we pass
through must fail here rather than leave values silently unconverted in the generated client.
The generator's own property templates say what it does with each kind: a `construct` macro
when the JSON value is parsed, a `transform` macro when the Python value is dumped.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import openapi_python_client
import openapi_python_client.parser.properties as generator_properties
import pytest
import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

OUR_TEMPLATES = Path(__file__).resolve().parents[2] / "openapi" / "templates"
STOCK_PROPERTY_TEMPLATES = Path(
    str(resources.files("openapi_python_client") / "templates" / "property_templates")
)
LISTS = ("converted", "checked_only", "containers", "passed_through")
EVERY_KIND = Path(__file__).with_name("every_kind.yaml")


@pytest.fixture(scope="module")
def kinds() -> dict[str, list[str]]:
    """The lists of property_kinds.jinja, read through Jinja as the templates read them."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(OUR_TEMPLATES))
    module = env.get_template("property_kinds.jinja").module
    return {name: list(getattr(module, name)) for name in (*LISTS, "parsed", "tried_in_unions")}


@pytest.fixture(scope="module")
def stock_macros() -> dict[str, set[str]]:
    """For each of the generator's property templates, the names of the macros it defines."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("openapi_python_client"),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.loopcontrols"],
    )
    env.filters.update(openapi_python_client.TEMPLATE_FILTERS)
    return {
        path.name: set(dir(env.get_template(f"property_templates/{path.name}").module))
        for path in STOCK_PROPERTY_TEMPLATES.glob("*_property.py.jinja")
    }


def _templates_named_by_property_classes() -> set[str]:
    """The `template` of every property class the generator's parser defines."""
    names: set[str] = set()
    for info in pkgutil.iter_modules(generator_properties.__path__):
        module = importlib.import_module(f"{generator_properties.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            template: Any = getattr(cls, "template", None)
            if isinstance(template, str):
                names.add(template)
    return names


def test_every_stock_property_template_is_in_exactly_one_list(
    kinds: dict[str, list[str]],
) -> None:
    listed = [name for list_name in LISTS for name in kinds[list_name]]
    assert len(listed) == len(set(listed)), f"a kind is in two lists: {sorted(listed)}"
    stock = {path.name for path in STOCK_PROPERTY_TEMPLATES.glob("*_property.py.jinja")}
    assert stock, f"no property templates found in {STOCK_PROPERTY_TEMPLATES}"
    new = sorted(stock - set(listed))
    gone = sorted(set(listed) - stock)
    assert not new, (
        f"openapi-python-client renders kinds that property_kinds.jinja does not list: {new}; "
        "convert them in conversions.jinja or list them as passed_through (docs/generator.md)"
    )
    assert not gone, f"property_kinds.jinja lists kinds the generator no longer has: {gone}"


def test_every_property_class_of_the_parser_has_a_listed_template(
    kinds: dict[str, list[str]],
) -> None:
    listed = {name for list_name in LISTS for name in kinds[list_name]}
    assert _templates_named_by_property_classes() <= listed


def test_the_kinds_we_parse_are_the_kinds_the_generator_constructs(
    kinds: dict[str, list[str]], stock_macros: dict[str, set[str]]
) -> None:
    constructed = {name for name, macros in stock_macros.items() if "construct" in macros}
    assert constructed - set(kinds["containers"]) == set(kinds["parsed"])
    assert set(kinds["parsed"]) == set(kinds["converted"]) | set(kinds["checked_only"])
    # A union tries, in order, each member whose kind has a conversion: the stock rule.
    assert set(kinds["tried_in_unions"]) == constructed


def test_the_kinds_we_dump_are_the_kinds_the_generator_transforms(
    kinds: dict[str, list[str]], stock_macros: dict[str, set[str]]
) -> None:
    transformed = {name for name, macros in stock_macros.items() if "transform" in macros}
    # The stock literal-enum `transform` assigns the value unchanged: its value is a str
    # already, so there is nothing to dump.
    copied_unchanged = {"literal_enum_property.py.jinja"}
    assert transformed - set(kinds["containers"]) - copied_unchanged == set(kinds["converted"])


def test_passed_through_kinds_have_no_conversion_in_the_generator(
    kinds: dict[str, list[str]], stock_macros: dict[str, set[str]]
) -> None:
    for name in kinds["passed_through"]:
        assert not stock_macros[name] & {"construct", "transform"}, name


def _kinds_rendered(spec_path: Path, settings: dict[str, Any]) -> set[str]:
    """The property templates the generator picks for the properties of a spec."""
    config_file = ConfigFile.model_validate(settings)
    config = Config.from_sources(config_file, MetaType.NONE, spec_path, "utf-8", True, None)
    data = GeneratorData.from_dict(yaml.safe_load(spec_path.read_text("utf-8")), config=config)
    assert isinstance(data, GeneratorData), data
    found: set[str] = set()

    def walk(prop: Any) -> None:
        found.add(prop.template)
        for inner in [
            getattr(prop, "inner_property", None),
            *getattr(prop, "inner_properties", []),
        ]:
            if inner is not None:
                walk(inner)

    for model in data.models:
        for prop in model.required_properties + model.optional_properties:
            walk(prop)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for response in endpoint.responses:
                walk(response.prop)
    return found


def test_every_kind_yaml_renders_a_property_of_each_listed_kind(
    kinds: dict[str, list[str]],
) -> None:
    # test_every_kind.py renders it twice: as configured, and with `literal_enums`.
    rendered = _kinds_rendered(EVERY_KIND, {}) | _kinds_rendered(
        EVERY_KIND, {"literal_enums": True}
    )
    listed = {name for list_name in LISTS for name in kinds[list_name]}
    assert listed - rendered == set()
