"""Pure-Python heart of Koers: no Qt, no database, plain values in and out."""
