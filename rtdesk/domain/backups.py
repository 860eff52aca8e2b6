"""Facts about backups that both the services and the GUI's preferences need."""

# Start-up backups kept unless the user chooses another number in Preferences: two weeks of
# working days, and each copy of a real Round Table database is a few megabytes.
DEFAULT_KEEP = 10
