"""The option modules of the original `civitai_api` (`civitai_api.v1.models.models`, `.images`,
`.creators`, `.tags`) and their newer siblings. Each holds its options class, enums and endpoint
functions.

Note that `civitai_api.v1.models` itself is the `models()` function; its modules are reachable
as attributes of that function too, so `import civitai_api.v1.models.models as m` works.
"""
