"""Checks an installed copy can run on itself: the tiny model and --self-test."""
