"""SQLite persistence (SQLAlchemy 2.x Core, Alembic migrations): scores kept as integer hundredths."""
