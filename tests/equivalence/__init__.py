"""Equivalence suites of the two kept fast paths: each compares a hand-written OOXML shortcut with the library
path it replaced, so a change in the shortcut, or in docxtpl/python-docx/openpyxl behaviour it imitates,
fails here rather than in a user's document.

- test_docx_fast_path.py (+ docxtpl_reference.py): render/docx.py against docxtpl's own render and save.
- test_annotated_differential.py: the patched annotated copy (report/) read back by openpyxl and LibreOffice.
"""
