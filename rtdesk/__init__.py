"""rtdesk: desktop application of the Round Table secretariat of the Metropolitan City of Turin."""

__version__ = "0.1.0"
