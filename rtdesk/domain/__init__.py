"""Pure rules of the Round Table: enums, transitions, validation, user-readable errors."""
