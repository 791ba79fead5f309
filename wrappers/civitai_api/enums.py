"""The closed sets of values users pass to Civitai, as `StrEnum`s (and one `IntFlag`).

Pass these to the options classes (`Models_API_Opts(types=[ModelType.LORA])`); the plain string
values work too and are checked against the same sets. Response models keep these fields as
plain strings, so a value Civitai adds tomorrow never breaks parsing: compare a response field
with a member (`model.type_ == ModelType.LORA`, a `StrEnum` equals its string value) instead of
converting it with `ModelType(model.type_)`.

The names of the original `civitai_api` are kept as aliases: `Response_Models_Type` (= `ModelType`),
and the two `Sort` enums re-exported by `civitai_api.v1.models.models` (`ModelSort`) and
`civitai_api.v1.models.images` (`ImageSort`).
"""

from __future__ import annotations

from enum import IntFlag, StrEnum

__all__ = [
    "AllowCommercialUse",
    "ArticleSort",
    "Availability",
    "BaseModel",
    "BrowsingLevel",
    "CheckpointType",
    "CollectionSort",
    "FileFormat",
    "FileFp",
    "FileSize",
    "ImageSort",
    "MediaType",
    "ModelFileType",
    "ModelSort",
    "ModelStatus",
    "ModelType",
    "NsfwLevel",
    "Period",
    "PeriodMode",
    "Response_Models_Type",
    "VaultSort",
]


class ModelType(StrEnum):
    """Model types (`types=` on /models; `type` on a model)."""

    Checkpoint = "Checkpoint"
    TextualInversion = "TextualInversion"
    Hypernetwork = "Hypernetwork"
    AestheticGradient = "AestheticGradient"
    LORA = "LORA"
    Controlnet = "Controlnet"
    Poses = "Poses"
    LoCon = "LoCon"
    DoRA = "DoRA"
    Other = "Other"
    MotionModule = "MotionModule"
    Upscaler = "Upscaler"
    VAE = "VAE"
    Wildcards = "Wildcards"
    Workflows = "Workflows"
    # Added by Civitai after the 2.0 release of the original `civitai_api`.
    TextEncoder = "TextEncoder"
    UNet = "UNet"
    CLIPVision = "CLIPVision"
    ComfyWorkflows = "ComfyWorkflows"
    Detection = "Detection"
    VisionLanguage = "VisionLanguage"
    CLIP = "CLIP"
    LLM = "LLM"


Response_Models_Type = ModelType
"""The original `civitai_api`'s name for `ModelType`."""


class ModelSort(StrEnum):
    """Orders of /models (`sort=`)."""

    Highest_Rated = "Highest Rated"
    Most_Downloaded = "Most Downloaded"
    Most_Liked = "Most Liked"
    Most_Discussed = "Most Discussed"
    Most_Collected = "Most Collected"
    Most_Images = "Most Images"
    Newest = "Newest"
    Oldest = "Oldest"


class ImageSort(StrEnum):
    """Orders of /images (`sort=`)."""

    Most_Reactions = "Most Reactions"
    Most_Comments = "Most Comments"
    Most_Collected = "Most Collected"
    Newest = "Newest"
    Oldest = "Oldest"
    Random = "Random"


class ArticleSort(StrEnum):
    """Orders of /articles (`sort=`)."""

    Most_Bookmarks = "Most Bookmarks"
    Most_Reactions = "Most Reactions"
    Most_Comments = "Most Comments"
    Most_Collected = "Most Collected"
    Newest = "Newest"
    Recently_Updated = "Recently Updated"


class CollectionSort(StrEnum):
    """Orders of /collections (`sort=`)."""

    Most_Followers = "Most Followers"
    Newest = "Newest"


class VaultSort(StrEnum):
    """Orders of /vault/all (`sort=`)."""

    Recently_Added = "Recently Added"
    Recently_Created = "Recently Created"
    Model_Name = "Model Name"
    Model_Size = "Model Size"


class Period(StrEnum):
    """Time windows (`period=`)."""

    AllTime = "AllTime"
    Day = "Day"
    Week = "Week"
    Month = "Month"
    Year = "Year"


class PeriodMode(StrEnum):
    """How /models applies `period`: filter by publication date, or rank by its stats."""

    Published = "published"
    Stats = "stats"


