"""Training code for claimscope's shipped models (needs the ``[train]`` extra, PyTorch)."""
