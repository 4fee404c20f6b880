"""Vietnamese texts of scoring rules entered on a sheet: criteria named by number, options, benchmarks, N/A."""

VI_RULESTORE = {
    # --- The summary bar: the index (quy về thang điểm 100) and grade of each column ---------------------
    ("SummaryBar", "Index: self-assessment %1, appraisal %2"): "Chỉ số: tự đánh giá %1, thẩm định %2",
    ("SummaryBar", "Index %1"): "Chỉ số %1",
    ("Messages", "“%1” is the number of several criteria: give the path of the one you mean (%2)."):
        "“%1” là số thứ tự của nhiều tiêu chí: hãy ghi đường dẫn của tiêu chí cần chọn (%2).",
    ("Messages", "%1: its scoring rule has no list of options; enter its figures instead."):
        "%1: quy tắc chấm điểm của tiêu chí này không có danh sách phương án; hãy nhập số liệu thay vào đó.",
    ("Messages", "%1: its scoring rule is not measured against a benchmark, so it takes no benchmark."):
        "%1: quy tắc chấm điểm của tiêu chí này không so sánh với mức chuẩn, nên không nhập mức chuẩn.",
    ("Messages", "Marking %1 not applicable needs a reason: type why it does not apply."):
        "Đánh dấu %1 là không áp dụng cần có lý do: hãy ghi vì sao tiêu chí này không áp dụng.",
}
