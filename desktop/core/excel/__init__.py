"""Excel: reading the lists offices keep (legacy fonts included) and writing formatted workbooks.

- `legacy`: TCVN3 / VNI text to Unicode, chosen by the cell's font name.
- `reader`: a sheet's values (python-calamine for .xlsx, xlrd for .xls) with legacy text
  converted, reading font information only when the workbook uses a legacy font.
- `values`: Vietnamese numbers, units and dates as they appear in cells.
- `mapping`: finding the header row and proposing which column holds which field.
- `importer`: the import plan (preview) and applying it in one transaction.
- `writer`, `export`, `summary`, `task_progress`: formatted workbooks.
"""
