"""Qt widgets: they show the document and change it only by pushing commands."""
