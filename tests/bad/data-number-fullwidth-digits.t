# full-width digits, "１９６２", as a Chinese input method types them: the same
# number in NFKC, read as 1962
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": "１９６２"}
--- stdout
监督抽查

indicator  target  actual  weight  score
抽查批次   ≥2000   1962        10   9.81
----------------------------------------
total                          10   9.81
grade                                 优
