"""Hand-written Civitai responses from which `scripts/build_cassettes.py` writes the cassettes.

Each module maps cassette names to the exchanges they hold. Bodies follow the shapes of
`docs/civitai-api-reference.md` §6 (ids are real where the reference or corpus names them).
"""
