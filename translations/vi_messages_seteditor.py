"""Vietnamese texts of the criteria-set editor, the new-sheet set choice and unit levels (issue 11), by source."""

VI_SETEDITOR = {
    ("Messages", "%1 is a unit of another level than this criteria set. Choose a set made for its level."):
        "%1 là đơn vị thuộc cấp khác với bộ tiêu chí này. Hãy chọn bộ tiêu chí dành cho cấp của đơn vị.",
}

_D = "CriteriaSetsDialog"
VI_SETEDITOR.update({
    (_D, "commune"): "xã",
    (_D, "ward"): "phường",
    (_D, "special zone"): "đặc khu",
    (_D, "department"): "sở, ban, ngành",
    (_D, "district"): "huyện",
    (_D, "province"): "tỉnh",
    (_D, "Name:"): "Tên:",
    (_D, "Year:"): "Năm:",
    (_D, "Level:"): "Cấp:",
    (_D, "Number (STT):"): "Số thứ tự (STT):",
    (_D, "Title (criterion):"): "Tên tiêu chí:",
    (_D, "Maximum score:"): "Điểm tối đa:",
    (_D, "Which column is which?"): "Cột nào chứa nội dung gì?",
    (_D, "The program did not recognise the table's header. Choose the column that holds each item; the rows "
         "above the first criterion are skipped."):
        "Chương trình không nhận ra dòng tiêu đề của bảng. Hãy chọn cột chứa từng nội dung; các dòng phía trên "
        "tiêu chí đầu tiên sẽ được bỏ qua.",
    (_D, "The rows up to this one (the title and the column names) are skipped; 0 when the first row is already "
         "a criterion"):
        "Các dòng đến dòng này (tên bảng và tên cột) được bỏ qua; chọn 0 nếu dòng đầu tiên đã là một tiêu chí",
    (_D, "Column names are in row:"): "Tên cột nằm ở dòng:",
    (_D, "Column %1"): "Cột %1",
    (_D, "Criteria sets"): "Bộ tiêu chí",
    (_D, "Name"): "Tên",
    (_D, "Year"): "Năm",
    (_D, "Level"): "Cấp",
    (_D, "Version"): "Phiên bản",
    (_D, "Sheets using it"): "Số bảng điểm sử dụng",
    (_D, "built in"): "có sẵn",
    (_D, "&Import…"): "&Nhập từ tệp…",
    (_D, "Make a criteria set of a decision's table (.docx, .xlsx, .txt) or bring in an exported set (.json)"):
        "Tạo bộ tiêu chí từ bảng phụ lục của quyết định (.docx, .xlsx, .txt) hoặc nhập bộ tiêu chí đã xuất (.json)",
    (_D, "&Export…"): "&Xuất ra tệp…",
    (_D, "Write the selected set to a .json or .xlsx file"): "Ghi bộ tiêu chí đang chọn ra tệp .json hoặc .xlsx",
    (_D, "Copy to a new &year…"): "Sao chép sang &năm mới…",
    (_D, "Make a copy of the selected set for another year, to edit"):
        "Tạo bản sao của bộ tiêu chí đang chọn cho năm khác để chỉnh sửa",
    (_D, "Number"): "STT",
    (_D, "Title"): "Tiêu chí",
    (_D, "Maximum"): "Điểm tối đa",
    (_D, "Scoring guide of the selected criterion:"): "Hướng dẫn chấm điểm của tiêu chí đang chọn:",
    (_D, "The rule lines printed under the criterion, e.g. “Đạt 100%: 2 điểm”"):
        "Các dòng quy định in dưới tiêu chí, ví dụ “Đạt 100%: 2 điểm”",
    (_D, "Add &child"): "Thêm tiêu chí &con",
    (_D, "Add &sibling"): "Thêm tiêu chí &cùng cấp",
    (_D, "Move &up"): "Chuyển &lên",
    (_D, "Move &down"): "Chuyển &xuống",
    (_D, "&Indent"): "&Lùi vào",
    (_D, "Make the row a sub-criterion of the row above it"): "Đưa dòng này thành tiêu chí con của dòng phía trên",
    (_D, "&Outdent"): "&Đưa ra",
    (_D, "Make the row a sibling of its parent"): "Đưa dòng này lên cùng cấp với tiêu chí cha",
    (_D, "De&lete"): "&Xóa",
    (_D, "Delete the row and its sub-criteria"): "Xóa dòng này cùng các tiêu chí con",
    (_D, "U&ndo"): "&Hoàn tác",
    (_D, "&Redo"): "&Làm lại",
    (_D, "&Save"): "&Lưu",
    (_D, "&Close"): "Đón&g",
    (_D, "Your changes to “%1” are not saved. Discard them?"):
        "Các thay đổi của “%1” chưa được lưu. Bỏ các thay đổi đó?",
    (_D, "It is built in"): "Đây là bộ tiêu chí có sẵn",
    (_D, "%n sheet(s) are scored against it"): "Đã có %n bảng điểm chấm theo bộ tiêu chí này",
    (_D, "%1, so it cannot change: saving your edits makes a new version of the set, and the sheets keep this "
         "one."):
        "%1 nên không thể sửa trực tiếp: khi lưu, các chỉnh sửa sẽ thành một phiên bản mới của bộ tiêu chí, "
        "các bảng điểm vẫn giữ phiên bản này.",
    (_D, "No sheet uses this set yet: saving changes it in place."):
        "Chưa có bảng điểm nào dùng bộ tiêu chí này: khi lưu, bộ tiêu chí được sửa trực tiếp.",
    (_D, "%1: the maximum is %2 but its parts add up to %3."):
        "%1: điểm tối đa là %2 nhưng tổng điểm các tiêu chí con là %3.",
    (_D, "change the maximum of %1"): "sửa điểm tối đa của %1",
    (_D, "A criterion needs a number and a title."): "Tiêu chí phải có số thứ tự và tên.",
    (_D, "edit %1"): "sửa %1",
    (_D, "edit the guide of %1"): "sửa hướng dẫn chấm điểm của %1",
    (_D, "New criterion"): "Tiêu chí mới",
    (_D, "add a sub-criterion"): "thêm tiêu chí con",
    (_D, "add a criterion"): "thêm tiêu chí",
    (_D, "move a criterion"): "chuyển vị trí tiêu chí",
    (_D, "indent a criterion"): "lùi tiêu chí vào một cấp",
    (_D, "outdent a criterion"): "đưa tiêu chí ra một cấp",
    (_D, "delete a criterion"): "xóa tiêu chí",
    (_D, "“%1” is used by sheets, so your changes were saved as a new version of it (version %2). The sheets "
         "keep the version they were scored against."):
        "“%1” đang được các bảng điểm sử dụng nên các thay đổi đã được lưu thành phiên bản mới (phiên bản %2). "
        "Các bảng điểm vẫn giữ phiên bản đã dùng để chấm.",
    (_D, "Import a criteria set"): "Nhập bộ tiêu chí",
    (_D, "Criteria tables (*.docx *.xlsx *.txt *.tsv *.json);;Word documents (*.docx);;Excel workbooks (*.xlsx);;"
         "Text tables (*.txt *.tsv);;Exported sets (*.json);;All files (*)"):
        "Bảng tiêu chí (*.docx *.xlsx *.txt *.tsv *.json);;Tài liệu Word (*.docx);;Bảng tính Excel (*.xlsx);;"
        "Bảng văn bản (*.txt *.tsv);;Bộ tiêu chí đã xuất (*.json);;Tất cả các tệp (*)",
    (_D, "This criteria set is already in the database; it is now selected."):
        "Bộ tiêu chí này đã có trong cơ sở dữ liệu; bộ tiêu chí đó đang được chọn.",
    (_D, "The set was imported. Check these rows (they are marked in the tree):"):
        "Đã nhập bộ tiêu chí. Hãy kiểm tra các dòng sau (được đánh dấu trong cây tiêu chí):",
    (_D, "Export the criteria set"): "Xuất bộ tiêu chí",
    (_D, "Exchange file (*.json);;Excel workbook (*.xlsx)"): "Tệp trao đổi (*.json);;Bảng tính Excel (*.xlsx)",
    (_D, "The set was written to %1."): "Đã ghi bộ tiêu chí ra tệp %1.",
    (_D, "Copy to a new year"): "Sao chép sang năm mới",
    (_D, "Your changes to “%1” are not saved. Close without saving?"):
        "Các thay đổi của “%1” chưa được lưu. Đóng mà không lưu?",
    ("MainWindow", "Criteria &sets…"): "&Bộ tiêu chí…",
    ("MainWindow", "Import, export, copy and edit the criteria sets (bộ tiêu chí) sheets are scored against"):
        "Nhập, xuất, sao chép và chỉnh sửa các bộ tiêu chí dùng để chấm điểm",
})

VI_SETEDITOR[("NewSheetDialog", "Level of the unit:")] = "Cấp của đơn vị:"
