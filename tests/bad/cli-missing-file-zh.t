# a file that is not there, under LANGUAGE=zh_CN: the C library's reason,
# readable (never "?" for characters the C locale cannot show)
--- args
check 没有.rubric
--- env
LANGUAGE=zh_CN
--- stderr
rubric: cannot open 没有.rubric: No such file or directory
--- status
2
