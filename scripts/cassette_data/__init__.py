"""Hand-written Civitai responses from which `scripts/build_cassettes.py` writes the cassettes.

Each module maps cassette names to the exchanges they hold. Bodies follow the shapes Civitai's
server sends today (see `openapi/civitai-v1.yaml` and `docs/civitai-api-behaviour.md`); ids
are those of real models, versions and users where one was known.
"""
