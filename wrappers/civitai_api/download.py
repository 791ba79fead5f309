"""Downloads of model files, and the plan behind them, for programs that choose files
themselves (the `civitai download` command is built on these).

- `download_model_version` / `async_download_model_version` fetch one file of a version,
  verified and resumable (also importable from `civitai_api`);
- `version_files(version)` lists a version's files as `FileInfo`; `select_file` picks one by
  `FileCriteria` (id, else type/format/size/fp/quantisation, else the primary file, never a
  pickle over a SafeTensor twin) and `find_file` by name or id, as the download does;
- `scan_verdict`, `scan_summary` and `check_scans` read Civitai's virus and pickle scans the
  way the download does before it requests a byte;
- `safe_filename` is the name a file gets on disk, `safety_note` the warning a pickle or an
  archive deserves.

Example:
    >>> from civitai_api import download
    >>> with civitai_api.build_client() as client:  # doctest: +SKIP
    ...     version = civitai_api.get_model_by_versionId(client, 128713)
    ...     for info in download.version_files(version):
    ...         print(info.describe(), download.scan_verdict(info))
"""

from ._download import (
    DownloadResult,
    FileSelectionError,
    ProgressCallback,
    UnsafeFileError,
    async_download_model_version,
    download_model_version,
    file_info,
    find_file,
    safety_note,
    scan_summary,
    scan_verdict,
    select_file,
    version_files,
)
from ._download.naming import safe_filename
from ._download.plan import FileCriteria, FileInfo, check_scans

__all__ = [
    "DownloadResult",
    "FileCriteria",
    "FileInfo",
    "FileSelectionError",
    "ProgressCallback",
    "UnsafeFileError",
    "async_download_model_version",
    "check_scans",
    "download_model_version",
    "file_info",
    "find_file",
    "safe_filename",
    "safety_note",
    "scan_summary",
    "scan_verdict",
    "select_file",
    "version_files",
]
