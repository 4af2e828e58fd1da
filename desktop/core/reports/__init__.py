"""Reports for the People's Committee, the dashboard's figures and printable documents.

- `scope`: which level areas are grouped at, and the area filter, as SQL expressions;
- `figures`: cooperatives by area and sector for a period and a year (SQL aggregates);
- `dashboard`: what the dashboard page shows, for any filter;
- `document`: a small document model (title block, headings, paragraphs, tables) that
  `docx` writes as Word and `html` as the HTML Qt prints to PDF;
- `directive` and `coops`: the two reports, built as documents.
"""
