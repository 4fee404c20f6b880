"""Vietnamese texts of the criteria-set editor, the new-sheet set choice and unit levels (issue 11), by source."""

VI_SETEDITOR = {
    ("Messages", "%1 is a unit of another level than this criteria set. Choose a set made for its level."):
        "%1 là đơn vị thuộc cấp khác với bộ tiêu chí này. Hãy chọn bộ tiêu chí dành cho cấp của đơn vị.",
}
