"""Documents in and out: score-sheet PDFs and spreadsheet import/export."""
