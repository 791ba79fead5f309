from enum import StrEnum


class ModelType(StrEnum):
    AESTHETICGRADIENT = "AestheticGradient"
    CHECKPOINT = "Checkpoint"
    CLIP = "CLIP"
    CLIPVISION = "CLIPVision"
    COMFYWORKFLOWS = "ComfyWorkflows"
    CONTROLNET = "Controlnet"
    DETECTION = "Detection"
    DORA = "DoRA"
    HYPERNETWORK = "Hypernetwork"
    LLM = "LLM"
    LOCON = "LoCon"
    LORA = "LORA"
    MOTIONMODULE = "MotionModule"
    OTHER = "Other"
    POSES = "Poses"
    TEXTENCODER = "TextEncoder"
    TEXTUALINVERSION = "TextualInversion"
    UNET = "UNet"
    UPSCALER = "Upscaler"
    VAE = "VAE"
    VISIONLANGUAGE = "VisionLanguage"
    WILDCARDS = "Wildcards"
    WORKFLOWS = "Workflows"

    def __str__(self) -> str:
        return str(self.value)
