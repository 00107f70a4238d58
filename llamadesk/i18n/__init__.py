"""Compiled translation catalogs (.qm), made from i18n/*.ts by pyside6-lrelease at build time."""
