"""Where each kind of model goes in the folders of Stable Diffusion web UIs.

`layout_folder("comfyui", "LORA")` is `models/loras`: the folder, relative to the UI's root,
that the UI reads models of that type from. A file's own type wins over its model's type for
the parts a version may bundle (a checkpoint's `VAE` or `Text Encoder` file goes where the
UI looks for those). Types a UI has no folder for go to `models/Other` (A1111) or
`models/other` (ComfyUI), so nothing is lost and the user can move them.

The folder names are the ones each UI creates:

- `a1111` (AUTOMATIC1111's web UI, Forge, reForge, SD.Next): `models/Stable-diffusion`,
  `models/Lora`, `embeddings`, `models/VAE`, `models/ControlNet`, `models/ESRGAN`,
  `models/hypernetworks`, `models/text_encoder`;
- `comfyui`: `models/checkpoints`, `models/loras`, `models/embeddings`, `models/vae`,
  `models/controlnet`, `models/upscale_models`, `models/hypernetworks`,
  `models/text_encoders`, `models/diffusion_models`, `models/clip_vision`, and
  `user/default/workflows` for workflows.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Final, Literal

from ._exceptions import QueryParamsError

__all__ = ["LAYOUTS", "Layout", "layout_folder"]

Layout = Literal["a1111", "comfyui"]
LAYOUTS: Final[tuple[Layout, ...]] = ("a1111", "comfyui")

# Civitai model type (`LORA`, `Checkpoint`, `TextualInversion`, ...) → folder, per layout.
_BY_MODEL_TYPE: Final[dict[Layout, dict[str, str]]] = {
    "a1111": {
        "checkpoint": "models/Stable-diffusion",
        "lora": "models/Lora",
        "locon": "models/Lora",
        "dora": "models/Lora",
        "textualinversion": "embeddings",
        "vae": "models/VAE",
        "controlnet": "models/ControlNet",
        "upscaler": "models/ESRGAN",
        "hypernetwork": "models/hypernetworks",
        "textencoder": "models/text_encoder",
        "clip": "models/text_encoder",
    },
    "comfyui": {
        "checkpoint": "models/checkpoints",
        "lora": "models/loras",
        "locon": "models/loras",
        "dora": "models/loras",
        "textualinversion": "models/embeddings",
        "vae": "models/vae",
        "controlnet": "models/controlnet",
        "upscaler": "models/upscale_models",
        "hypernetwork": "models/hypernetworks",
        "textencoder": "models/text_encoders",
        "clip": "models/text_encoders",
        "unet": "models/diffusion_models",
        "clipvision": "models/clip_vision",
        "workflows": "user/default/workflows",
        "comfyworkflows": "user/default/workflows",
    },
}
# File type (`VAE`, `Text Encoder`, `UNet`, ...) → the model type whose folder it belongs
# in, for the parts a version may ship next to its main file.
_FILE_TYPE_AS_MODEL_TYPE: Final = {
    "vae": "vae",
    "text encoder": "textencoder",
    "unet": "unet",
    "diffusion model": "unet",
    "clipvision": "clipvision",
    "vision encoder": "clipvision",
    "controlnet": "controlnet",
    "upscaler": "upscaler",
}
_OTHER: Final[dict[Layout, str]] = {"a1111": "models/Other", "comfyui": "models/other"}


def layout_folder(
    layout: str, model_type: str | None, file_type: str | None = None
) -> PurePosixPath:
    """The folder, relative to a UI's root, where a model file belongs.

    Args:
        layout: `a1111` or `comfyui`.
        model_type: The model's type as Civitai names it (`Checkpoint`, `LORA`, ...).
        file_type: The file's type (`Model`, `VAE`, `Text Encoder`, ...), if known.

    Returns:
        A relative path such as `models/loras`.

    Raises:
        QueryParamsError: Unknown layout (`param` is `layout`).

    Example:
        >>> layout_folder("a1111", "TextualInversion")
        PurePosixPath('embeddings')
    """
    chosen = next((known for known in LAYOUTS if known == layout.strip().lower()), None)
    if chosen is None:
        raise QueryParamsError(
            f"layout must be one of {', '.join(LAYOUTS)}; got {layout}", param="layout"
        )
    folders = _BY_MODEL_TYPE[chosen]
    by_file = _FILE_TYPE_AS_MODEL_TYPE.get((file_type or "").strip().lower())
    if by_file is not None and by_file in folders:
        return PurePosixPath(folders[by_file])
    folder = folders.get((model_type or "").strip().lower())
    return PurePosixPath(folder if folder is not None else _OTHER[chosen])
