"""Vietnamese texts of the criteria-set editor's rules, kinds and grades (branch rulesets), keyed like VI."""

VI_RULESETS = {
    ("Messages", "“%1” is not a grade: write it as FROM=NAME, e.g. 90=Tốt."):
        "“%1” không phải là một mức xếp loại: hãy viết theo dạng TỪ=TÊN, ví dụ 90=Tốt.",
    ("Messages", "The grade “%1” starts at %2, above 100: the index is at most 100."):
        "Mức xếp loại “%1” bắt đầu từ %2, lớn hơn 100: chỉ số cao nhất là 100.",
}
