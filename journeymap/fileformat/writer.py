"""Write `.journey` files: stable bytes, saved through the safe-output helper with one `.bak` of the previous version.

See `journeymap.fileformat.output` for what a save keeps (symlinks, mode, owner, group, attributes, hard links)
and what it refuses (anything but a regular file; a write-protected file without consent).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from journeymap import __version__
from journeymap.fileformat.collector import collector_off
from journeymap.fileformat.migrations import CURRENT_SCHEMA
from journeymap.fileformat.output import write_file
from journeymap.fileformat.reader import FORMAT_NAME
from journeymap.model.data import ProjectData


def dumps(data: ProjectData) -> bytes:
    """The bytes of a `.journey` file for a journey (UTF-8 JSON, indented by one space, one list element per line).

    Diff-friendly: fields in the schema's order, the keys of mappings (answers, a persona's emotions) sorted, so the
    same journey always gives the same bytes however it was edited."""
    with collector_off():  # a dict per value, none of them garbage yet (`collector`)
        return dumps_body(data.model_dump(mode="json"))


def dumps_body(body: dict[str, Any]) -> bytes:
    """`dumps` of a journey already dumped as JSON values (`ProjectData.model_dump(mode="json")`; changed in place)."""
    body["answers"] = dict(sorted(body["answers"].items()))
    for persona in body["personas"]:
        persona["emotions"] = dict(sorted(persona["emotions"].items()))
    document = {"format": FORMAT_NAME, "schema_version": CURRENT_SCHEMA, "app_version": __version__, **body}
    return (json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")


def save(data: ProjectData, path: str | os.PathLike[str], backup: bool = True, *,
         replace_unwritable: bool = False) -> Path:
    """Save to `path` (following symlinks); returns the file actually written."""
    return write_file(dumps(data), path, backup=backup, replace_unwritable=replace_unwritable)


def write_atomic(content: bytes, path: str | os.PathLike[str], backup: bool = True, *,
                 replace_unwritable: bool = False) -> Path:
    """Write `content` to `path` with `output.write_file` (the name every writer has used so far)."""
    return write_file(content, path, backup=backup, replace_unwritable=replace_unwritable)
