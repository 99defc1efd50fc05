"""Errors a reader can act on.

Every message is written for the person using the dashboard or the command
line: pages show ``str(err)`` as is, and the CLI prints it on one line.
"""


class NewsprismError(Exception):
    """Base class; the message is shown to the reader as is."""


class UnsupportedFormat(NewsprismError):
    """The file is not one of the formats Newsprism reads, or is not what its name says."""


class UnreadableDocument(NewsprismError):
    """The file has the right kind but cannot be read (corrupt, encrypted, binary)."""


class EmptyDocument(NewsprismError):
    """The file was read but holds no text to analyse."""


class DocumentTooLarge(NewsprismError):
    """The file or its text is over a documented limit."""


class SharedLinkNotFound(NewsprismError):
    """A share link names no saved analysis."""
