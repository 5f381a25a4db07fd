# Text is compared in NFC: a target typed with a combining accent (e +
# U+0301) and data typed with the composed letter (U+00E9) are the same
# text, and the other way round.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "nfc" {
    indicator 状态 weight 10 { target "café"; score met }
    indicator 口味 weight 10 { target "café"; score met }
}
--- file d.json
{"状态": "café", "口味": "café"}
--- stdout
nfc

indicator  target  actual  weight  score
状态       café    café        10     10
口味       café    café        10     10
----------------------------------------
total                          20     20
grade                                 优
--- status
0
