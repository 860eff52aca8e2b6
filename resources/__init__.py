"""Reference data and resources shipped with rtdesk (installed as the package rtdesk_resources)."""
