"""Files shipped with Koers (translations, icons), found through importlib.resources."""
