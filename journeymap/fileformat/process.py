"""Who we are and whether another process still runs: for lock files and leftover temporary files.

Only a process on this machine can be asked about; on systems other than Linux/macOS/BSD a process is assumed
to be alive (a lock then stays until the user chooses to open the file anyway).
"""

from __future__ import annotations

import getpass
import hashlib
import os
import socket


def host_name() -> str:
    try:
        return socket.gethostname() or "localhost"
    except OSError:
        return "localhost"


def host_tag() -> str:
    """Six hex digits naming this machine in temporary file names (a host name may hold any character)."""
    return hashlib.sha1(host_name().casefold().encode("utf-8", "replace")).hexdigest()[:6]


def user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def full_name() -> str:
    """The user's full name from the system's user database, where there is one."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, OSError, AttributeError):
        return ""


def alive(pid: int) -> bool:
    """Does the process `pid` run on this machine? (Unknown counts as alive.)"""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # os.kill(pid, 0) would send CTRL_C_EVENT on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists but belongs to someone else
    return True


def started_at(pid: int) -> float | None:
    """When the process `pid` started (seconds since the epoch), where the system tells (Linux); else None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        with open("/proc/stat", "rb") as handle:
            boot = next(int(line.split()[1]) for line in handle if line.startswith(b"btime"))
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return None


def alive_since(pid: int, since: float | None) -> bool:
    """Is `pid` alive and the same process that was running at `since` (not a later one with a reused pid)?"""
    if not alive(pid):
        return False
    if since is None or pid == os.getpid():
        return True
    start = started_at(pid)
    return start is None or start <= since + 2.0  # clock ticks and rounding: a little slack
