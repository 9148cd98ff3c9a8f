"""READ stage: the workbook contract, loading, reading cells, value parsing, blank template."""
