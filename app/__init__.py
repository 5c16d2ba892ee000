"""Koers: plan, lead and report an IT project in one window, one file per project."""

__version__ = "0.1.0"
