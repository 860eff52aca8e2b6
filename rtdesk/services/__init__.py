"""Use cases: one module per area, one transaction per call, plain dataclasses out."""
