# full-width digits with a full-width decimal point and percent (９５．５％) are
# one error with the number in ASCII; a full-width percent after a space
# ('95 ％') gets the help to write them together
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    indicator a weight 10 { target >= 95 ％; score proportional }
    indicator b weight 10 { target >= ９５．５％; score proportional }
}
--- stderr
t.rubric:2:42: error[E001]: unexpected character '％' (U+FF05)
        indicator a weight 10 { target >= 95 ％; score proportional }
                                             ^^
help: write 95％, without the space before the percent sign
t.rubric:3:39: error[E001]: full-width digits '９５．５％'
        indicator b weight 10 { target >= ９５．５％; score proportional }
                                          ^^^^^^^^^^
help: numbers in a template are written with ASCII digits: 95.5%
2 errors
--- status
1