class AllowCommercialUse(StrEnum):
    """Commercial-use permissions of a model (`allowCommercialUse=`)."""

    None_ = "None"
    Image = "Image"
    RentCivit = "RentCivit"
    Rent = "Rent"
    Sell = "Sell"


class NsfwLevel(StrEnum):
    """The named NSFW levels of /images (`nsfw=`, and the `nsfwLevel` string of an image).

    Each means "up to": `Mature` returns None, Soft and Mature images.
    """

    None_ = "None"
    Soft = "Soft"
    Mature = "Mature"
    X = "X"


class BrowsingLevel(IntFlag):
    """The numeric NSFW bit flags (`browsingLevel=` on /images, `nsfwLevel` ints).

    Combine them with `|`: `BrowsingLevel.PG | BrowsingLevel.PG13` is 3.
    """

    PG = 1
    PG13 = 2
    R = 4
    X = 8
    XXX = 16
    Blocked = 32


class ModelStatus(StrEnum):
    """Publication states (`status=` on /models; only moderators see others)."""

    Draft = "Draft"
    Training = "Training"
    Published = "Published"
    Scheduled = "Scheduled"
    Unpublished = "Unpublished"
    UnpublishedViolation = "UnpublishedViolation"
    GatherInterest = "GatherInterest"
    Deleted = "Deleted"


class CheckpointType(StrEnum):
    """Kinds of checkpoint (`checkpointType=` on /models)."""

    Trained = "Trained"
    Merge = "Merge"


class MediaType(StrEnum):
    """Media kinds of /images (`type=`, and an image's `type`)."""

    Image = "image"
    Video = "video"
    Audio = "audio"


class Availability(StrEnum):
    """Availability of models, versions and images."""

    Public = "Public"
    Unsearchable = "Unsearchable"
    Private = "Private"
    EarlyAccess = "EarlyAccess"


class ModelFileType(StrEnum):
    """File types inside a model version (`files[].type`, download `type=`)."""

    Model = "Model"
    Text_Encoder = "Text Encoder"
    Vision_Encoder = "Vision Encoder"
    Pruned_Model = "Pruned Model"
    Negative = "Negative"
    Training_Data = "Training Data"
    VAE = "VAE"
    Config = "Config"
    Archive = "Archive"
    UNet = "UNet"
    Diffusion_Model = "Diffusion Model"
    CLIPVision = "CLIPVision"
    ControlNet = "ControlNet"
    Workflow = "Workflow"
    Upscaler = "Upscaler"
    Enhancement_LoRA = "Enhancement LoRA"
    Other = "Other"


class FileFormat(StrEnum):
    """File formats (`files[].metadata.format`, download `format=`)."""

    SafeTensor = "SafeTensor"
    PickleTensor = "PickleTensor"
    GGUF = "GGUF"
    Diffusers = "Diffusers"
    Core_ML = "Core ML"
    ONNX = "ONNX"
    Other = "Other"


class FileSize(StrEnum):
    """File sizes (`files[].metadata.size`, download `size=`)."""

    Full = "full"
    Pruned = "pruned"


class FileFp(StrEnum):
    """Floating-point precisions (`files[].metadata.fp`, download `fp=`)."""

    fp32 = "fp32"
    fp16 = "fp16"
    bf16 = "bf16"
    mxfp8 = "mxfp8"
    fp8_mixed = "fp8_mixed"
    fp8_scaled = "fp8_scaled"
    fp8 = "fp8"
    int8 = "int8"
    nf4 = "nf4"
    nvfp4 = "nvfp4"
    int4 = "int4"


