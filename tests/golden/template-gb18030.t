# a template saved as GB18030: invalid UTF-8 named by byte, with a hint, never a crash
--- args
check t.rubric
--- file t.rubric
rubric "x" { group g { indicator a weight 1 { score ²â } } }
--- stderr
t.rubric:1:53: error[E002]: invalid UTF-8 byte 0xB2
    rubric "x" { group g { indicator a weight 1 { score ï¿½ï¿½ } } }
                                                        ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
