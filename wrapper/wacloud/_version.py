"""The package version: the single source for pyproject (hatch), ``wacloud.__version__`` and the User-Agent."""

__version__ = "0.1.0"
