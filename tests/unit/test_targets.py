"""Reading pasted targets: ids, AIRs, site URLs, download links; and UI folder layouts."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest
from civitai_api import DownloadTarget, QueryParamsError, layout_folder, parse_target, safety_note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("128713", {"version_id": 128713}),
        (" 128713\n", {"version_id": 128713}),
        ("urn:air:sdxl:lora:civitai:4201@130072", {"model_id": 4201, "version_id": 130072}),
        ("air:sdxl:lora:civitai:4201@130072", {"model_id": 4201, "version_id": 130072}),
        ("sdxl:lora:civitai:4201@130072", {"model_id": 4201, "version_id": 130072}),
        ("civitai:4201@130072", {"model_id": 4201, "version_id": 130072}),
        ("urn:air:sdxl:lora:civitai:4201", {"model_id": 4201}),
        (
            "urn:air:sd1:checkpoint:civitai:4201@130072+99",
            {"model_id": 4201, "version_id": 130072, "file_id": 99},
        ),
        (
            "urn:air:flux1:checkpoint:civitai:4201@130072.gguf",
            {"model_id": 4201, "version_id": 130072, "file_format": "GGUF"},
        ),
        (
            "https://civitai.com/models/4201/realistic-vision?modelVersionId=130072",
            {"model_id": 4201, "version_id": 130072},
        ),
        ("https://civitai.com/models/4201/realistic-vision", {"model_id": 4201}),
        ("https://www.civitai.com/models/4201", {"model_id": 4201}),
        ("civitai.com/models/4201?modelVersionId=7", {"model_id": 4201, "version_id": 7}),
        ("https://civitai.red/models/4201?modelVersionId=7", {"model_id": 4201, "version_id": 7}),
        ("https://civitai.com/model-versions/130072", {"version_id": 130072}),
        ("https://civitai.com/api/download/models/130072", {"version_id": 130072}),
        (
            "https://civitai.com/api/download/models/130072?type=Pruned%20Model&format=SafeTensor",
            {"version_id": 130072, "file_type": "Pruned Model", "file_format": "SafeTensor"},
        ),
        (
            "https://civitai.com/api/download/models/130072?fileId=55&fp=fp16&size=pruned",
            {"version_id": 130072, "file_id": 55, "fp": "fp16", "size": "pruned"},
        ),
        (
            "http://127.0.0.1:8000/api/download/models/5?quantType=Q4_K_M",
            {"version_id": 5, "quant_type": "Q4_K_M"},
        ),
        ("https://civitai.com/api/v1/models/4201", {"model_id": 4201}),
        ("https://civitai.com/api/v1/model-versions/9", {"version_id": 9}),
    ],
)
def test_parse_target(text: str, expected: dict[str, object]) -> None:
    target = parse_target(text)
    assert target == DownloadTarget(text.strip(), **expected)  # type: ignore[arg-type]
    assert target.names_model_only == ("version_id" not in expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "lora",
        "0",
        "99999999999",
        "urn:air:sdxl:lora:huggingface:4201@1",
        "https://example.com/models/4201",
        "https://civitai.com/images/4201",
        "urn:air:sdxl:lora:civitai:abc",
    ],
)
def test_unreadable_targets_are_refused_before_any_request(text: str) -> None:
    with pytest.raises(QueryParamsError) as caught:
        parse_target(text)
    assert caught.value.param == "target"


@pytest.mark.parametrize(
    ("layout", "model_type", "file_type", "folder"),
    [
        ("a1111", "Checkpoint", "Model", "models/Stable-diffusion"),
        ("a1111", "LORA", None, "models/Lora"),
        ("a1111", "LoCon", None, "models/Lora"),
        ("a1111", "TextualInversion", None, "embeddings"),
        ("a1111", "VAE", None, "models/VAE"),
        ("a1111", "Controlnet", None, "models/ControlNet"),
        ("a1111", "Upscaler", None, "models/ESRGAN"),
        ("a1111", "Hypernetwork", None, "models/hypernetworks"),
        ("a1111", "Checkpoint", "VAE", "models/VAE"),
        ("a1111", "Wildcards", None, "models/Other"),
        ("comfyui", "Checkpoint", "Model", "models/checkpoints"),
        ("comfyui", "DoRA", None, "models/loras"),
        ("comfyui", "TextualInversion", None, "models/embeddings"),
        ("comfyui", "VAE", None, "models/vae"),
        ("comfyui", "Controlnet", None, "models/controlnet"),
        ("comfyui", "Upscaler", None, "models/upscale_models"),
        ("comfyui", "TextEncoder", None, "models/text_encoders"),
        ("comfyui", "UNet", None, "models/diffusion_models"),
        ("comfyui", "CLIPVision", None, "models/clip_vision"),
        ("comfyui", "Checkpoint", "Text Encoder", "models/text_encoders"),
        ("ComfyUI", "Workflows", None, "user/default/workflows"),
        ("comfyui", None, None, "models/other"),
    ],
)
def test_layout_folder(
    layout: str, model_type: str | None, file_type: str | None, folder: str
) -> None:
    assert layout_folder(layout, model_type, file_type) == PurePosixPath(folder)


def test_an_unknown_layout_is_refused() -> None:
    with pytest.raises(QueryParamsError) as caught:
        layout_folder("invokeai", "LORA")
    assert caught.value.param == "layout"


@pytest.mark.parametrize(
    ("name", "warns"),
    [
        ("model.safetensors", None),
        ("model.gguf", None),
        ("model.ckpt", "pickle"),
        ("model.PT", "pickle"),
        ("embedding.bin", "pickle"),
        ("dataset.zip", "archive"),
        ("bundle.7z", "archive"),
    ],
)
def test_safety_note(name: str, warns: str | None) -> None:
    note = safety_note(name)
    assert (note is None) == (warns is None)
    if warns is not None:
        assert note is not None
        assert warns in note
        assert name in note
