/* stats.c - the per-thread work counters (see stats.h). */
#include "stats.h"


_Thread_local struct stats stats;
