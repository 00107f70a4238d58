"""The history: SQLite through SQLAlchemy, with migrations, search and exports. No Qt."""