class BaseModel(StrEnum):
    """Base models as Civitai lists them on 2026-08-08.

    This set changes almost weekly and names get renamed, so the package never rejects a base
    model missing here: `baseModels=["Some New Model"]` is sent as given. `get_enums()` returns
    the live list.
    """

    Anima = "Anima"
    AuraFlow = "AuraFlow"
    Chroma = "Chroma"
    CogVideoX = "CogVideoX"
    Ernie = "Ernie"
    Flux_1_S = "Flux.1 S"
    Flux_1_D = "Flux.1 D"
    Flux_1_Krea = "Flux.1 Krea"
    Flux_1_Kontext = "Flux.1 Kontext"
    Flux_2_D = "Flux.2 D"
    Flux_2_Klein_9B = "Flux.2 Klein 9B"
    Flux_2_Klein_9B_base = "Flux.2 Klein 9B-base"
    Flux_2_Klein_4B = "Flux.2 Klein 4B"
    Flux_2_Klein_4B_base = "Flux.2 Klein 4B-base"
    Flux_3_Video = "Flux 3 Video"
    Grok = "Grok"
    HappyHorse = "HappyHorse"
    HiDream = "HiDream"
    HiDream_O1 = "HiDream-O1"
    Hunyuan_1 = "Hunyuan 1"
    Hunyuan_Video = "Hunyuan Video"
    Ideogram_4_0 = "Ideogram 4.0"
    Boogu = "Boogu"
    Illustrious = "Illustrious"
    Imagen4 = "Imagen4"
    Kolors = "Kolors"
    Krea_2 = "Krea 2"
    LTXV = "LTXV"
    LTXV2 = "LTXV2"
    LTXV_2_3 = "LTXV 2.3"
    Lens = "Lens"
    Lumina = "Lumina"
    MageFlow = "MageFlow"
    MAI = "MAI"
    Mochi = "Mochi"
    Nano_Banana = "Nano Banana"
    NoobAI = "NoobAI"
    ODOR = "ODOR"
    OpenAI = "OpenAI"
    Upscaler = "Upscaler"
    Other = "Other"
    PixArt_a = "PixArt a"
    PixArt_E = "PixArt E"
    Playground_v2 = "Playground v2"
    Pony = "Pony"
    Pony_V7 = "Pony V7"
    Qwen = "Qwen"
    Qwen_2 = "Qwen 2"
    Qwen_3 = "Qwen 3"
    Stable_Cascade = "Stable Cascade"
    SD_1_4 = "SD 1.4"
    SD_1_5 = "SD 1.5"
    SD_1_5_LCM = "SD 1.5 LCM"
    SD_1_5_Hyper = "SD 1.5 Hyper"
    SD_2_0 = "SD 2.0"
    SD_2_0_768 = "SD 2.0 768"
    SD_2_1 = "SD 2.1"
    SD_2_1_768 = "SD 2.1 768"
    SD_2_1_Unclip = "SD 2.1 Unclip"
    SD_3 = "SD 3"
    SD_3_5 = "SD 3.5"
    SD_3_5_Large = "SD 3.5 Large"
    SD_3_5_Large_Turbo = "SD 3.5 Large Turbo"
    SD_3_5_Medium = "SD 3.5 Medium"
    SDXL_0_9 = "SDXL 0.9"
    SDXL_1_0 = "SDXL 1.0"
    SDXL_1_0_LCM = "SDXL 1.0 LCM"
    SDXL_Lightning = "SDXL Lightning"
    SDXL_Hyper = "SDXL Hyper"
    SDXL_Turbo = "SDXL Turbo"
    SDXL_Distilled = "SDXL Distilled"
    Reve = "Reve"
    Seedream = "Seedream"
    SVD = "SVD"
    SVD_XT = "SVD XT"
    Sora_2 = "Sora 2"
    Veo_3 = "Veo 3"
    Wan_Video = "Wan Video"
    Wan_Video_1_3B_t2v = "Wan Video 1.3B t2v"
    Wan_Video_14B_t2v = "Wan Video 14B t2v"
    Wan_Video_14B_i2v_480p = "Wan Video 14B i2v 480p"
    Wan_Video_14B_i2v_720p = "Wan Video 14B i2v 720p"
    Wan_Video_2_2_TI2V_5B = "Wan Video 2.2 TI2V-5B"
    Wan_Video_2_2_I2V_A14B = "Wan Video 2.2 I2V-A14B"
    Wan_Video_2_2_T2V_A14B = "Wan Video 2.2 T2V-A14B"
    Wan_Video_2_5_T2V = "Wan Video 2.5 T2V"
    Wan_Video_2_5_I2V = "Wan Video 2.5 I2V"
    Wan_Image_2_7 = "Wan Image 2.7"
    Wan_Video_2_7 = "Wan Video 2.7"
    ZImageTurbo = "ZImageTurbo"
    ZImageBase = "ZImageBase"
    Vidu_Q1 = "Vidu Q1"
    MiniMax_H3 = "MiniMax H3"
    Kling = "Kling"
    Seedance = "Seedance"
    ACE_Audio = "ACE Audio"
    PolyGen = "PolyGen"
    Tripo = "Tripo"
    Hunyuan3D = "Hunyuan3D"
