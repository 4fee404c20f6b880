"""Vietnamese texts of refusing hostile or oversized score tables (issue 17), keyed by (context, English source)."""

VI_HOSTILE = {
    ("Messages", "Row %1 of the workbook is hidden in Excel but holds values; a hidden score would count without "
                 "anyone seeing it. Unhide the row or delete it in Excel, and import again."):
        "Dòng %1 của tệp Excel đang bị ẩn nhưng có dữ liệu; điểm ở dòng ẩn sẽ được tính mà không ai nhìn thấy. "
        "Hãy bỏ ẩn hoặc xóa dòng đó trong Excel rồi nhập lại.",
    ("Messages", "Column %4 of the workbook is hidden in Excel but holds values; row %1 is the first with a value "
                 "in it. Unhide the column or delete it in Excel, and import again."):
        "Cột %4 của tệp Excel đang bị ẩn nhưng có dữ liệu; Dòng %1 là dòng đầu tiên có dữ liệu trong cột này. "
        "Hãy bỏ ẩn hoặc xóa cột đó trong Excel rồi nhập lại.",
    ("Messages", "The workbook has no visible sheet. In Excel, unhide the sheet that holds the score table and "
                 "import again."):
        "Tệp Excel không có trang tính nào đang hiển thị. Hãy bỏ ẩn trang tính chứa bảng điểm trong Excel rồi "
        "nhập lại.",
    ("Messages", "Line %1, criterion %2: the text holds invisible direction-override characters, which make it "
                 "show in another order than it is stored. Type the text again in the file and import again."):
        "Dòng %1, tiêu chí %2: nội dung có ký tự ẩn điều khiển hướng chữ, khiến chữ hiển thị theo thứ tự khác với "
        "nội dung thực tế. Hãy gõ lại nội dung đó trong tệp rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: the title is %3 characters long; a criterion title has at most %4. "
                 "Shorten it in the file and import again."):
        "Dòng %1, tiêu chí %2: tên tiêu chí dài %3 ký tự, trong khi tên tiêu chí chỉ được dài tối đa %4 ký tự. "
        "Hãy rút gọn trong tệp rồi nhập lại.",
    ("Messages", "Line %1, criterion %2: the text is %3 characters long; a cell of a score table has at most %4. "
                 "Shorten it in the file and import again."):
        "Dòng %1, tiêu chí %2: nội dung dài %3 ký tự, trong khi mỗi ô của bảng điểm chỉ được dài tối đa %4 ký tự. "
        "Hãy rút gọn trong tệp rồi nhập lại.",
    ("Messages", "Line %1: the text is %3 characters long; a cell of a score table has at most %4. Check that you "
                 "chose the right file."):
        "Dòng %1: nội dung dài %3 ký tự, trong khi mỗi ô của bảng điểm chỉ được dài tối đa %4 ký tự. "
        "Hãy kiểm tra lại xem đã chọn đúng tệp chưa.",
    ("Messages", "Line %1: the row has more than %4 columns; a score table has only a few. Check that you chose "
                 "the right file."):
        "Dòng %1: hàng này có hơn %4 cột, trong khi bảng điểm chỉ có vài cột. Hãy kiểm tra lại xem đã chọn đúng "
        "tệp chưa.",
    ("ImportWarningsDialog", "The workbook also has hidden sheets, which were not imported: %1. The visible sheet "
                             "“%2” was imported; check that it is the right one."):
        "Tệp Excel còn có trang tính bị ẩn và không được nhập: %1. Đã nhập trang tính đang hiển thị “%2”; hãy "
        "kiểm tra đúng là trang tính cần nhập.",
}
