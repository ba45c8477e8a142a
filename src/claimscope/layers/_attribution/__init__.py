"""Private machinery of the attributions layer: quotes, features, models, sources."""
