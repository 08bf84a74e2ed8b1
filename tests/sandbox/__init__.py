"""Spec-driven provider simulators served on loopback (see core.py)."""
