"""What `civitai COMMAND --help` says about the commands that are single functions.

Kept here, apart from the command modules, so that `civitai --help` can list every command
(it shows the first paragraph) without importing any command module. Command groups (`models`,
`vault`, ...) carry their help in their own `App`, as their modules are small to import.
"""

from __future__ import annotations

from typing import Final

__all__ = ["GROUP_HELP", "HELP"]

HELP: Final = {
    "download": """Download model files, verified and resumable, several at once.

A target is a version id (`128713`), an AIR (`urn:air:sdxl:lora:civitai:4201@130072`,
`+FILEID` for one file), a model page URL
(`https://civitai.com/models/4201?modelVersionId=130072`; without `modelVersionId`: the latest
version; civitai.red too) or a download link
(`https://civitai.com/api/download/models/130072?type=VAE`). A bare number is always a version
id: use `--model` for model ids.

Each file is checked against the size and SHA256 Civitai lists. An interrupted download
(Ctrl-C, a dropped connection) keeps its `.part` file: run the same command again to finish
it. The saved paths are the last lines of stdout; progress, warnings and a summary of every
target go to stderr.""",
    "hash": """Hash local files (every Civitai hash type, one read per file).

Folders are searched recursively for model files (.safetensors, .ckpt, .pt, .pth, .bin, .gguf,
.sft, .onnx), as `identify` does; a file named is hashed whatever its name. Hashes are cached
by path, size and modification time, so a file is read once until it changes. AutoV1 only
exists for files of 2 MiB or more, AutoV3 only for .safetensors files.""",
    "identify": """Identify local model files on Civitai by their SHA256, in bulk.

Folders are searched recursively for model files (.safetensors, .ckpt, .pt, .pth, .bin, .gguf,
.sft, .onnx). Files are hashed once (cached), then looked up 100 at a time; `--updates` also
says whether each model has a newer version.""",
    "me": "Show the account the API key belongs to (needs a key).",
    "permissions": "Check what the key's user (or another user) may do with model versions.",
    "enums": "List Civitai's enum values: model types, sorts, base models, file formats, ...",
    "env": "Print versions, host, key source and paths, for bug reports.",
}

# Command groups whose help is more than a line: their App sets the (markdown) format.
GROUP_HELP: Final = {
    "library": """Scan, list, update and verify your model folders.

`scan` finds the model files under the folders given, hashes each once, identifies them on
Civitai 100 a request, writes the sidecar files UIs read (`.civitai.info`, previews, ...) and
records everything in a catalog (one SQLite file; `civitai env` shows where). `ls`, `show`,
`updates`, `verify`, `pin`, `forget` and `prune` work from that catalog: scan first. A second
scan reads no unchanged file and asks nothing about files checked less than `--max-age`
ago.""",
}
