"""Vietnamese texts of the criteria-set editor's rules, kinds and grades (branch rulesets), keyed like VI."""

VI_RULESETS = {
    ("Messages", "“%1” is not a grade: write it as FROM=NAME, e.g. 90=Tốt."):
        "“%1” không phải là một mức xếp loại: hãy viết theo dạng TỪ=TÊN, ví dụ 90=Tốt.",
    ("Messages", "The grade “%1” starts at %2, above 100: the index is at most 100."):
        "Mức xếp loại “%1” bắt đầu từ %2, lớn hơn 100: chỉ số cao nhất là 100.",
    # --- CriteriaSetsDialog: the selected leaf's rule, its kind, and the set's grades ----------------------
    ("CriteriaSetsDialog", "Score (counts toward the 100)"): "Điểm chấm (tính vào thang 100)",
    ("CriteriaSetsDialog", "Bonus (điểm thưởng): added on top"): "Điểm thưởng: cộng thêm ngoài thang 100",
    ("CriteriaSetsDialog", "Deduction (điểm trừ): subtracted"): "Điểm trừ: trừ vào tổng điểm",
    ("CriteriaSetsDialog", "No scoring rule: the score is typed by hand."):
        "Không có quy tắc chấm điểm: điểm được nhập tay.",
    ("CriteriaSetsDialog", "Choice: pick one option."): "Lựa chọn: chọn một phương án.",
    ("CriteriaSetsDialog", "• %1: %2 points"): "• %1: %2 điểm",
    ("CriteriaSetsDialog", "Bands of a percentage:"): "Theo mức tỷ lệ phần trăm:",
    ("CriteriaSetsDialog", "Ratio: done ÷ assigned × %1 points, at most the maximum."):
        "Theo tỷ lệ: số hoàn thành ÷ số được giao × %1 điểm, không vượt quá điểm tối đa.",
    ("CriteriaSetsDialog", "the maximum"): "điểm tối đa",
    ("CriteriaSetsDialog", "Against the year's benchmark: at or above it %1 points, below it %2 points."):
        "So với mức chuẩn công bố trong năm: trên hoặc bằng mức chuẩn %1 điểm, dưới mức chuẩn %2 điểm.",
    ("CriteriaSetsDialog", "With no task this year: not scored."):
        "Không có nhiệm vụ trong năm: không đánh giá chấm điểm.",
    ("CriteriaSetsDialog", "With no task this year: %1 points."): "Không có nhiệm vụ trong năm: được tính %1 điểm.",
    ("CriteriaSetsDialog", "The rule awards up to %1, over the criterion's maximum of %2: check the decision."):
        "Quy tắc cho tới %1 điểm, vượt điểm tối đa %2 của tiêu chí: hãy kiểm tra lại quyết định.",
    ("CriteriaSetsDialog", "The rule awards at most %1 but the criterion's maximum is %2: check the decision."):
        "Quy tắc chỉ cho tối đa %1 điểm nhưng điểm tối đa của tiêu chí là %2: hãy kiểm tra lại quyết định.",
    ("CriteriaSetsDialog", "The bands %1 overlap: a figure there fits both."):
        "Các mức %1 chồng lên nhau: một số liệu trong khoảng đó thuộc cả hai mức.",
    ("CriteriaSetsDialog", "No band covers %1: a figure there gets no score."):
        "Không có mức nào cho khoảng %1: số liệu trong khoảng đó không được chấm điểm.",
    ("CriteriaSetsDialog", "change the grades"): "sửa các mức xếp loại",
    ("CriteriaSetsDialog", "Grades"): "Xếp loại",
    ("CriteriaSetsDialog", "Each grade is given from its index up to the next grade's; the lowest starts at 0."):
        "Mỗi mức xếp loại áp dụng từ chỉ số của nó đến chỉ số của mức cao hơn liền kề; mức thấp nhất bắt đầu từ 0.",
    ("CriteriaSetsDialog", "From index"): "Từ chỉ số",
    ("CriteriaSetsDialog", "Grade"): "Xếp loại",
    ("CriteriaSetsDialog", "&Add a grade"): "&Thêm mức xếp loại",
    ("CriteriaSetsDialog", "&Remove the grade"): "&Xóa mức xếp loại",
    ("CriteriaSetsDialog", "Kind of criterion:"): "Loại tiêu chí:",
    ("CriteriaSetsDialog", "&Grades…"): "&Xếp loại…",
    ("CriteriaSetsDialog", "The grade bands (xếp loại) the index is graded by"):
        "Các mức xếp loại áp dụng cho chỉ số của bộ tiêu chí",
    ("CriteriaSetsDialog", "A criterion with sub-criteria is scored by their sum."):
        "Tiêu chí có tiêu chí thành phần được chấm bằng tổng điểm của các tiêu chí thành phần.",
    ("CriteriaSetsDialog", "set the kind of %1"): "đặt loại tiêu chí %1",
    ("CriteriaSetsDialog", "Grades: %1"): "Xếp loại: %1",
}
