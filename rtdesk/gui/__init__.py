"""The Qt interface of rtdesk: windows, pages, dialogs, table models and background tasks."""
