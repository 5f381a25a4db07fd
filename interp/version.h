/* version.h - the version of rubric, shown by --version and in SARIF logs. */
#ifndef RUBRIC_VERSION_H
#define RUBRIC_VERSION_H

#define RUBRIC_VERSION "0.2.0"

#endif
