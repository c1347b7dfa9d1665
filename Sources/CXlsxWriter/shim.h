#ifndef BRIEFING_CXLSXWRITER_SHIM_H
#define BRIEFING_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
