from enum import StrEnum


class ModelFileType(StrEnum):
    ARCHIVE = "Archive"
    CLIPVISION = "CLIPVision"
    CONFIG = "Config"
    CONTROLNET = "ControlNet"
    DIFFUSION_MODEL = "Diffusion Model"
    ENHANCEMENT_LORA = "Enhancement LoRA"
    MODEL = "Model"
    NEGATIVE = "Negative"
    OTHER = "Other"
    PRUNED_MODEL = "Pruned Model"
    TEXT_ENCODER = "Text Encoder"
    TRAINING_DATA = "Training Data"
    UNET = "UNet"
    UPSCALER = "Upscaler"
    VAE = "VAE"
    VISION_ENCODER = "Vision Encoder"
    WORKFLOW = "Workflow"

    def __str__(self) -> str:
        return str(self.value)
