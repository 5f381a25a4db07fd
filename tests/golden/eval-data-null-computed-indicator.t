# null for an indicator that computes its actual gives nothing, as null does
# for an input.  It used to be refused as a key the template does not have.
--- args
eval t3.rubric d3.json
--- file t3.rubric
rubric "计算的实际值" {
    input 实际在编人数: number
    indicator 人员控制率 weight 3 {
        actual 实际在编人数 / 20
        target <= 100%
        score deduct 0.5 per 1% above 100%
    }
}
--- file d3.json
{"实际在编人数": 18, "人员控制率": null}
--- stdout
计算的实际值

indicator   target  actual  weight  score
人员控制率  ≤100%   90%          3      3
-----------------------------------------
total                            3      3
grade                                  优
--- status
0
