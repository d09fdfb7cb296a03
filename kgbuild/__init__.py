"""kgbuild: news articles in, a knowledge graph of actors, events and reporters out."""

__version__ = "0.1.0"
