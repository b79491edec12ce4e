"""newsfacts: turn a news article into facts a machine can use."""
__version__ = "0.1.0"
