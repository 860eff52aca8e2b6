"""Python code compiled from the Qt Designer forms in ui/ by packaging/build_forms.py."""
