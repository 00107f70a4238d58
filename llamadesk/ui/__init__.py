"""The Qt user interface. The only package that imports Qt (PDF export aside)."""
