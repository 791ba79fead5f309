"""Contains all the data models used in inputs/outputs"""

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

__all__ = (
    "Article",
    "ArticleAuthor",
    "ArticleCoverImage",
    "ArticleSort",
    "ArticlesResponse",
    "ArticleStats",
    "ArticleTag",
    "BuzzLimit",
    "CheckpointType",
    "Collection",
    "CollectionDetail",
    "CollectionOwner",
    "CollectionsMetadata",
    "CollectionSort",
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
    "ImagesResponse",
    "ImageStats",
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
    "ModelsResponse",
    "ModelStats",
    "ModelStatus",
    "ModelSummary",
    "ModelType",
    "ModelVersion",
    "ModelVersionDetail",
    "ModelVersionFee",
    "ModelVersionMini",
    "ModelVersionStats",
    "NsfwLevelName",
    "PageMetadata",
    "PaidAccess",
    "PeriodMode",
    "PermissionEntityType",
    "PermissionsCheck",
    "PermissionType",
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
