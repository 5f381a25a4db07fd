/* version.h - the version of rubric, shown by --version and in SARIF logs:
 * rubric.h's RUBRIC_VERSION, the one place it is written. */
#ifndef RUBRIC_VERSION_H
#define RUBRIC_VERSION_H

#include "rubric.h"

#endif
