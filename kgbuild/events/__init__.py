"""Events and provenance: triggers, roles, dates, modality, attribution and citation chains."""
