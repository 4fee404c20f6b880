"""CCHC Desktop: offline scoring of the administrative-reform (CCHC) index."""

__version__ = "0.1.0"
