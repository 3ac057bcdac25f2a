"""Register use cases: what the window and the CLI do, as functions over a Session. No Qt."""
