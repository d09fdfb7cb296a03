"""The graph model: fixed labels and relationship types, and assembly of one article's graph."""
