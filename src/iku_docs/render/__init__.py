"""RENDER stage: Word (docxtpl), Excel, PDF (LibreOffice) and atomic output."""
