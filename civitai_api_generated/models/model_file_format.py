from enum import StrEnum


class ModelFileFormat(StrEnum):
    CORE_ML = "Core ML"
    DIFFUSERS = "Diffusers"
    GGUF = "GGUF"
    ONNX = "ONNX"
    OTHER = "Other"
    PICKLETENSOR = "PickleTensor"
    SAFETENSOR = "SafeTensor"

    def __str__(self) -> str:
        return str(self.value)
