"""Use cases: each public function is one transaction and returns what it changed."""
