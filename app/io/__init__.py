"""Interchange formats (xlsx, MSPDI, gan, ics, csv): plain data in and out, no sessions."""
