"""The document store: SQLAlchemy entities and the .koers project file."""
