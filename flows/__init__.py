"""who-said-what: news articles in, an open dataset of attributed statements out."""

__version__ = "0.1.0"
