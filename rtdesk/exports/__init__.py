"""Pure functions from plain data to files (workbooks, PDFs) and from user files back to data."""
