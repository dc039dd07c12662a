"""attributor: who stands behind each statement of a news article, and how firmly."""
__version__ = "0.1.0"
