"""Undoable user edits: each QUndoCommand calls a service and announces its ChangeSet."""
