# the four metrology templates check without errors or warnings
--- args
check $ROOT/examples/metrology-2020-costs.rubric $ROOT/examples/metrology-2020-scan-switch.rubric $ROOT/examples/metrology-2020-equipment.rubric $ROOT/examples/metrology-2020-labour.rubric
--- status
0
