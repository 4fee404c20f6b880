"""Vietnamese texts of the yearly cycle's stages and refusals, keyed by (context, English source) like VI."""

VI_STAGES = {
    ("Messages", "“%1” is not a stage: use submitted, appraised, explained, final or locked."):
        "“%1” không phải là một bước: hãy dùng submitted (đã nộp), appraised (đã thẩm định vòng 1), explained "
        "(đã giải trình), final (đã thẩm định cuối) hoặc locked (đã chốt).",
    ("Messages", "This sheet has not entered the appraisal cycle: round 1 and the explanations open once it is "
                 "submitted."):
        "Bảng điểm này chưa vào quy trình thẩm định: điểm thẩm định vòng 1 và phần giải trình chỉ mở sau khi "
        "bảng điểm được nộp.",
    ("Messages", "This sheet is at the drafting stage: only the self-assessment and the notes can be changed now."):
        "Bảng điểm đang ở bước tự đánh giá: lúc này chỉ sửa được điểm tự đánh giá và ghi chú.",
    ("Messages", "This sheet has been submitted: only the round 1 appraisal can be changed now."):
        "Bảng điểm đã được nộp: lúc này chỉ sửa được điểm thẩm định vòng 1.",
    ("Messages", "This sheet has been appraised (round 1): only the unit's explanations can be changed now."):
        "Bảng điểm đã được thẩm định vòng 1: lúc này chỉ sửa được phần giải trình của đơn vị.",
    ("Messages", "The unit has sent its explanations: only the final appraisal can be changed now."):
        "Đơn vị đã gửi giải trình: lúc này chỉ sửa được điểm thẩm định cuối cùng.",
    ("Messages", "The final appraisal is done: nothing can be changed now. Lock the sheet, or go back a stage with "
                 "a reason."):
        "Đã thẩm định xong: lúc này không sửa được gì nữa. Hãy chốt bảng điểm, hoặc quay lại bước trước và ghi "
        "rõ lý do.",
    ("Messages", "Stages go one step at a time: drafting, submitted, appraised, explained, final, locked. This sheet "
                 "is at “%1”."):
        "Các bước đi lần lượt từng bước: tự đánh giá, đã nộp, đã thẩm định vòng 1, đã giải trình, đã thẩm định "
        "cuối, đã chốt. Bảng điểm này đang ở bước “%1”.",
    ("Messages", "This sheet is at its first stage: there is no stage before it to go back to."):
        "Bảng điểm đang ở bước đầu tiên: không còn bước nào trước đó để quay lại.",
    ("Messages", "Going back a stage needs a reason: type why it must change."):
        "Quay lại bước trước cần có lý do: hãy ghi rõ vì sao phải sửa.",
    ("Messages", "This sheet is in the appraisal cycle at “%1”: it can be locked (chốt) only after the final "
                 "appraisal."):
        "Bảng điểm đang trong quy trình thẩm định, ở bước “%1”: chỉ chốt được sau khi đã thẩm định cuối cùng.",
    # --- the tree's columns of the yearly cycle -----------------------------------------------
    ("SheetTreeModel", "Round 1"): "Thẩm định vòng 1",
    ("SheetTreeModel", "Explanation"): "Giải trình",
    ("SheetTreeModel", "The appraisal's first round"): "Điểm thẩm định vòng 1",
    ("SheetTreeModel", "The unit's explanation of its score"): "Giải trình của đơn vị về điểm tự đánh giá",
    # --- the summary bar's stage and the File menu's step -----------------------------------
    ("SummaryBar", "Stage: self-assessment"): "Bước: tự đánh giá",
    ("SummaryBar", "Stage: submitted, round 1 open"): "Bước: đã nộp, đang thẩm định vòng 1",
    ("SummaryBar", "Stage: appraised, explanations open"): "Bước: đã thẩm định vòng 1, đang giải trình",
    ("SummaryBar", "Stage: explained, final appraisal open"): "Bước: đã giải trình, đang thẩm định cuối cùng",
    ("SummaryBar", "Stage: final, ready to lock"): "Bước: đã thẩm định xong, sẵn sàng chốt",
    ("SummaryBar", "Stage: locked"): "Bước: đã chốt",
    ("MainWindow", "Move to the ne&xt stage"): "&Chuyển sang bước tiếp theo",
    ("MainWindow", "Submit, appraise, explain, finalize the appraisal or lock: one step of the yearly cycle"):
        "Nộp, thẩm định, giải trình, thẩm định cuối cùng hoặc chốt: từng bước của quy trình hằng năm",
    ("MainWindow", "Copy round &1 to the final appraisal"): "Chép điểm vòng &1 sang điểm thẩm định cuối cùng",
    ("MainWindow", "For every criterion the unit did not explain, the final appraisal takes the round 1 score"):
        "Với mọi tiêu chí đơn vị không giải trình, điểm thẩm định cuối cùng lấy theo điểm vòng 1",
    ("Commands", "round 1"): "điểm thẩm định vòng 1",
    ("Commands", "Copy round 1 to the final appraisal (%1 criteria)"):
        "Chép điểm vòng 1 sang điểm thẩm định cuối cùng (%1 tiêu chí)",
    ("Commands", "Edit the explanation of %1"): "Sửa giải trình của %1",
    ("SheetTreeModel", "Final appraisal"): "Thẩm định cuối cùng",
}
