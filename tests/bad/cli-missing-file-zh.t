# a file that is not there, in Chinese: the C library's reason is UTF-8 too,
# not "?" in the C locale's ASCII
--- args
check 没有.rubric
--- env
LANGUAGE=zh_CN
--- stderr
rubric: cannot open 没有.rubric: 没有那个文件或目录
--- status
2
