"""The package version: the one source for ``puffle.__version__``, the distribution metadata (hatch reads this
file) and the User-Agent header. Bump it here when releasing (see README "Releasing")."""

__version__ = "0.1.0"
