"""Entity resolution: normalize, strip Hungarian suffixes, phonetic keys, gazetteer, resolver."""
