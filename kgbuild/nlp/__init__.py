"""Language detection, segmentation and mention finding (spaCy stays in this package)."""
