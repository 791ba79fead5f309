"""Contains all the data models used in inputs/outputs

Each model's module is imported when the model is first asked for (the module `__getattr__`
below), so importing one model, or this package, does not load all the others.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article import Article
    from .article_author import ArticleAuthor
    from .article_cover_image import ArticleCoverImage
    from .article_sort import ArticleSort
    from .article_stats import ArticleStats
    from .article_tag import ArticleTag
    from .articles_response import ArticlesResponse
    from .buzz_limit import BuzzLimit
    from .checkpoint_type import CheckpointType
    from .collection import Collection
    from .collection_detail import CollectionDetail
    from .collection_owner import CollectionOwner
    from .collection_sort import CollectionSort
    from .collections_metadata import CollectionsMetadata
    from .collections_response import CollectionsResponse
    from .commercial_use import CommercialUse
    from .cosmetic import Cosmetic
    from .creator import Creator
    from .creators_response import CreatorsResponse
    from .cursor_metadata import CursorMetadata
    from .early_access_config import EarlyAccessConfig
    from .enums import Enums
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .file_hashes import FileHashes
    from .hash_match import HashMatch
    from .image import Image
    from .image_file_metadata import ImageFileMetadata
    from .image_meta import ImageMeta
    from .image_sort import ImageSort
    from .image_stats import ImageStats
    from .images_response import ImagesResponse
    from .me import Me
    from .media_type import MediaType
    from .metric_timeframe import MetricTimeframe
    from .model import Model
    from .model_creator import ModelCreator
    from .model_file import ModelFile
    from .model_file_format import ModelFileFormat
    from .model_file_metadata import ModelFileMetadata
    from .model_file_size import ModelFileSize
    from .model_file_type import ModelFileType
    from .model_image import ModelImage
    from .model_sort import ModelSort
    from .model_stats import ModelStats
    from .model_status import ModelStatus
    from .model_summary import ModelSummary
    from .model_type import ModelType
    from .model_version import ModelVersion
    from .model_version_detail import ModelVersionDetail
    from .model_version_fee import ModelVersionFee
    from .model_version_mini import ModelVersionMini
    from .model_version_stats import ModelVersionStats
    from .models_response import ModelsResponse
    from .nsfw_level_name import NsfwLevelName
    from .page_metadata import PageMetadata
    from .paid_access import PaidAccess
    from .period_mode import PeriodMode
    from .permission_entity_type import PermissionEntityType
    from .permission_type import PermissionType
    from .permissions_check import PermissionsCheck
    from .tag import Tag
    from .tag_ref import TagRef
    from .tags_response import TagsResponse
    from .token_subject import TokenSubject
    from .training_details import TrainingDetails
    from .user import User
    from .users_response import UsersResponse
    from .validation_issue import ValidationIssue
    from .vault import Vault
    from .vault_check_item import VaultCheckItem
    from .vault_item import VaultItem
    from .vault_item_file import VaultItemFile
    from .vault_items_response import VaultItemsResponse
    from .vault_meta import VaultMeta
    from .vault_response import VaultResponse
    from .vault_toggle_result import VaultToggleResult
    from .version_image import VersionImage

# Which module of this package defines each name.
_MODULES = {
    "Article": ".article",
    "ArticleAuthor": ".article_author",
    "ArticleCoverImage": ".article_cover_image",
    "ArticleSort": ".article_sort",
    "ArticleStats": ".article_stats",
    "ArticleTag": ".article_tag",
    "ArticlesResponse": ".articles_response",
    "BuzzLimit": ".buzz_limit",
    "CheckpointType": ".checkpoint_type",
    "Collection": ".collection",
    "CollectionDetail": ".collection_detail",
    "CollectionOwner": ".collection_owner",
    "CollectionSort": ".collection_sort",
    "CollectionsMetadata": ".collections_metadata",
    "CollectionsResponse": ".collections_response",
    "CommercialUse": ".commercial_use",
    "Cosmetic": ".cosmetic",
    "Creator": ".creator",
    "CreatorsResponse": ".creators_response",
    "CursorMetadata": ".cursor_metadata",
    "EarlyAccessConfig": ".early_access_config",
    "Enums": ".enums",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "FileHashes": ".file_hashes",
    "HashMatch": ".hash_match",
    "Image": ".image",
    "ImageFileMetadata": ".image_file_metadata",
    "ImageMeta": ".image_meta",
    "ImageSort": ".image_sort",
    "ImageStats": ".image_stats",
    "ImagesResponse": ".images_response",
    "Me": ".me",
    "MediaType": ".media_type",
    "MetricTimeframe": ".metric_timeframe",
    "Model": ".model",
    "ModelCreator": ".model_creator",
    "ModelFile": ".model_file",
    "ModelFileFormat": ".model_file_format",
    "ModelFileMetadata": ".model_file_metadata",
    "ModelFileSize": ".model_file_size",
    "ModelFileType": ".model_file_type",
    "ModelImage": ".model_image",
    "ModelSort": ".model_sort",
    "ModelStats": ".model_stats",
    "ModelStatus": ".model_status",
    "ModelSummary": ".model_summary",
    "ModelType": ".model_type",
    "ModelVersion": ".model_version",
    "ModelVersionDetail": ".model_version_detail",
    "ModelVersionFee": ".model_version_fee",
    "ModelVersionMini": ".model_version_mini",
    "ModelVersionStats": ".model_version_stats",
    "ModelsResponse": ".models_response",
    "NsfwLevelName": ".nsfw_level_name",
    "PageMetadata": ".page_metadata",
    "PaidAccess": ".paid_access",
    "PeriodMode": ".period_mode",
    "PermissionEntityType": ".permission_entity_type",
    "PermissionType": ".permission_type",
    "PermissionsCheck": ".permissions_check",
    "Tag": ".tag",
    "TagRef": ".tag_ref",
    "TagsResponse": ".tags_response",
    "TokenSubject": ".token_subject",
    "TrainingDetails": ".training_details",
    "User": ".user",
    "UsersResponse": ".users_response",
    "ValidationIssue": ".validation_issue",
    "Vault": ".vault",
    "VaultCheckItem": ".vault_check_item",
    "VaultItem": ".vault_item",
    "VaultItemFile": ".vault_item_file",
    "VaultItemsResponse": ".vault_items_response",
    "VaultMeta": ".vault_meta",
    "VaultResponse": ".vault_response",
    "VaultToggleResult": ".vault_toggle_result",
    "VersionImage": ".version_image",
}


if not TYPE_CHECKING:  # type checkers read the imports above, and flag a misspelt name

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


__all__ = (
    "Article",
    "ArticleAuthor",
    "ArticleCoverImage",
    "ArticleSort",
    "ArticleStats",
    "ArticleTag",
    "ArticlesResponse",
    "BuzzLimit",
    "CheckpointType",
    "Collection",
    "CollectionDetail",
    "CollectionOwner",
    "CollectionSort",
    "CollectionsMetadata",
    "CollectionsResponse",
    "CommercialUse",
    "Cosmetic",
    "Creator",
    "CreatorsResponse",
    "CursorMetadata",
    "EarlyAccessConfig",
    "Enums",
    "ErrorDetail",
    "ErrorResponse",
    "FileHashes",
    "HashMatch",
    "Image",
    "ImageFileMetadata",
    "ImageMeta",
    "ImageSort",
    "ImageStats",
    "ImagesResponse",
    "Me",
    "MediaType",
    "MetricTimeframe",
    "Model",
    "ModelCreator",
    "ModelFile",
    "ModelFileFormat",
    "ModelFileMetadata",
    "ModelFileSize",
    "ModelFileType",
    "ModelImage",
    "ModelSort",
    "ModelStats",
    "ModelStatus",
    "ModelSummary",
    "ModelType",
    "ModelVersion",
    "ModelVersionDetail",
    "ModelVersionFee",
    "ModelVersionMini",
    "ModelVersionStats",
    "ModelsResponse",
    "NsfwLevelName",
    "PageMetadata",
    "PaidAccess",
    "PeriodMode",
    "PermissionEntityType",
    "PermissionType",
    "PermissionsCheck",
    "Tag",
    "TagRef",
    "TagsResponse",
    "TokenSubject",
    "TrainingDetails",
    "User",
    "UsersResponse",
    "ValidationIssue",
    "Vault",
    "VaultCheckItem",
    "VaultItem",
    "VaultItemFile",
    "VaultItemsResponse",
    "VaultMeta",
    "VaultResponse",
    "VaultToggleResult",
    "VersionImage",
)
