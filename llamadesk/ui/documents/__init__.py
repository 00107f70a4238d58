"""Document collections in the window: the dialog, its controller and the indexing thread."""
