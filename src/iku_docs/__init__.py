"""iku-docs: standardized IKU workbook in; Perkada, Perjanjian Kinerja and LKjIP out."""

__version__ = "0.1.0"
